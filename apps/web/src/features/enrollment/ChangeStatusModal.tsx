import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ENROLLMENT_STATUS_LABELS,
  LIMITS,
  OVERRIDE_REASON_MIN,
  REASON_CODE_LABELS,
  STATUS_REASONS,
  allowedNextStatuses,
  checkStatusTransition,
  isIsoDate,
  patientIdentifierWarning,
  type EnrollmentStatus,
  type ReasonCode,
} from '@ptp/shared';
import { IconShieldExclamation } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatDate, todayIso } from '../../lib/dates';
import { GraduationGapsAlert, useGraduationGaps } from './GraduationGaps';
import { RecordStatusChangeDocument } from './operations';
import { StudentDetailDocument } from '../students/operations';
import { RosterDocument } from '../cohorts/operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

export interface StatusChangeTarget {
  id: string;
  status: EnrollmentStatus;
  statusSince: string;
}

const FIELDS = ['status', 'reasonCode', 'effectiveOn', 'note', 'overrideReason'] as const;
type Field = (typeof FIELDS)[number];

const isStatus = (value: string): value is EnrollmentStatus => value in ENROLLMENT_STATUS_LABELS;
const isReason = (value: string): value is ReasonCode => value in REASON_CODE_LABELS;

/** The same transition rules the API applies (shared lib), so the user learns of a refusal before sending. */
function changeStatusSchema(current: StatusChangeTarget) {
  return z
    .object({
      status: z.string().min(1, 'Choose the new status'),
      reasonCode: z.string().min(1, 'Choose a reason'),
      effectiveOn: z.string().refine(isIsoDate, 'Enter the date the change takes effect'),
      note: z.string().max(LIMITS.noteMax, `Keep the note under ${LIMITS.noteMax} characters`),
      overrideReason: z.string().max(LIMITS.noteMax, `Keep the reason under ${LIMITS.noteMax} characters`),
    })
    .superRefine((values, ctx) => {
      if (!isStatus(values.status) || !isReason(values.reasonCode) || !isIsoDate(values.effectiveOn)) return;
      const check = checkStatusTransition(
        { status: current.status, effectiveOn: current.statusSince },
        { status: values.status, reasonCode: values.reasonCode, effectiveOn: values.effectiveOn, note: values.note },
      );
      if (check.ok) return;
      // Shared messages read "field: explanation"
      const match = /^(\w+): ([\s\S]*)$/.exec(check.message);
      const field = FIELDS.find((name) => name === match?.[1]) ?? 'status';
      const text = match?.[2] ?? check.message;
      ctx.addIssue({ code: 'custom', path: [field], message: text.charAt(0).toUpperCase() + text.slice(1) });
    });
}
type ChangeStatusValues = z.infer<ReturnType<typeof changeStatusSchema>>;

interface ChangeStatusModalProps {
  enrollment: StatusChangeTarget;
  /** e.g. "Ana Diaz in PT-2026-A", for the dialog title. */
  subject: string;
  opened: boolean;
  onClose: () => void;
  /** May record a graduation over unmet requirements (GRADUATION_OVERRIDE). */
  canOverride?: boolean;
}

export function ChangeStatusModal({ opened, onClose, subject, enrollment, canOverride = false }: ChangeStatusModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Change status: ${subject}`} size="lg">
      <ChangeStatusForm enrollment={enrollment} onClose={onClose} canOverride={canOverride} />
    </Modal>
  );
}

export function ChangeStatusForm({ enrollment, onClose, canOverride = false }: { enrollment: StatusChangeTarget; onClose: () => void; canOverride?: boolean }) {
  const [recordStatusChange] = useMutation(RecordStatusChangeDocument, { refetchQueries: [StudentDetailDocument, RosterDocument] });
  const {
    control,
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ChangeStatusValues>({
    resolver: zodResolver(changeStatusSchema(enrollment)),
    defaultValues: { status: '', reasonCode: '', effectiveOn: todayIso(), note: '', overrideReason: '' },
  });

  const status = watch('status');
  const graduating = status === 'GRADUATED';
  const graduation = useGraduationGaps(enrollment.id, !graduating);
  const needsOverride = graduating && (graduation.gaps?.length ?? 0) > 0;
  const noteWarning = patientIdentifierWarning(watch('note'));
  const statusOptions = allowedNextStatuses(enrollment.status).map((value) => ({
    value,
    label: ENROLLMENT_STATUS_LABELS[value],
  }));
  const reasons = isStatus(status) ? STATUS_REASONS[status] : [];
  const reasonOptions = reasons.map((value) => ({ value, label: REASON_CODE_LABELS[value] }));

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS as readonly Field[] });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      if (!isStatus(values.status) || !isReason(values.reasonCode)) return;
      const overrideReason = needsOverride ? values.overrideReason.trim() : '';
      if (needsOverride && canOverride && overrideReason.length < OVERRIDE_REASON_MIN) {
        setError('overrideReason', { message: `Explain the override in at least ${OVERRIDE_REASON_MIN} characters` });
        return;
      }
      await recordStatusChange({
        variables: {
          input: {
            enrollmentId: enrollment.id,
            status: values.status,
            reasonCode: values.reasonCode,
            effectiveOn: values.effectiveOn,
            note: values.note.trim() || null,
            ...(overrideReason ? { overrideReason } : {}),
          },
        },
      });
      notifications.show({
        color: 'green',
        title: 'Status changed',
        message: `Now ${ENROLLMENT_STATUS_LABELS[values.status]} from ${formatDate(values.effectiveOn)}.`,
      });
      onClose();
    });
  });

  if (statusOptions.length === 0) {
    return (
      <Stack>
        <Text>
          The student is “{ENROLLMENT_STATUS_LABELS[enrollment.status]}”; no further status change is possible.
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          Current status: {ENROLLMENT_STATUS_LABELS[enrollment.status]} since {formatDate(enrollment.statusSince)}.
        </Text>
        <FormAlert title="The status was not changed" message={formError} />
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Select
              label="New status"
              required
              placeholder="Choose the new status"
              data={statusOptions}
              value={field.value || null}
              onChange={(value) => {
                field.onChange(value ?? '');
                // A reason belongs to a status; preselect it when there is only one
                const next = value && isStatus(value) ? STATUS_REASONS[value] : [];
                setValue('reasonCode', next.length === 1 ? (next[0] ?? '') : '');
              }}
              onBlur={field.onBlur}
              error={errors.status?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="reasonCode"
          render={({ field }) => (
            <Select
              label="Reason"
              required
              placeholder={status ? 'Choose a reason' : 'Choose the status first'}
              disabled={!status}
              data={reasonOptions}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={errors.reasonCode?.message}
            />
          )}
        />
        <TextInput
          type="date"
          label="Effective on"
          required
          description={`On or after ${formatDate(enrollment.statusSince)}, when the current status began.`}
          error={errors.effectiveOn?.message}
          {...register('effectiveOn')}
        />
        <Textarea
          label="Note"
          description="Required when the reason is “Other”. Never include patient information."
          autosize
          minRows={3}
          maxLength={LIMITS.noteMax}
          error={errors.note?.message}
          {...register('note')}
        />
        {graduating && <GraduationGapsAlert gaps={graduation.gaps} error={graduation.error} canOverride={canOverride} />}
        {needsOverride && canOverride && (
          <Textarea
            label="Override reason"
            required
            description={`Why the student graduates although the requirements above are unmet (at least ${OVERRIDE_REASON_MIN} characters).`}
            autosize
            minRows={2}
            maxLength={LIMITS.noteMax}
            error={errors.overrideReason?.message}
            {...register('overrideReason')}
          />
        )}
        {noteWarning && (
          <Alert color="yellow" icon={<IconShieldExclamation />} role="status" title="Check this note">
            {noteWarning}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting} disabled={needsOverride && !canOverride}>
            {needsOverride && canOverride ? 'Graduate with override' : 'Change status'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
