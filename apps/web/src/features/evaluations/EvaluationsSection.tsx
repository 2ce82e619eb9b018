import { useQuery } from '@apollo/client/react';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/CurrentUser';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDateRange } from '../../lib/dates';
import { EnrollmentEvaluationsDocument } from './operations';
import { SlotBadge } from './SlotBadge';
import { fillPath, kindLabel, type Slot } from './slots';

/** An enrollment's evaluations, placement by placement: what is due, what is submitted, and a way to read each. */
export function EvaluationsSection({ enrollmentId }: { enrollmentId: string }) {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(EnrollmentEvaluationsDocument, { variables: { id: enrollmentId }, fetchPolicy: 'cache-and-network' });
  const slots = data?.enrollment.evaluations;

  if (loading && !slots) return <TableSkeleton rows={3} label="Loading evaluations" />;
  if (!slots) return <QueryError error={error} what="the evaluations" onRetry={() => refetch()} />;
  if (slots.length === 0) return <EmptyState title="No evaluations yet">Evaluations come with a placement: a midterm and a final by the preceptor, and the student’s evaluation of the site.</EmptyState>;

  const action = (slot: Slot) => {
    const mine = user.role === 'STUDENT' ? slot.kind === 'SITE' : user.role === 'PRECEPTOR';
    if (slot.evaluation && (slot.submitted || !mine)) return <Anchor component={Link} to={`/evaluations/${slot.evaluation.id}`} size="sm">Read</Anchor>;
    if (mine && slot.open) return <Anchor component={Link} to={fillPath(slot)} size="sm">{slot.evaluation ? 'Continue' : 'Fill'}</Anchor>;
    return <Text size="sm" c="dimmed">—</Text>;
  };

  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing="xs" aria-label="Evaluations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Placement</Table.Th>
            <Table.Th>Evaluation</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {slots.map((slot) => (
            <Table.Tr key={`${slot.placementId}-${slot.kind}`}>
              <Table.Td>
                <Text size="sm">{slot.placement.site.name}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateRange(slot.placement.startDate, slot.placement.endDate)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{kindLabel(slot.kind)}</Text>
              </Table.Td>
              <Table.Td>
                <SlotBadge slot={slot} />
              </Table.Td>
              <Table.Td>{action(slot)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
