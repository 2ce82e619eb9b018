import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { showServerError } from '../../lib/form-errors';
import { toApiError, type ApiError } from '../../lib/graphql-errors';
import { NewPasswordFields } from './NewPasswordFields';
import { confirmPassword, confirmationMatches, linkMessage, newPassword } from './password';

const schema = z.object({ password: newPassword, confirmPassword }).superRefine(confirmationMatches('password'));
type SetPasswordValues = z.infer<typeof schema>;

/** The link no longer works (used, replaced, expired) or was never valid. */
function isLinkProblem(error: ApiError): boolean {
  return error.code === 'NOT_FOUND' || error.fields.some((f) => f.field === 'token');
}

interface SetPasswordFormProps {
  /** Sets the password; throws what the API refused. */
  onSubmit: (password: string) => Promise<void>;
  submitLabel: string;
  /** Title of the alert when the password was not set. */
  failedTitle: string;
  /** What to do when the link itself is the problem (a link to ask for a new one). */
  linkHelp: ReactNode;
  /** The account's email, for password managers to save the new password under. */
  username?: string;
}

/** New password + confirmation for the invitation and reset pages, with the API's strength refusals beside the field. */
export function SetPasswordForm({ onSubmit, submitLabel, failedTitle, linkHelp, username }: SetPasswordFormProps) {
  const [failure, setFailure] = useState<{ message: string; linkProblem: boolean } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordValues>({ resolver: zodResolver(schema), defaultValues: { password: '', confirmPassword: '' } });

  const submit = handleSubmit(async ({ password }) => {
    setFailure(null);
    try {
      await onSubmit(password);
    } catch (error) {
      const apiError = toApiError(error);
      const message = showServerError(setError, apiError, ['password']);
      if (message) {
        const linkProblem = isLinkProblem(apiError);
        setFailure({ message: linkProblem ? linkMessage(message) : message, linkProblem });
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert" title={failedTitle}>
            <Text size="sm">{failure.message}</Text>
            {failure.linkProblem && (
              <Text size="sm" mt="xs">
                {linkHelp}
              </Text>
            )}
          </Alert>
        )}
        {username && <input type="email" name="username" autoComplete="username" value={username} readOnly hidden />}
        <NewPasswordFields
          password={register('password')}
          confirmation={register('confirmPassword')}
          passwordError={errors.password?.message}
          confirmationError={errors.confirmPassword?.message}
          autoFocus
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
