import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ReasonDialog, type ReasonDialogCopy } from '../../components/ReasonDialog';
import { hasErrorCode } from '../../lib/graphql-errors';
import { formatDuration, formatEntryDay, formatTimeRange } from '../../lib/hours';
import { ReopenHourEntryDocument, ReviewHourEntryDocument } from './operations';

export type ReasonAction = 'NEEDS_INFO' | 'REJECT' | 'REOPEN';

export interface ReviewTarget {
  id: string;
  version: number;
  startedAt: string;
  endedAt: string;
  minutes: number;
  studentName: string;
}

const COPY: Record<ReasonAction, ReasonDialogCopy & { done: string }> = {
  NEEDS_INFO: {
    title: 'Ask for more information',
    label: 'What should the student add or correct?',
    description: 'The student sees this and can edit and resubmit the entry.',
    tooShortMessage: 'Write what the student should add or correct.',
    confirmLabel: 'Send back to student',
    done: 'Sent back to the student',
  },
  REJECT: {
    title: 'Reject entry',
    label: 'Reason for rejecting',
    description: 'The student sees this reason. Rejected hours never count.',
    tooShortMessage: 'Enter the reason for rejecting.',
    confirmLabel: 'Reject entry',
    confirmColor: 'red',
    done: 'Entry rejected',
  },
  REOPEN: {
    title: 'Reopen approved entry',
    label: 'Reason for reopening',
    description: 'The entry goes back to “Waiting for review” and stops counting until approved again. Recorded in the audit log.',
    tooShortMessage: 'Enter the reason for reopening.',
    confirmLabel: 'Reopen entry',
    done: 'Entry reopened',
  },
};

export const CONFLICT_MESSAGE = 'Someone else already reviewed this entry';

interface ReviewReasonModalProps {
  action: ReasonAction | null;
  entry: ReviewTarget | null;
  onClose: () => void;
  /** After any answer that changes what the queue shows (done, or someone else got there first). */
  onChanged: () => void;
}

/** Ask for info, reject or reopen: each needs words the student (and the audit log) will read. */
export function ReviewReasonModal({ action, entry, onClose, onChanged }: ReviewReasonModalProps) {
  const [review] = useMutation(ReviewHourEntryDocument);
  const [reopen] = useMutation(ReopenHourEntryDocument);
  // While closed the dialog shows no form, so the copy of any action does.
  const { title, done, ...copy } = COPY[action ?? 'NEEDS_INFO'];

  async function send(reason: string) {
    if (!action || !entry) return;
    try {
      if (action === 'REOPEN') {
        await reopen({ variables: { input: { id: entry.id, version: entry.version, reason } } });
      } else {
        await review({ variables: { input: { id: entry.id, version: entry.version, decision: action, comment: reason } } });
      }
      notifications.show({ color: 'green', title: done, message: `${entry.studentName}, ${formatEntryDay(entry.startedAt)}.` });
    } catch (error) {
      if (!hasErrorCode(error, 'CONFLICT')) throw error;
      // Nothing to fix in the reason: the dialog closes and the queue shows the entry as it is now.
      notifications.show({ color: 'yellow', title: CONFLICT_MESSAGE, message: 'The list was reloaded with the latest version.' });
    }
    onChanged();
  }

  return (
    <ReasonDialog
      opened={action !== null && entry !== null}
      onClose={onClose}
      title={action ? title : ''}
      size="lg"
      intro={
        entry && (
          <Text size="sm">
            {entry.studentName} · {formatEntryDay(entry.startedAt)}, {formatTimeRange(entry.startedAt, entry.endedAt)} (
            {formatDuration(entry.minutes)})
          </Text>
        )
      }
      warnPatientIdentifiers
      onSubmit={send}
      {...copy}
    />
  );
}
