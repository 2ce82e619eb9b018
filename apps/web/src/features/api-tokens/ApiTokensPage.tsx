import { useQuery } from '@apollo/client/react';
import { Badge, Button, Code, Text, VisuallyHidden, type MantineColor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { createColumnHelper } from '../../components/columns';
import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { ApiTokenRowFragment, ApiTokenStatus } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { CreateApiTokenModal } from './CreateApiTokenModal';
import { ApiTokensDocument } from './operations';
import { RevokeApiTokenModal } from './RevokeApiTokenModal';

const STATUS: Record<ApiTokenStatus, { label: string; color: MantineColor }> = {
  ACTIVE: { label: 'Active', color: 'green' },
  EXPIRED: { label: 'Expired', color: 'gray' },
  REVOKED: { label: 'Revoked', color: 'red' },
};

const column = createColumnHelper<ApiTokenRowFragment>();

const when = (iso: string | null, none: string) => (
  <Text size="sm" style={{ whiteSpace: 'nowrap' }} c={iso ? undefined : 'dimmed'}>
    {iso ? formatDateTime(iso) : none}
  </Text>
);

function tokenColumns(onRevoke: (token: ApiTokenRowFragment) => void) {
  return [
    column.accessor('name', { header: 'Name', cell: (info) => <Text size="sm" fw={600}>{info.getValue()}</Text> }),
    column.accessor('prefix', { header: 'Token', cell: (info) => <Code>{info.getValue()}…</Code> }),
    column.accessor('createdAt', { header: 'Created', cell: (info) => when(info.getValue(), '—') }),
    column.accessor('expiresAt', { header: 'Expires', cell: (info) => when(info.getValue(), '—') }),
    column.accessor('lastUsedAt', { header: 'Last used', cell: (info) => when(info.getValue(), 'Never') }),
    column.accessor('status', {
      header: 'Status',
      cell: (info) => (
        <Badge color={STATUS[info.getValue()].color} variant="light" radius="sm">
          {STATUS[info.getValue()].label}
        </Badge>
      ),
    }),
    column.display({
      id: 'actions',
      header: () => <VisuallyHidden>Actions</VisuallyHidden>,
      cell: ({ row }) =>
        row.original.status === 'ACTIVE' && (
          <Button size="xs" variant="subtle" color="red" onClick={() => onRevoke(row.original)} aria-label={`Revoke ${row.original.name}`}>
            Revoke
          </Button>
        ),
    }),
  ];
}

export function ApiTokensPage() {
  usePageTitle('API tokens');
  const { data, loading, error, refetch } = useQuery(ApiTokensDocument);
  const [createOpened, createModal] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiTokenRowFragment | null>(null);
  const tokens = data?.apiTokens;

  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Personal tokens for scripts and integrations. A token acts as you, with your access; send it as <Code>Authorization: Bearer …</Code>. Tokens
            cannot create other tokens or change your password.
          </>
        }
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
            New token
          </Button>
        }
      />
      {error && !tokens ? (
        <QueryError error={error} what="your API tokens" onRetry={() => refetch()} />
      ) : !tokens ? (
        <TableSkeleton label="Loading API tokens" />
      ) : tokens.length === 0 ? (
        <EmptyState title="No API tokens yet">Create one with “New token” when a script needs to reach the portal on your behalf.</EmptyState>
      ) : (
        <DataTable label="API tokens" data={tokens} columns={tokenColumns(setRevoking)} getRowId={(row) => row.id} stale={loading} />
      )}
      <CreateApiTokenModal opened={createOpened} onClose={createModal.close} />
      <RevokeApiTokenModal token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
