import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ROLES, USER_STATUS_LABELS, UserStatus, type Role } from '@ptp/shared';
import { IconDots, IconKey, IconMailForward, IconSearch, IconShieldCog, IconUserCheck, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { createColumnHelper } from '../../components/columns';
import { useState } from 'react';
import { useCan, useCurrentUser } from '../../app/auth/CurrentUser';
import { ROLE_LABELS } from '../../app/role-labels';
import { lazyDialog } from '../../app/lazyPage';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { UserRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { toApiError } from '../../lib/graphql-errors';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useDebouncedSearchParam, useUrlParams } from '../../lib/useSearchParamState';
import { ProgramSelect } from '../programs/ProgramSelect';
import { ReactivateUserDocument, ResendInvitationDocument, UsersDocument } from './operations';
import { UserStatusBadge } from './UserStatusBadge';

// The dialogs load when first opened (each is open while its user is set).
const ChangeAccessModal = lazyDialog(() => import('./ChangeAccessModal').then((m) => m.ChangeAccessModal), (props) => props.user !== null);
const DeactivateUserModal = lazyDialog(() => import('./DeactivateUserModal').then((m) => m.DeactivateUserModal), (props) => props.user !== null);
const InviteUserModal = lazyDialog(() => import('./InviteUserModal').then((m) => m.InviteUserModal));
const SystemAdminModal = lazyDialog(() => import('./SystemAdminModal').then((m) => m.SystemAdminModal), (props) => props.user !== null);

const PAGE_SIZE = 25;
const STATUSES = Object.values(UserStatus);
const column = createColumnHelper<UserRowFragment>();

const isRole = (value: string | null): value is Role => value !== null && (ROLES as readonly string[]).includes(value);
const isStatus = (value: string | null): value is UserStatus => value !== null && (STATUSES as readonly string[]).includes(value);

/** The programs, cohorts and site an account gives access to, as names. */
function AccessSummary({ access }: { access: UserRowFragment['access'] }) {
  const groups = [
    { label: 'Programs', names: access.programs.map((p) => p.name) },
    { label: 'Cohorts', names: access.cohorts.map((c) => c.name) },
    { label: access.sites.length === 1 ? 'Site' : 'Sites', names: access.sites.map((s) => s.name) },
  ].filter((group) => group.names.length > 0);
  if (groups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None in your programs
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {groups.map((group) => (
        <Text key={group.label} size="sm">
          <Text span size="xs" c="dimmed">
            {group.label}:
          </Text>{' '}
          {group.names.join(', ')}
        </Text>
      ))}
    </Stack>
  );
}

interface RowActions {
  canChangeAccess: boolean;
  /** A system administrator: may grant and revoke system administrator. */
  canGrantSystemAdmin: boolean;
  selfId: string;
  busy: boolean;
  onResend: (user: UserRowFragment) => void;
  onReactivate: (user: UserRowFragment) => void;
  onDeactivate: (user: UserRowFragment) => void;
  onChangeAccess: (user: UserRowFragment) => void;
  onSystemAdmin: (user: UserRowFragment) => void;
}

function UserActionsMenu({ user, actions }: { user: UserRowFragment; actions: RowActions }) {
  const isSelf = user.id === actions.selfId;
  const changeAccess = actions.canChangeAccess && user.role !== 'STUDENT';
  const deactivate = user.status !== 'DEACTIVATED' && !isSelf;
  const reactivate = user.status === 'DEACTIVATED';
  const resend = user.status === 'INVITED';
  // Granted to active director accounts; revoked from anyone who has it (the API keeps the last one).
  const systemAdmin = actions.canGrantSystemAdmin && (user.isSystemAdmin || (user.role === 'ADMIN' && user.status !== 'DEACTIVATED'));
  if (!changeAccess && !deactivate && !reactivate && !resend && !systemAdmin) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.displayName}`} disabled={actions.busy}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {resend && (
          <Menu.Item leftSection={<IconMailForward size={16} aria-hidden />} onClick={() => actions.onResend(user)}>
            Resend invitation
          </Menu.Item>
        )}
        {changeAccess && (
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => actions.onChangeAccess(user)}>
            Change access
          </Menu.Item>
        )}
        {systemAdmin && (
          <Menu.Item leftSection={<IconShieldCog size={16} aria-hidden />} onClick={() => actions.onSystemAdmin(user)}>
            {user.isSystemAdmin ? 'Remove system administrator' : 'Make system administrator'}
          </Menu.Item>
        )}
        {reactivate && (
          <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => actions.onReactivate(user)}>
            Reactivate
          </Menu.Item>
        )}
        {deactivate && (
          <Menu.Item color="red" leftSection={<IconUserOff size={16} aria-hidden />} onClick={() => actions.onDeactivate(user)}>
            Deactivate
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function userColumns(actions: RowActions) {
  return [
    column.accessor('displayName', {
      header: 'Name',
      cell: (info) => (
        <div>
          <Text size="sm" fw={600}>
            {info.getValue()}
          </Text>
          <Text size="xs" c="dimmed">
            {info.row.original.email}
          </Text>
        </div>
      ),
    }),
    column.accessor('role', {
      header: 'Role',
      cell: ({ row }) => (
        <Stack gap={2} align="flex-start">
          <span>{ROLE_LABELS[row.original.role]}</span>
          {row.original.isSystemAdmin && (
            <Badge size="sm" variant="light" color="grape" title="Edits the exams and competency library every program shares">
              System admin
            </Badge>
          )}
        </Stack>
      ),
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ row }) => (
        <Stack gap={2} align="flex-start">
          <UserStatusBadge status={row.original.status} />
          {row.original.status === 'DEACTIVATED' && row.original.disabledAt && (
            <Text size="xs" c="dimmed">
              since {formatDateTime(row.original.disabledAt)}
            </Text>
          )}
        </Stack>
      ),
    }),
    column.display({ id: 'access', header: 'Access', cell: ({ row }) => <AccessSummary access={row.original.access} /> }),
    column.accessor('lastSignInAt', {
      header: 'Last sign-in',
      cell: (info) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }} c={info.getValue() ? undefined : 'dimmed'}>
          {info.getValue() ? formatDateTime(info.getValue()) : 'Never'}
        </Text>
      ),
    }),
    column.display({
      id: 'actions',
      header: () => <VisuallyHidden>Actions</VisuallyHidden>,
      cell: ({ row }) => <UserActionsMenu user={row.original} actions={actions} />,
    }),
  ];
}

export function UsersPage() {
  usePageTitle('Users');
  const me = useCurrentUser();
  // Directors invite staff and change access; instructors look after their students' accounts.
  const isDirector = useCan('STAFF_MANAGE');
  const search = useDebouncedSearchParam('q');
  const [params, updateParams] = useUrlParams();
  const roleParam = params.get('role');
  const statusParam = params.get('status');
  const role = isRole(roleParam) ? roleParam : null;
  const status = isStatus(statusParam) ? statusParam : null;
  const programId = params.get('program');
  const pager = useCursorPagination(`${search.committed}|${role ?? ''}|${status ?? ''}|${programId ?? ''}`);
  const [inviteOpened, inviteModal] = useDisclosure(false);
  const [deactivating, setDeactivating] = useState<UserRowFragment | null>(null);
  const [changingAccess, setChangingAccess] = useState<UserRowFragment | null>(null);
  const canGrantSystemAdmin = useCan('SYSTEM_ADMIN_GRANT');
  const [systemAdminOf, setSystemAdminOf] = useState<UserRowFragment | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(UsersDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: { search: search.committed || null, role, status, programId } },
    notifyOnNetworkStatusChange: true,
  });
  const [resendInvitation, resendState] = useMutation(ResendInvitationDocument, { refetchQueries: [UsersDocument] });
  const [reactivateUser, reactivateState] = useMutation(ReactivateUserDocument, { refetchQueries: [UsersDocument] });
  const connection = (data ?? previousData)?.users;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(search.committed || role || status || programId);

  async function resend(user: UserRowFragment) {
    try {
      await resendInvitation({ variables: { userId: user.id } });
      notifications.show({ color: 'green', title: 'Invitation sent', message: `Invitation sent to ${user.email}. The previous link no longer works.` });
    } catch (cause) {
      notifications.show({ color: 'red', title: 'The invitation was not sent', message: toApiError(cause).message });
    }
  }

  async function reactivate(user: UserRowFragment) {
    try {
      const { data: result } = await reactivateUser({ variables: { userId: user.id } });
      notifications.show({
        color: 'green',
        title: 'Account reactivated',
        // Deactivating ended the invitation link, so someone who never set a password needs a new one.
        message:
          result?.reactivateUser.status === 'INVITED'
            ? `${user.displayName} has not set a password yet: resend the invitation so they get a working link.`
            : `${user.displayName} can sign in again.`,
      });
    } catch (cause) {
      notifications.show({ color: 'red', title: 'The account was not reactivated', message: toApiError(cause).message });
    }
  }

  const columns = userColumns({
    canChangeAccess: isDirector,
    canGrantSystemAdmin,
    onSystemAdmin: setSystemAdminOf,
    selfId: me.id,
    busy: resendState.loading || reactivateState.loading,
    onDeactivate: setDeactivating,
    onChangeAccess: setChangingAccess,
    onResend: (user) => void resend(user),
    onReactivate: (user) => void reactivate(user),
  });

  return (
    <>
      <PageHeader
        title="Users"
        description={
          isDirector
            ? 'Everyone with an account in your programs: invite staff, resend invitations, change access, deactivate.'
            : 'The sign-in accounts of the students in your cohorts.'
        }
        actions={
          isDirector && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={inviteModal.open}>
              Invite person
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Search users"
          placeholder="Name or email"
          leftSection={<IconSearch size={16} />}
          value={search.value}
          onChange={(event) => search.setValue(event.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        {isDirector && (
          <Select
            label="Role"
            placeholder="All roles"
            data={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
            value={role}
            onChange={(value) => updateParams({ role: value })}
            clearable
            w={{ base: '100%', sm: 180 }}
          />
        )}
        <Select
          label="Status"
          placeholder="All statuses"
          data={STATUSES.map((value) => ({ value, label: USER_STATUS_LABELS[value] }))}
          value={status}
          onChange={(value) => updateParams({ status: value })}
          clearable
          w={{ base: '100%', sm: 180 }}
        />
        <ProgramSelect allLabel="All programs" value={programId} onChange={(value) => updateParams({ program: value })} w={{ base: '100%', sm: 240 }} />
      </Group>
      {error && !connection ? (
        <QueryError error={error} what="the users" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading users" />
      ) : rows.length === 0 ? (
        <EmptyState title={filtered ? 'No users match' : 'No users yet'}>
          {filtered
            ? 'Check the spelling, or clear the filters.'
            : isDirector
              ? 'Invite staff with "Invite person". Students get an account when they are enrolled in a cohort.'
              : 'Your students appear here once they are enrolled in your cohorts.'}
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="the next page" onRetry={() => refetch()} />}
          <DataTable label="Users" data={rows} columns={columns} getRowId={(row) => row.id} stale={loading} />
          <CursorPager
            page={pager.page}
            pageSize={PAGE_SIZE}
            shown={rows.length}
            totalCount={connection.totalCount}
            hasPrevious={pager.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pager.previous}
            onNext={() => pager.next(connection.pageInfo.endCursor)}
            loading={loading}
          />
        </>
      )}
      {isDirector && <InviteUserModal opened={inviteOpened} onClose={inviteModal.close} />}
      {isDirector && <ChangeAccessModal user={changingAccess} onClose={() => setChangingAccess(null)} />}
      <DeactivateUserModal user={deactivating} onClose={() => setDeactivating(null)} />
      {canGrantSystemAdmin && <SystemAdminModal user={systemAdminOf} onClose={() => setSystemAdminOf(null)} />}
    </>
  );
}
