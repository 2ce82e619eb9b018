import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, patientIdentifierWarning } from '@ptp/shared';
import { IconAlertTriangle, IconShieldExclamation } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { hasErrorCode, toApiError } from '../../lib/graphql-errors';
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

const COPY: Record<ReasonAction, { title: string; label: string; description: string; required: string; submit: string; done: string }> = {
  NEEDS_INFO: {
    title: 'Ask for more information',
    label: 'What should the student add or correct?',
    description: 'The student sees this and can edit and resubmit the entry.',
    required: 'Write what the student should add or correct.',
    submit: 'Send back to student',
    done: 'Sent back to the student',
  },
  REJECT: {
    title: 'Reject entry',
    label: 'Reason for rejecting',
    description: 'The student sees this reason. Rejected hours never count.',
    required: 'Enter the reason for rejecting.',
    submit: 'Reject entry',
    done: 'Entry rejected',
  },
  REOPEN: {
    title: 'Reopen approved entry',
    label: 'Reason for reopening',
    description: 'The entry goes back to “Waiting for review” and stops counting until approved again. Recorded in the audit log.',
    required: 'Enter the reason for reopening.',
    submit: 'Reopen entry',
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
  const opened = action !== null && entry !== null;
  return (
    <Modal opened={opened} onClose={onClose} title={action ? COPY[action].title : ''} size="lg">
      {action && entry && <ReasonForm key={`${action}-${entry.id}`} action={action} entry={entry} onClose={onClose} onChanged={onChanged} />}
    </Modal>
  );
}

function ReasonForm({ action, entry, onClose, onChanged }: { action: ReasonAction; entry: ReviewTarget; onClose: () => void; onChanged: () => void }) {
  const copy = COPY[action];
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [review, reviewState] = useMutation(ReviewHourEntryDocument);
  const [reopen, reopenState] = useMutation(ReopenHourEntryDocument);
  const warning = patientIdentifierWarning(text);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const reason = text.trim();
    if (!reason) {
      setFieldError(copy.required);
      return;
    }
    try {
      if (action === 'REOPEN') {
        await reopen({ variables: { input: { id: entry.id, version: entry.version, reason } } });
      } else {
        await review({ variables: { input: { id: entry.id, version: entry.version, decision: action, comment: reason } } });
      }
      notifications.show({ color: 'green', title: copy.done, message: `${entry.studentName}, ${formatEntryDay(entry.startedAt)}.` });
      onClose();
      onChanged();
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        notifications.show({ color: 'yellow', title: CONFLICT_MESSAGE, message: 'The list was reloaded with the latest version.' });
        onClose();
        onChanged();
        return;
      }
      setFormError(toApiError(error).message);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm">
          {entry.studentName} · {formatEntryDay(entry.startedAt)}, {formatTimeRange(entry.startedAt, entry.endedAt)} (
          {formatDuration(entry.minutes)})
        </Text>
        {formError && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert" title="Nothing was changed">
            {formError}
          </Alert>
        )}
        <Textarea
          label={copy.label}
          description={copy.description}
          required
          autosize
          minRows={3}
          maxLength={LIMITS.noteMax}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (fieldError) setFieldError(null);
          }}
          error={fieldError}
          data-autofocus
        />
        {warning && (
          <Alert color="yellow" icon={<IconShieldExclamation />} role="status" title="Check this text">
            {warning}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color={action === 'REJECT' ? 'red' : undefined} loading={reviewState.loading || reopenState.loading}>
            {copy.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
