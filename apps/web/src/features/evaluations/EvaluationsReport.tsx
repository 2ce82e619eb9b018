import { useQuery } from '@apollo/client/react';
import { Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { useUrlParams } from '../../lib/useSearchParamState';
import { DashboardCohortOptionsDocument } from '../dashboard/operations';
import { EvaluationSiteOptionsDocument } from './operations';
import { EvaluationAverages } from './EvaluationAverages';

/** The survey section of Reports: evaluation averages per cohort or per site, down to each evaluation, with a CSV. */
export function EvaluationsReport() {
  const [params, update] = useUrlParams();
  const by = params.get('by') === 'site' ? 'site' : 'cohort';
  const cohorts = useQuery(DashboardCohortOptionsDocument, { skip: by !== 'cohort' });
  const sites = useQuery(EvaluationSiteOptionsDocument, { skip: by !== 'site' });
  const source = by === 'cohort' ? cohorts : sites;
  const options =
    by === 'cohort'
      ? (cohorts.data?.cohorts.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` }))
      : (sites.data?.sites.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  const chosen = options.find((o) => o.value === params.get('of'))?.value ?? options[0]?.value ?? null;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        What ASHP surveyors ask for: how preceptors rated the students (midterm and final) and how students rated their sites. Site evaluations stay
        anonymous: their averages appear from three responses.
      </Text>
      <Group align="flex-end" gap="md">
        <SegmentedControl
          data={[{ value: 'cohort', label: 'By cohort' }, { value: 'site', label: 'By site' }]}
          value={by}
          onChange={(value) => update({ by: value === 'cohort' ? null : value, of: null })}
          aria-label="Group evaluations"
        />
        {options.length > 0 && (
          <NativeSelect label={by === 'cohort' ? 'Cohort' : 'Site'} miw={280} data={options} value={chosen ?? ''} onChange={(e) => update({ of: e.currentTarget.value })} />
        )}
      </Group>
      {source.loading && !source.data ? (
        <TableSkeleton rows={3} label={by === 'cohort' ? 'Loading cohorts' : 'Loading sites'} />
      ) : !source.data ? (
        <QueryError error={source.error} what={by === 'cohort' ? 'the cohorts' : 'the sites'} onRetry={() => source.refetch()} />
      ) : !chosen ? (
        <EmptyState title={by === 'cohort' ? 'No cohorts' : 'No sites'}>There is nothing to report on yet.</EmptyState>
      ) : (
        <EvaluationAverages key={`${by}-${chosen}`} group={by === 'cohort' ? { cohortId: chosen } : { siteId: chosen }} headingId="report-evaluations-heading" />
      )}
    </Stack>
  );
}
