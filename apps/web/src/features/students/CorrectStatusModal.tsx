import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ENROLLMENT_STATUS_LABELS,
  LIMITS,
  OVERRIDE_REASON_MIN,
  REASON_CODE_LABELS,
  STATUS_REASONS,
  allowedNextStatuses,
  type EnrollmentStatus,
  type ReasonCode,
} from '@ptp/shared';
import { useState } from 'react';
import { formatDate } from '../../lib/dates';
import { CorrectStatusEventDocument, StudentDetailDocument } from './operations';
import { RosterDocument } from '../cohorts/operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

export interface CorrectionTarget {
  id: string;
  status: EnrollmentStatus;
  effectiveOn: string;
  /** The status before the event, which a replacement must follow. */
  previousStatus: EnrollmentStatus;
}

/** An admin voids a wrong status event (it stays in the history) and may record the right one in its place. */
export function CorrectStatusModal({ event, onClose }: { event: CorrectionTarget | null; onClose: () => void }) {
  return (
    <Modal opened={event !== null} onClose={onClose} title="Correct a status event" size="lg">
      {event && <CorrectStatusForm event={event} onClose={onClose} />}
    </Modal>
  );
}

export function CorrectStatusForm({ event, onClose }: { event: CorrectionTarget; onClose: () => void }) {
  const [correct, { loading }] = useMutation(CorrectStatusEventDocument, { refetchQueries: [StudentDetailDocument, RosterDocument] });
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<EnrollmentStatus | null>(null);
  const [reasonCode, setReasonCode] = useState<ReasonCode | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { formError, submit } = useFormSubmit();
  const replacements = allowedNextStatuses(event.previousStatus).filter((s) => s !== event.status);
  const codes = status ? STATUS_REASONS[status] : [];

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    await submit(async () => {
      if (reason.trim().length < OVERRIDE_REASON_MIN) {
        setReasonError(`Explain the correction in at least ${OVERRIDE_REASON_MIN} characters`);
        return;
      }
      setReasonError(null);
      await correct({
        variables: {
          input: { eventId: event.id, reason: reason.trim(), ...(status ? { correctedStatus: status, correctedReasonCode: reasonCode } : {}) },
        },
      });
      notifications.show({ color: 'green', title: 'Status corrected', message: `The “${ENROLLMENT_STATUS_LABELS[event.status]}” event is voided.` });
      onClose();
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">
          Voids “{ENROLLMENT_STATUS_LABELS[event.status]}” effective {formatDate(event.effectiveOn)}. The event stays in the
          history, struck through, and no longer counts in the status or in any report.
        </Text>
        <FormAlert title="The status was not corrected" message={formError} />
        <Textarea
          label="Reason for the correction"
          required
          description={`At least ${OVERRIDE_REASON_MIN} characters; kept with the event and in the audit trail.`}
          autosize
          minRows={2}
          maxLength={LIMITS.noteMax}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError}
        />
        <Select
          label="Correct status (optional)"
          description="Leave empty to only void the event."
          placeholder="Only void the event"
          clearable
          data={replacements.map((value) => ({ value, label: ENROLLMENT_STATUS_LABELS[value] }))}
          value={status}
          onChange={(value) => {
            const next = (value as EnrollmentStatus | null) ?? null;
            setStatus(next);
            const reasons = next ? STATUS_REASONS[next] : [];
            setReasonCode(reasons.length === 1 ? (reasons[0] ?? null) : null);
          }}
        />
        {status && (
          <Select
            label="Reason of the correct status"
            required
            data={codes.map((value) => ({ value, label: REASON_CODE_LABELS[value] }))}
            value={reasonCode}
            onChange={(value) => setReasonCode((value as ReasonCode | null) ?? null)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={loading} disabled={Boolean(status) && !reasonCode}>
            {status ? 'Void and replace' : 'Void event'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
