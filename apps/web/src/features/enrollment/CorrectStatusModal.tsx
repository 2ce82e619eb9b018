import { useMutation } from '@apollo/client/react';
import { Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ENROLLMENT_STATUS_LABELS,
  OVERRIDE_REASON_MIN,
  REASON_CODE_LABELS,
  STATUS_REASONS,
  allowedNextStatuses,
  type EnrollmentStatus,
  type ReasonCode,
} from '@ptp/shared';
import { useState } from 'react';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDate } from '../../lib/dates';
import { CorrectStatusEventDocument } from './operations';
import { StudentDetailDocument } from '../students/operations';
import { RosterDocument } from '../cohorts/operations';

export interface CorrectionTarget {
  id: string;
  status: EnrollmentStatus;
  effectiveOn: string;
  /** The status before the event, which a replacement must follow. */
  previousStatus: EnrollmentStatus;
}

/** The status recorded in place of the voided one, if any. */
interface Replacement {
  status: EnrollmentStatus | null;
  reasonCode: ReasonCode | null;
}
const ONLY_VOID: Replacement = { status: null, reasonCode: null };

/** An admin voids a wrong status event (it stays in the history) and may record the right one in its place. */
export function CorrectStatusModal({ event, onClose }: { event: CorrectionTarget | null; onClose: () => void }) {
  const [correct] = useMutation(CorrectStatusEventDocument, { refetchQueries: [StudentDetailDocument, RosterDocument] });
  const [replacement, setReplacement] = useState<Replacement>(ONLY_VOID);
  const { status, reasonCode } = replacement;
  const replacements = event ? allowedNextStatuses(event.previousStatus).filter((s) => s !== event.status) : [];
  const codes = status ? STATUS_REASONS[status] : [];

  // Every opening starts with "only void".
  const close = () => {
    setReplacement(ONLY_VOID);
    onClose();
  };

  async function save(reason: string) {
    if (!event) return;
    await correct({
      variables: { input: { eventId: event.id, reason, ...(status ? { correctedStatus: status, correctedReasonCode: reasonCode } : {}) } },
    });
    notifications.show({ color: 'green', title: 'Status corrected', message: `The “${ENROLLMENT_STATUS_LABELS[event.status]}” event is voided.` });
  }

  return (
    <ReasonDialog
      opened={event !== null}
      onClose={close}
      title="Correct a status event"
      size="lg"
      intro={
        event && (
          <Text size="sm">
            Voids “{ENROLLMENT_STATUS_LABELS[event.status]}” effective {formatDate(event.effectiveOn)}. The event stays in the
            history, struck through, and no longer counts in the status or in any report.
          </Text>
        )
      }
      failedTitle="The status was not corrected"
      label="Reason for the correction"
      description={`At least ${OVERRIDE_REASON_MIN} characters; kept with the event and in the audit trail.`}
      minLength={OVERRIDE_REASON_MIN}
      tooShortMessage={`Explain the correction in at least ${OVERRIDE_REASON_MIN} characters`}
      minRows={2}
      confirmLabel={status ? 'Void and replace' : 'Void event'}
      confirmColor="red"
      confirmDisabled={Boolean(status) && !reasonCode}
      onSubmit={save}
    >
      <Select
        label="Correct status (optional)"
        description="Leave empty to only void the event."
        placeholder="Only void the event"
        clearable
        data={replacements.map((value) => ({ value, label: ENROLLMENT_STATUS_LABELS[value] }))}
        value={status}
        onChange={(value) => {
          const next = (value as EnrollmentStatus | null) ?? null;
          const reasons = next ? STATUS_REASONS[next] : [];
          setReplacement({ status: next, reasonCode: reasons.length === 1 ? (reasons[0] ?? null) : null });
        }}
      />
      {status && (
        <Select
          label="Reason of the correct status"
          required
          data={codes.map((value) => ({ value, label: REASON_CODE_LABELS[value] }))}
          value={reasonCode}
          onChange={(value) => setReplacement({ status, reasonCode: (value as ReasonCode | null) ?? null })}
        />
      )}
    </ReasonDialog>
  );
}
