import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { UserRowFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/graphql-errors';
import { DeactivateUserDocument, UsersDocument } from './operations';

/** Asks before deactivating: the account loses every way in at once. */
export function DeactivateUserModal({ user, onClose }: { user: UserRowFragment | null; onClose: () => void }) {
  return (
    <Modal opened={user !== null} onClose={onClose} title={user ? `Deactivate ${user.displayName}?` : ''}>
      {user && <DeactivateConfirm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function DeactivateConfirm({ user, onClose }: { user: UserRowFragment; onClose: () => void }) {
  const [deactivateUser, { loading }] = useMutation(DeactivateUserDocument, { refetchQueries: [UsersDocument] });
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      await deactivateUser({ variables: { userId: user.id } });
      notifications.show({ color: 'green', title: 'Account deactivated', message: `${user.displayName} can no longer sign in.` });
      onClose();
    } catch (cause) {
      setError(toApiError(cause).message);
    }
  }

  return (
    <Stack>
      <Text size="sm">When you deactivate {user.displayName} ({user.email}):</Text>
      <List size="sm" spacing={4}>
        <List.Item>every session they have open ends at once, on every device;</List.Item>
        <List.Item>their API tokens and any unused invitation or password reset link stop working;</List.Item>
        <List.Item>their records (hours, reviews, sign-offs) stay as they are.</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        You can reactivate the account later.
      </Text>
      {error && (
        <Alert color="red" icon={<IconAlertTriangle />} role="alert" title="The account was not deactivated">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" loading={loading} onClick={() => void confirm()}>
          Deactivate account
        </Button>
      </Group>
    </Stack>
  );
}
