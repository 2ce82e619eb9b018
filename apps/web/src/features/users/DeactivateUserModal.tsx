import { useMutation } from '@apollo/client/react';
import { List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmActionModal } from '../../components/ConfirmActionModal';
import type { UserRowFragment } from '../../gql/graphql';
import { DeactivateUserDocument, UsersDocument } from './operations';

/** Asks before deactivating: the account loses every way in at once. */
export function DeactivateUserModal({ user, onClose }: { user: UserRowFragment | null; onClose: () => void }) {
  const [deactivateUser] = useMutation(DeactivateUserDocument, { refetchQueries: [UsersDocument] });
  return (
    <ConfirmActionModal
      opened={user !== null}
      title={user ? `Deactivate ${user.displayName}?` : ''}
      confirmLabel="Deactivate account"
      failedTitle="The account was not deactivated"
      onClose={onClose}
      onConfirm={async () => {
        if (!user) return;
        await deactivateUser({ variables: { userId: user.id } });
        notifications.show({ color: 'green', title: 'Account deactivated', message: `${user.displayName} can no longer sign in.` });
      }}
    >
      <Text size="sm">
        When you deactivate {user?.displayName} ({user?.email}):
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>every session they have open ends at once, on every device;</List.Item>
        <List.Item>their API tokens and any unused invitation or password reset link stop working;</List.Item>
        <List.Item>their records (hours, reviews, sign-offs) stay as they are.</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        You can reactivate the account later.
      </Text>
    </ConfirmActionModal>
  );
}
