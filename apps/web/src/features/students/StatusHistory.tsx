import { Table, Text } from '@mantine/core';
import { REASON_CODE_LABELS } from '@ptp/shared';
import { StatusBadge } from '../../components/StatusBadge';
import type { EnrollmentDetailFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';

type StatusEvent = EnrollmentDetailFragment['statusHistory'][number];

/** Oldest first, the order the log was lived in; ties keep the order they were recorded. */
export function chronological(events: readonly StatusEvent[]): StatusEvent[] {
  return [...events].sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.recordedAt.localeCompare(b.recordedAt),
  );
}

export function StatusHistory({ events, caption }: { events: readonly StatusEvent[]; caption: string }) {
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No status changes recorded.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Effective</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
            <Table.Th scope="col">Recorded by</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {chronological(events).map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(event.effectiveOn)}</Table.Td>
              <Table.Td>
                <StatusBadge status={event.status} />
              </Table.Td>
              <Table.Td>{REASON_CODE_LABELS[event.reasonCode]}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{event.note || '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{event.recordedBy?.displayName ?? 'System'}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.recordedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
