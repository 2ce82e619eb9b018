import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@ptp/shared';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../../lib/graphql-errors';
import { COMPLIANCE_QUERIES, ReviewComplianceRecordDocument } from './operations';

type ReasonDecision = 'REJECT' | 'WAIVE';

const COPY: Record<ReasonDecision, { title: string; label: string; description: string; required: string; submit: string; done: string }> = {
  REJECT: {
    title: 'Reject document',
    label: 'Reason for rejecting',
    description: 'The student sees this reason and can upload a new document.',
    required: 'Enter the reason for rejecting.',
    submit: 'Reject document',
    done: 'Document rejected',
  },
  WAIVE: {
    title: 'Waive requirement',
    label: 'Reason for waiving',
    description: 'The item counts as met without a valid document. Recorded in the audit log.',
    required: 'Enter the reason for waiving.',
    submit: 'Waive requirement',
    done: 'Requirement waived',
  },
};

interface ComplianceReviewActionsProps {
  recordId: string;
  itemName: string;
  /** Who the record belongs to, for messages (e.g. on the dashboard). */
  studentName?: string;
  /** Waive is offered on the student's page, not on the queue. */
  allowWaive?: boolean;
  /** Without a document the API refuses Verify (only a waiver may have none): the button says so. */
  hasDocument?: boolean;
}

/** Verify, Reject (reason) and Waive (reason) for a pending compliance record. */
export function ComplianceReviewActions({ recordId, itemName, studentName, allowWaive = true, hasDocument = true }: ComplianceReviewActionsProps) {
  const [review, { loading }] = useMutation(ReviewComplianceRecordDocument, { refetchQueries: COMPLIANCE_QUERIES, awaitRefetchQueries: true });
  const [decision, setDecision] = useState<ReasonDecision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const subject = studentName ? `${itemName} for ${studentName}` : itemName;

  async function verify() {
    setError(null);
    try {
      await review({ variables: { input: { id: recordId, decision: 'VERIFY' } } });
      notifications.show({ color: 'green', title: 'Document verified', message: `${subject} is now valid.` });
    } catch (err) {
      setError(toApiError(err).message);
    }
  }

  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        <Button
          size="xs"
          color="green"
          leftSection={<IconCheck size={14} />}
          loading={loading && decision === null}
          onClick={() => void verify()}
          disabled={!hasDocument}
          aria-label={`Verify ${itemName}`}
        >
          Verify
        </Button>
        <Button size="xs" variant="light" color="red" onClick={() => setDecision('REJECT')} aria-label={`Reject ${itemName}`}>
          Reject
        </Button>
        {allowWaive && (
          <Button size="xs" variant="subtle" color="gray" onClick={() => setDecision('WAIVE')} aria-label={`Waive ${itemName}`}>
            Waive
          </Button>
        )}
      </Group>
      {!hasDocument && (
        <Text size="xs" c="dimmed">
          No document attached: ask the student to upload it, or waive with a reason.
        </Text>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      <Modal opened={decision !== null} onClose={() => setDecision(null)} title={decision ? `${COPY[decision].title}: ${subject}` : ''}>
        {decision && (
          <ReasonForm
            key={decision}
            decision={decision}
            onSubmit={async (reason) => {
              await review({ variables: { input: { id: recordId, decision, reason } } });
              notifications.show({ color: 'green', title: COPY[decision].done, message: subject });
              setDecision(null);
            }}
            onCancel={() => setDecision(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

interface ReasonFormProps {
  decision: ReasonDecision;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}

export function ReasonForm({ decision, onSubmit, onCancel }: ReasonFormProps) {
  const copy = COPY[decision];
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const reason = text.trim();
    if (!reason) {
      setFieldError(copy.required);
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(reason);
    } catch (error) {
      setFormError(toApiError(error).message);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color={decision === 'REJECT' ? 'red' : undefined} loading={submitting}>
            {copy.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
