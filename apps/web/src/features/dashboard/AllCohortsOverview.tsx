import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { CohortsOverviewQuery } from '../../gql/graphql';
import { CohortsOverviewDocument } from './operations';

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

type OverviewCohort = CohortsOverviewQuery['cohorts']['edges'][number]['node'];

export interface CohortCounts {
  documents: number;
  expiring: number;
  retakes: number;
}

export const countsOf = (c: OverviewCohort): CohortCounts => ({
  documents: c.dashboard.documentsAwaitingReview,
  expiring: c.dashboard.expiringItems.length,
  retakes: c.dashboard.retakeEligible.length,
});

/** The counts of every cohort added up, for the summary line. */
export function totalCounts(cohorts: readonly OverviewCohort[]): CohortCounts {
  return cohorts.map(countsOf).reduce((a, b) => ({ documents: a.documents + b.documents, expiring: a.expiring + b.expiring, retakes: a.retakes + b.retakes }), {
    documents: 0,
    expiring: 0,
    retakes: 0,
  });
}

const needsAttention = (c: CohortCounts) => c.documents + c.expiring + c.retakes;

/** "All my cohorts": one card per cohort with what needs attention, those needing most first; each opens its dashboard. */
export function AllCohortsOverview({ withinDays, onOpen }: { withinDays: number; onOpen: (cohortId: string) => void }) {
  const { data, loading, error, refetch } = useQuery(CohortsOverviewDocument, { variables: { withinDays }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <TableSkeleton rows={4} label="Loading your cohorts" />;
  if (!data) return <QueryError error={error} what="your cohorts" onRetry={() => refetch()} />;
  const cohorts = data.cohorts.edges.map((edge) => edge.node);
  const sorted = [...cohorts].sort((a, b) => needsAttention(countsOf(b)) - needsAttention(countsOf(a)) || a.code.localeCompare(b.code));
  const total = totalCounts(cohorts);
  return (
    <Stack gap="md">
      <Text size="sm" role="status">
        Across {cohorts.length} {cohorts.length === 1 ? 'cohort' : 'cohorts'}: {total.documents} {plural(total.documents, 'document')} waiting for review,{' '}
        {total.expiring} {plural(total.expiring, 'item')} expired, missing or expiring in {withinDays} days, {total.retakes}{' '}
        {plural(total.retakes, 'student')} who may retake an exam.
        {data.cohorts.totalCount > cohorts.length ? ` Showing the first ${cohorts.length} of ${data.cohorts.totalCount} cohorts; choose one above for the rest.` : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {sorted.map((cohort) => {
          const counts = countsOf(cohort);
          const headingId = `overview-${cohort.id}`;
          return (
            <Card key={cohort.id} withBorder component="section" aria-labelledby={headingId}>
              <Title order={2} size="h5" id={headingId} mb="xs">
                {cohort.code} · {cohort.name}
              </Title>
              <Stack gap={2} mb="sm">
                <Text size="sm">
                  <strong>{counts.documents}</strong> {plural(counts.documents, 'document')} waiting for review
                </Text>
                <Text size="sm">
                  <strong>{counts.expiring}</strong> {plural(counts.expiring, 'item')} expired, missing or expiring
                </Text>
                <Text size="sm">
                  <strong>{counts.retakes}</strong> may retake an exam
                </Text>
              </Stack>
              <Group>
                <Button variant="light" size="sm" mih={36} aria-label={`Open dashboard of ${cohort.code}`} onClick={() => onOpen(cohort.id)}>
                  Open dashboard
                </Button>
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
