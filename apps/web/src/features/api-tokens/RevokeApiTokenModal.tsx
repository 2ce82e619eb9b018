import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiTokenRowFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/graphql-errors';
import { RevokeApiTokenDocument } from './operations';

/** Asks before revoking: scripts using the token stop working at once. */
export function RevokeApiTokenModal({ token, onClose }: { token: ApiTokenRowFragment | null; onClose: () => void }) {
  return (
    <Modal opened={token !== null} onClose={onClose} title={token ? `Revoke “${token.name}”?` : ''}>
      {token && <RevokeConfirm key={token.id} token={token} onClose={onClose} />}
    </Modal>
  );
}

function RevokeConfirm({ token, onClose }: { token: ApiTokenRowFragment; onClose: () => void }) {
  const [revokeApiToken, { loading }] = useMutation(RevokeApiTokenDocument);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      await revokeApiToken({ variables: { id: token.id } });
      notifications.show({ color: 'green', title: 'Token revoked', message: `“${token.name}” no longer works.` });
      onClose();
    } catch (cause) {
      setError(toApiError(cause).message);
    }
  }

  return (
    <Stack>
      <Text size="sm">
        Every script that uses <strong>{token.name}</strong> ({token.prefix}…) is refused from its next request. This cannot be undone: to give a script access
        again, create a new token.
      </Text>
      {error && (
        <Alert color="red" icon={<IconAlertTriangle />} role="alert" title="The token was not revoked">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" loading={loading} onClick={() => void confirm()}>
          Revoke token
        </Button>
      </Group>
    </Stack>
  );
}
