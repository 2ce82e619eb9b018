import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/CurrentUser';
import { EmptyState } from '../../components/EmptyState';
import { PageLoader } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateRange } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { MyEvaluationTasksDocument } from './operations';
import { SlotBadge } from './SlotBadge';
import { fillPath, kindLabel, studentNameOf, type Slot } from './slots';

/** What the preceptor or student has to do: evaluations to fill, and (students) evaluations to read and acknowledge. */
export function EvaluationsPage() {
  usePageTitle('Evaluations');
  const user = useCurrentUser();
  const isStudent = user.role === 'STUDENT';
  const { data, loading, error, refetch } = useQuery(MyEvaluationTasksDocument, { fetchPolicy: 'cache-and-network' });
  const tasks = data?.myEvaluationTasks;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Evaluations"
        description={
          <Text size="sm" c="dimmed">
            {isStudent
              ? 'Evaluate your externship site, and read and acknowledge your preceptor’s evaluations of you.'
              : 'Midterm and final evaluations of the students placed with you. A midterm is due halfway through the placement, a final on its last day.'}
          </Text>
        }
      />
      {loading && !tasks ? (
        <PageLoader label="Loading evaluations" />
      ) : !tasks ? (
        <QueryError error={error} what="your evaluations" onRetry={() => refetch()} />
      ) : tasks.length === 0 ? (
        <EmptyState title="Nothing to do">
          {isStudent
            ? 'Your site evaluation opens halfway through your placement; your preceptor’s evaluations appear here when they are submitted.'
            : 'No evaluation is waiting. Midterms open when a placement starts, finals halfway through.'}
        </EmptyState>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Evaluations to do">
          {tasks.map((slot) => (
            <TaskCard key={`${slot.placementId}-${slot.kind}`} slot={slot} isStudent={isStudent} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function TaskCard({ slot, isStudent }: { slot: Slot; isStudent: boolean }) {
  const who = isStudent ? slot.placement.site.name : studentNameOf(slot);
  const toAcknowledge = slot.submitted && slot.evaluation;
  // The accessible name starts with the visible words (WCAG 2.5.3), then says which evaluation.
  const fillLabel = slot.evaluation ? 'Continue the draft' : 'Fill the evaluation';
  return (
    <Card withBorder component="li" padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h5">
            {kindLabel(slot.kind)}: {who}
          </Title>
          <SlotBadge slot={slot} />
        </Group>
        <Text size="sm" c="dimmed">
          {isStudent ? '' : `${slot.placement.site.name} · `}
          {formatDateRange(slot.placement.startDate, slot.placement.endDate)}
        </Text>
        <Group>
          {toAcknowledge ? (
            <Button component={Link} to={`/evaluations/${slot.evaluation!.id}`} size="md">
              Read and acknowledge
            </Button>
          ) : (
            <Button component={Link} to={fillPath(slot)} size="md" aria-label={`${fillLabel}: ${kindLabel(slot.kind).toLowerCase()}, ${who}`}>
              {fillLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
