import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { LIMITS } from '@ptp/shared';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequestPasswordResetDocument } from './operations';
import { PublicCard } from './PublicCard';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(LIMITS.emailMax).email('Enter a valid email address'),
});
type ForgotPasswordValues = z.infer<typeof schema>;

/** "Forgot password": the answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  usePageTitle('Reset your password');
  const [requestPasswordReset] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordValues>({ resolver: zodResolver(schema), defaultValues: { email: '' } });

  const { formError, submit } = useFormSubmit({ setError, fields: ['email'], prefixedMessages: true });
  const onSubmit = handleSubmit(async ({ email }) => {
    await submit(async () => {
      await requestPasswordReset({ variables: { input: { email } } });
      setSentTo(email);
    });
  });

  const backToSignIn = (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/login">
        Back to sign in
      </Anchor>
    </Text>
  );

  if (sentTo) {
    return (
      <PublicCard title="Check your email">
        <Alert color="green" icon={<IconMailCheck />} role="status" title="Link sent">
          If an account exists for {sentTo}, we sent a link to reset the password. It works for 1 hour.
        </Alert>
        <Text size="sm" c="dimmed">
          Nothing arrived after a few minutes? Check your spam folder, or{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => setSentTo(null)}>
            try another address
          </Anchor>
          .
        </Text>
        {backToSignIn}
      </PublicCard>
    );
  }

  return (
    <PublicCard title="Reset your password" subtitle="Enter the email you sign in with. We will send you a link to choose a new password.">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert title="Could not send the link" message={formError} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            error={errors.email?.message}
            {...register('email')}
          />
          <Button type="submit" loading={isSubmitting} fullWidth>
            Send reset link
          </Button>
        </Stack>
      </form>
      {backToSignIn}
    </PublicCard>
  );
}
