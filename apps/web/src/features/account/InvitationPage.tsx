import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ROLE_LABELS } from '../../app/role-labels';
import { PageLoader } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/dates';
import { toApiError } from '../../lib/graphql-errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { AcceptInvitationDocument, InvitationDocument } from './operations';
import { linkMessage } from './password';
import { PublicCard } from './PublicCard';
import { SetPasswordForm } from './SetPasswordForm';
import { useSignedIn } from './useSignedIn';

/** Where an emailed invitation lands (/invitation/:token): the person sets a first password and is signed in. */
export function InvitationPage() {
  usePageTitle('Accept your invitation');
  const { token = '' } = useParams();
  const invitation = useQuery(InvitationDocument, { variables: { token } });
  const [acceptInvitation] = useMutation(AcceptInvitationDocument);
  const signedIn = useSignedIn();

  if (invitation.loading && !invitation.data) {
    return (
      <PublicCard title="Accept your invitation">
        <PageLoader label="Checking your invitation" />
      </PublicCard>
    );
  }

  if (invitation.error || !invitation.data) {
    const apiError = toApiError(invitation.error);
    // NOT_FOUND: used, replaced or expired; BAD_USER_INPUT: not a link the API ever made.
    if (apiError.code === 'NOT_FOUND' || apiError.code === 'BAD_USER_INPUT') {
      return (
        <PublicCard title="Accept your invitation">
          <Alert color="yellow" icon={<IconAlertTriangle />} role="alert" title="This invitation link does not work">
            <Text size="sm">{linkMessage(apiError.message)}</Text>
            <Text size="sm" mt="xs">
              Already set your password?{' '}
              <Anchor component={Link} to="/login">
                Sign in
              </Anchor>
            </Text>
          </Alert>
        </PublicCard>
      );
    }
    return (
      <PublicCard title="Accept your invitation">
        <QueryError error={invitation.error} what="your invitation" onRetry={() => invitation.refetch()} />
      </PublicCard>
    );
  }

  const { displayName, email, role, expiresAt } = invitation.data.invitation;

  async function accept(password: string) {
    const { data } = await acceptInvitation({ variables: { input: { token, password } } });
    if (!data) throw new Error('The server did not answer. Try again.');
    notifications.show({ color: 'green', title: 'Your account is ready', message: 'Your password is set and you are signed in.' });
    await signedIn(data.acceptInvitation.user);
  }

  return (
    <PublicCard
      title={`Welcome, ${displayName}`}
      subtitle={
        <>
          You are invited to the externship portal as <strong>{ROLE_LABELS[role]}</strong>. Choose a password to finish setting
          up your account.
        </>
      }
    >
      <TextInput label="Email" value={email} readOnly description={`You sign in with this address. This link works until ${formatDateTime(expiresAt)}.`} />
      <SetPasswordForm
        onSubmit={accept}
        submitLabel="Set password and sign in"
        failedTitle="Your password was not set"
        username={email}
        linkHelp={
          <>
            Already set your password?{' '}
            <Anchor component={Link} to="/login">
              Sign in
            </Anchor>
          </>
        }
      />
    </PublicCard>
  );
}
