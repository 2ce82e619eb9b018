import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormAlert } from '../../components/FormAlert';
import type { ApiError } from '../../lib/graphql-errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { NewPasswordFields } from './NewPasswordFields';
import { confirmPassword, confirmationMatches, linkMessage, newPassword } from './password';

const schema = z.object({ password: newPassword, confirmPassword }).superRefine(confirmationMatches('password'));
type SetPasswordValues = z.infer<typeof schema>;
const FIELDS = ['password'] as const;

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
  const [linkProblem, setLinkProblem] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordValues>({ resolver: zodResolver(schema), defaultValues: { password: '', confirmPassword: '' } });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS, prefixedMessages: true });
  // A refusal about the link reads as a sentence and comes with what to do about it.
  const onLinkProblem = (error: ApiError, _cause: unknown, usual: string | null) => {
    const problem = usual !== null && isLinkProblem(error);
    setLinkProblem(problem);
    return problem ? linkMessage(usual) : usual;
  };
  const send = handleSubmit(async ({ password }) => {
    await submit(() => onSubmit(password), { onError: onLinkProblem });
  });

  return (
    <form onSubmit={send} noValidate>
      <Stack>
        <FormAlert title={failedTitle} message={formError}>
          {linkProblem && (
            <Text size="sm" mt="xs">
              {linkHelp}
            </Text>
          )}
        </FormAlert>
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
