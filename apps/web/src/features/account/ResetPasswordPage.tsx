import { useMutation } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { ResetPasswordDocument } from './operations';
import { PublicCard } from './PublicCard';
import { SetPasswordForm } from './SetPasswordForm';
import { useSignedIn } from './useSignedIn';

/** Where an emailed reset link lands (/reset-password/:token): a new password, every other session ends, signed in. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const { token = '' } = useParams();
  const [resetPassword] = useMutation(ResetPasswordDocument);
  const signedIn = useSignedIn();

  async function reset(password: string) {
    const { data } = await resetPassword({ variables: { input: { token, password } } });
    if (!data) throw new Error('The server did not answer. Try again.');
    notifications.show({
      color: 'green',
      title: 'Password changed',
      message: 'You are signed in. Any other sessions were signed out.',
    });
    await signedIn(data.resetPassword.user);
  }

  return (
    <PublicCard title="Choose a new password" subtitle="Any other session of your account is signed out when you save it.">
      <SetPasswordForm
        onSubmit={reset}
        submitLabel="Save password and sign in"
        failedTitle="Your password was not changed"
        linkHelp={
          <Anchor component={Link} to="/forgot-password">
            Ask for a new link
          </Anchor>
        }
      />
      <Text size="sm" ta="center">
        <Anchor component={Link} to="/login">
          Back to sign in
        </Anchor>
      </Text>
    </PublicCard>
  );
}
