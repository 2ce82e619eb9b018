import { Alert, Modal, Stack, Textarea, type ButtonProps, type ModalProps } from '@mantine/core';
import { LIMITS, patientIdentifierWarning } from '@ptp/shared';
import { IconShieldExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useFormSubmit } from '../lib/use-form-submit';
import { DialogActions } from './DialogActions';
import { FormAlert } from './FormAlert';

export interface ReasonDialogProps {
  opened: boolean;
  /** Cancel, Escape and the close button; also called once onSubmit has succeeded. */
  onClose: () => void;
  /** The dialog's title, which is also its accessible name. */
  title: string;
  size?: ModalProps['size'];
  /** Above the field: what the action does, or what it applies to. */
  intro?: ReactNode;
  /** The reason field's label. */
  label: string;
  /** Under the label: who reads the reason, where it is kept. */
  description?: ReactNode;
  /** The fewest characters accepted, spaces at either end not counted; 1 means "not empty". */
  minLength?: number;
  /** Beside the field when the reason is shorter than minLength. */
  tooShortMessage: string;
  maxLength?: number;
  minRows?: number;
  confirmLabel: ReactNode;
  confirmColor?: ButtonProps['color'];
  /** Keeps the confirm button disabled, e.g. while one of the extra fields still needs a value. */
  confirmDisabled?: boolean;
  /** The alert's title when onSubmit fails (the error is its text). */
  failedTitle?: string;
  /** The student reads the reason: say so when it looks like it holds a patient identifier. */
  warnPatientIdentifiers?: boolean;
  /** The form's accessible name, when it needs one apart from the dialog's. */
  formLabel?: string;
  /** Extra fields, between the reason and the buttons. */
  children?: ReactNode;
  /**
   * Does the action with the trimmed reason. Resolving closes the dialog; rejecting keeps it open, with
   * the reason as typed and the error above the field (an API message about `reason` goes beside it).
   */
  onSubmit: (reason: string) => Promise<unknown>;
}

/** The words of one kind of reason dialog, for a table of them (one per decision). */
export type ReasonDialogCopy = Pick<ReasonDialogProps, 'title' | 'label' | 'description' | 'tooShortMessage' | 'confirmLabel' | 'confirmColor'>;

/** A dialog that asks for a written reason, then runs an action with it. */
export function ReasonDialog({ opened, onClose, title, size, ...form }: ReasonDialogProps) {
  // The form only exists while the dialog is open, so every opening starts empty.
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      {opened && <ReasonForm onClose={onClose} {...form} />}
    </Modal>
  );
}

interface ReasonValues {
  reason: string;
}
const FIELDS = ['reason'] as const;

type ReasonFormProps = Omit<ReasonDialogProps, 'opened' | 'title' | 'size'>;

function ReasonForm({
  onClose,
  intro,
  label,
  description,
  minLength = 1,
  tooShortMessage,
  maxLength = LIMITS.noteMax,
  minRows = 3,
  confirmLabel,
  confirmColor,
  confirmDisabled,
  failedTitle = 'Nothing was changed',
  warnPatientIdentifiers = false,
  formLabel,
  children,
  onSubmit,
}: ReasonFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<ReasonValues>({ defaultValues: { reason: '' } });
  const { formError, setFormError, submit, submitting } = useFormSubmit({ setError, fields: FIELDS });
  const warning = warnPatientIdentifiers ? patientIdentifierWarning(watch('reason')) : null;

  const send = handleSubmit(
    async ({ reason }) => {
      if (await submit(() => onSubmit(reason.trim()))) onClose();
    },
    // A reason too short: the previous refusal no longer applies.
    () => setFormError(null),
  );

  return (
    <form onSubmit={send} noValidate aria-label={formLabel}>
      <Stack>
        {intro}
        <FormAlert title={failedTitle} message={formError} />
        <Textarea
          label={label}
          description={description}
          required
          autosize
          minRows={minRows}
          maxLength={maxLength}
          error={errors.reason?.message}
          data-autofocus
          {...register('reason', { validate: (value) => value.trim().length >= minLength || tooShortMessage })}
        />
        {warning && (
          <Alert color="yellow" icon={<IconShieldExclamation />} role="status" title="Check this text">
            {warning}
          </Alert>
        )}
        {children}
        <DialogActions onCancel={onClose} submitLabel={confirmLabel} color={confirmColor} loading={submitting} disabled={confirmDisabled} />
      </Stack>
    </form>
  );
}
