import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmActionModal } from '../../components/ConfirmActionModal';
import type { ApiTokenRowFragment } from '../../gql/graphql';
import { RevokeApiTokenDocument } from './operations';

/** Asks before revoking: scripts using the token stop working at once. */
export function RevokeApiTokenModal({ token, onClose }: { token: ApiTokenRowFragment | null; onClose: () => void }) {
  const [revokeApiToken] = useMutation(RevokeApiTokenDocument);
  return (
    <ConfirmActionModal
      opened={token !== null}
      title={token ? `Revoke “${token.name}”?` : ''}
      confirmLabel="Revoke token"
      failedTitle="The token was not revoked"
      onClose={onClose}
      onConfirm={async () => {
        if (!token) return;
        await revokeApiToken({ variables: { id: token.id } });
        notifications.show({ color: 'green', title: 'Token revoked', message: `“${token.name}” no longer works.` });
      }}
    >
      <Text size="sm">
        Every script that uses <strong>{token?.name}</strong> ({token?.prefix}…) is refused from its next request. This cannot be undone: to give a
        script access again, create a new token.
      </Text>
    </ConfirmActionModal>
  );
}
