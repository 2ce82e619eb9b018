import { Badge, Button, List, Table, Text } from '@mantine/core';
import { REASON_CODE_LABELS } from '@ptp/shared';
import { useState } from 'react';
import { StatusBadge } from '../../components/StatusBadge';
import type { EnrollmentDetailFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { lazyDialog } from '../../app/lazyPage';
import type { CorrectionTarget } from './CorrectStatusModal';

// A correction is rare (admins only): its dialog loads on its own.
const CorrectStatusModal = lazyDialog(() => import('./CorrectStatusModal').then((m) => m.CorrectStatusModal), (props) => props.event !== null);

type StatusEvent = EnrollmentDetailFragment['statusHistory'][number];

/** Oldest first, the order the log was lived in; ties keep the order they were recorded. */
export function chronological(events: readonly StatusEvent[]): StatusEvent[] {
  return [...events].sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.recordedAt.localeCompare(b.recordedAt),
  );
}

const struck = { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' } as const;

/** The log; voided events struck through with why. `canCorrect`: an admin may void the current event. */
export function StatusHistory({ events, caption, canCorrect = false }: { events: readonly StatusEvent[]; caption: string; canCorrect?: boolean }) {
  const [correcting, setCorrecting] = useState<CorrectionTarget | null>(null);
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No status changes recorded.
      </Text>
    );
  }
  const ordered = chronological(events);
  const valid = ordered.filter((e) => !e.voidedAt);
  const current = valid.length > 1 ? valid[valid.length - 1] : undefined;
  const previous = valid[valid.length - 2];
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Effective</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Reason</Table.Th>
              <Table.Th scope="col">Note</Table.Th>
              <Table.Th scope="col">Recorded by</Table.Th>
              {canCorrect && <Table.Th scope="col">Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ordered.map((event) => {
              const voided = Boolean(event.voidedAt);
              const cell = voided ? struck : undefined;
              return (
                <Table.Tr key={event.id} aria-label={voided ? 'Voided event' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap', ...cell }}>{formatDate(event.effectiveOn)}</Table.Td>
                  <Table.Td>
                    <span style={cell}>
                      <StatusBadge status={event.status} />
                    </span>
                    {voided && (
                      <Badge color="gray" variant="outline" size="sm" ml={4}>
                        Voided
                      </Badge>
                    )}
                    {event.overrideReason && (
                      <Badge color="orange" variant="light" size="sm" ml={4}>
                        Override
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={cell}>{REASON_CODE_LABELS[event.reasonCode]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                    <span style={cell}>{event.note || '—'}</span>
                    {event.overrideReason && (
                      <Text size="xs" mt={4}>
                        Override: {event.overrideReason}
                        {event.unmetRequirements?.length ? (
                          <List size="xs" mt={2}>
                            {event.unmetRequirements.map((gap) => (
                              <List.Item key={gap}>{gap}</List.Item>
                            ))}
                          </List>
                        ) : null}
                      </Text>
                    )}
                    {voided && (
                      <Text size="xs" mt={4}>
                        Voided {formatDateTime(event.voidedAt)} by {event.voidedBy?.displayName ?? 'an admin'}: {event.voidReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.recordedBy?.displayName ?? 'System'}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(event.recordedAt)}
                    </Text>
                  </Table.Td>
                  {canCorrect && (
                    <Table.Td>
                      {current?.id === event.id && previous && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setCorrecting({ id: event.id, status: event.status, effectiveOn: event.effectiveOn, previousStatus: previous.status })}
                        >
                          Correct…
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CorrectStatusModal event={correcting} onClose={() => setCorrecting(null)} />
    </>
  );
}
