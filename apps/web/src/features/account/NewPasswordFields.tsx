import { PasswordInput } from '@mantine/core';
import { PASSWORD_RULES } from '@ptp/shared';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface NewPasswordFieldsProps {
  /** `register(...)` of the new password and of its confirmation. */
  password: UseFormRegisterReturn;
  confirmation: UseFormRegisterReturn;
  passwordError?: string;
  confirmationError?: string;
  autoFocus?: boolean;
}

/** "New password" (with the rules) and "Confirm new password": the invitation, reset and account forms. */
export function NewPasswordFields({ password, confirmation, passwordError, confirmationError, autoFocus }: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordInput
        label="New password"
        description={PASSWORD_RULES}
        autoComplete="new-password"
        required
        autoFocus={autoFocus}
        error={passwordError}
        aria-invalid={passwordError ? true : undefined}
        {...password}
      />
      <PasswordInput
        label="Confirm new password"
        autoComplete="new-password"
        required
        error={confirmationError}
        aria-invalid={confirmationError ? true : undefined}
        {...confirmation}
      />
    </>
  );
}
