import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { toApiError } from '../lib/graphql-errors';

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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setError(null);
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setError(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={title}>
      <Stack>
        {children}
        {error && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert" title={failedTitle}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
