import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { ReasonDialog, type ReasonDialogCopy } from '../../components/ReasonDialog';
import { useFormSubmit } from '../../lib/use-form-submit';
import { COMPLIANCE_QUERIES, ReviewComplianceRecordDocument } from './operations';

type ReasonDecision = 'REJECT' | 'WAIVE';

const COPY: Record<ReasonDecision, ReasonDialogCopy & { done: string }> = {
  REJECT: {
    title: 'Reject document',
    label: 'Reason for rejecting',
    description: 'The student sees this reason and can upload a new document.',
    tooShortMessage: 'Enter the reason for rejecting.',
    confirmLabel: 'Reject document',
    confirmColor: 'red',
    done: 'Document rejected',
  },
  WAIVE: {
    title: 'Waive requirement',
    label: 'Reason for waiving',
    description: 'The item counts as met without a valid document. Recorded in the audit log.',
    tooShortMessage: 'Enter the reason for waiving.',
    confirmLabel: 'Waive requirement',
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
  const [review] = useMutation(ReviewComplianceRecordDocument, { refetchQueries: COMPLIANCE_QUERIES, awaitRefetchQueries: true });
  const [decision, setDecision] = useState<ReasonDecision | null>(null);
  // Verify has no form: the helper only holds its busy state and the refusal.
  const { formError, submit, submitting } = useFormSubmit();
  const subject = studentName ? `${itemName} for ${studentName}` : itemName;
  // While closed the dialog shows no form, so the copy of either decision does.
  const { title, done, ...copy } = COPY[decision ?? 'REJECT'];

  async function verify() {
    await submit(async () => {
      await review({ variables: { input: { id: recordId, decision: 'VERIFY' } } });
      notifications.show({ color: 'green', title: 'Document verified', message: `${subject} is now valid.` });
    });
  }

  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        <Button
          size="xs"
          color="green"
          leftSection={<IconCheck size={14} />}
          loading={submitting}
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
      {formError && (
        <Text size="xs" c="red" role="alert">
          {formError}
        </Text>
      )}
      <ReasonDialog
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision ? `${title}: ${subject}` : ''}
        onSubmit={async (reason) => {
          if (!decision) return;
          await review({ variables: { input: { id: recordId, decision, reason } } });
          notifications.show({ color: 'green', title: done, message: subject });
        }}
        {...copy}
      />
    </Stack>
  );
}
