import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormSubmit } from '../lib/use-form-submit';
import { FormAlert } from './FormAlert';

interface ConfirmActionModalProps {
  opened: boolean;
  title: string;
  /** What happens, in words the person can weigh. */
  children: ReactNode;
  confirmLabel: string;
  /** The alert's title when the action fails (the server's message is its text). */
  failedTitle: string;
  /** Does the action; throws to keep the dialog open with the error. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Asks before a destructive action (red button), shows its error in place, closes when it succeeds. */
export function ConfirmActionModal({ opened, title, children, confirmLabel, failedTitle, onConfirm, onClose }: ConfirmActionModalProps) {
  // No fields: every refusal goes in the alert.
  const { formError, setFormError, submit, submitting } = useFormSubmit();

  async function confirm() {
    if (await submit(onConfirm)) onClose();
  }

  const close = () => {
    setFormError(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={title}>
      <Stack>
        {children}
        <FormAlert title={failedTitle} message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" loading={submitting} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
