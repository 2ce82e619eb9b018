import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, PasswordInput, SimpleGrid, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@ptp/shared';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useCurrentUser } from '../../app/auth/CurrentUser';
import { ROLE_LABELS } from '../../app/role-labels';
import { Fact } from '../../components/Fact';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../lib/usePageTitle';
import { NewPasswordFields } from './NewPasswordFields';
import { ChangePasswordDocument } from './operations';
import { confirmPassword, confirmationMatches, newPassword } from './password';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

const schema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(LIMITS.passwordMax),
    newPassword,
    confirmPassword,
  })
  .superRefine(confirmationMatches('newPassword'));
type ChangePasswordValues = z.infer<typeof schema>;
const FIELDS = ['currentPassword', 'newPassword'] as const;
const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** The signed-in person's own account: who they are to the portal, and their password. */
export function AccountPage() {
  usePageTitle('Your account');
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title="Your account" description="How you sign in to the portal." />
      <Stack maw={560}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="account-details">
          <Title order={2} size="h4" id="account-details" mb="sm">
            Details
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <Fact label="Name">{user.displayName}</Fact>
            <Fact label="Email">{user.email}</Fact>
            <Fact label="Role">{ROLE_LABELS[user.role]}</Fact>
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="change-password">
          <Title order={2} size="h4" id="change-password" mb="sm">
            Change password
          </Title>
          <ChangePasswordForm email={user.email} />
        </Paper>
      </Stack>
    </>
  );
}

function ChangePasswordForm({ email }: { email: string }) {
  const [changePassword] = useMutation(ChangePasswordDocument);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS, prefixedMessages: true });
  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    await submit(async () => {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      reset(EMPTY);
      notifications.show({ color: 'green', message: 'Password changed. Other sessions were signed out.' });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert title="Your password was not changed" message={formError} />
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          error={errors.currentPassword?.message}
          aria-invalid={errors.currentPassword ? true : undefined}
          {...register('currentPassword')}
        />
        <NewPasswordFields
          password={register('newPassword')}
          confirmation={register('confirmPassword')}
          passwordError={errors.newPassword?.message}
          confirmationError={errors.confirmPassword?.message}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
