import { Button, Group, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface DialogActionsProps {
  onCancel: () => void;
  /** The submit button's text. */
  submitLabel: ReactNode;
  loading?: boolean;
  disabled?: boolean;
  color?: ButtonProps['color'];
  cancelLabel?: string;
}

/** A dialog form's footer: Cancel, then the submit button. */
export function DialogActions({ onCancel, submitLabel, loading, disabled, color, cancelLabel = 'Cancel' }: DialogActionsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" color={color} loading={loading} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
