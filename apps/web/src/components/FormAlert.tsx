import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface FormAlertProps {
  /** Says what did not happen ("The cohort was not created"). */
  title: string;
  /** The error to show; nothing is rendered while it is empty. */
  message: string | null | undefined;
  /** Shown after the message (e.g. a reload button). */
  children?: ReactNode;
}

/** The red alert above a form that says why the last submit failed. */
export function FormAlert({ title, message, children }: FormAlertProps) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} role="alert" title={title}>
      {message}
      {children}
    </Alert>
  );
}
