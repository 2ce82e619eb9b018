import { Button, Group, Stack } from '@mantine/core';
import { formatEntryDay } from '../../lib/hours';
import type { QueueRow } from './grouping';
import type { ReasonAction } from './ReviewReasonModal';

/** "Ana Diaz, Tue, Mar 3, 2026": tells apart the same button on different rows for screen readers. */
export const rowName = (row: QueueRow) => `${row.enrollment.student.fullName}, ${formatEntryDay(row.startedAt)}`;

interface EntryActionsProps {
  entry: QueueRow;
  canReopen: boolean;
  busy: boolean;
  onApprove: (entry: QueueRow) => void;
  onReason: (action: ReasonAction, entry: QueueRow) => void;
  /** Phones: full-size buttons in a row, at least 44 px tall, for thumbs. */
  touch?: boolean;
}

/** Approve / Ask for info / Reject a waiting entry, or reopen an approved one. Accessible names start with the visible text. */
export function EntryActions({ entry, canReopen, busy, onApprove, onReason, touch = false }: EntryActionsProps) {
  const name = rowName(entry);
  const size = touch ? 'md' : 'compact-xs';
  const style = touch ? { minHeight: 44, flex: '1 1 0' } : undefined;
  if (entry.status === 'SUBMITTED') {
    const buttons = (
      <>
        <Button size={size} style={style} variant="light" color="green" aria-label={`Approve ${name}`} loading={busy} onClick={() => onApprove(entry)}>
          Approve
        </Button>
        <Button size={size} style={style} variant="light" color="yellow" aria-label={`Ask for info ${name}`} onClick={() => onReason('NEEDS_INFO', entry)}>
          Ask for info
        </Button>
        <Button size={size} style={style} variant="light" color="red" aria-label={`Reject ${name}`} onClick={() => onReason('REJECT', entry)}>
          Reject
        </Button>
      </>
    );
    return touch ? (
      <Group gap="xs" grow wrap="nowrap">
        {buttons}
      </Group>
    ) : (
      <Stack gap={4} w="max-content">
        {buttons}
      </Stack>
    );
  }
  if (entry.status === 'APPROVED' && canReopen) {
    return (
      <Button size={size} style={style} variant="default" aria-label={`Reopen ${name}`} onClick={() => onReason('REOPEN', entry)}>
        Reopen
      </Button>
    );
  }
  return null;
}
