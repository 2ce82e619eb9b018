import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import { IconChecks, IconSettings } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { NotificationItemFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { toApiError } from '../../lib/graphql-errors';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlParams } from '../../lib/useSearchParamState';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from './operations';

const PAGE_SIZE = 25;

const EMAIL_WORDS: Record<NotificationItemFragment['emailStatus'], string | null> = {
  NONE: null,
  PENDING: 'Email to follow',
  QUEUED: 'Email being sent',
  SENT: 'Emailed',
};

function NotificationCard({ item, onOpen, onMarkRead }: { item: NotificationItemFragment; onOpen: () => void; onMarkRead: () => void }) {
  const unread = item.readAt === null;
  const email = item.emailStatus === 'PENDING' && item.digest ? `In your ${item.digest === 'DAILY' ? 'daily' : 'weekly'} email summary` : EMAIL_WORDS[item.emailStatus];
  return (
    <Card component="li" withBorder padding="sm" bg={unread ? 'var(--mantine-color-blue-light)' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={item.link}
            onClick={(event) => {
              event.preventDefault();
              onOpen();
            }}
            fw={unread ? 700 : 500}
            c="inherit"
          >
            {item.title}
          </Anchor>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.body}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(item.updatedAt)} · {item.programName}
            {email ? ` · ${email}` : ''}
          </Text>
        </Stack>
        <Stack gap={6} align="flex-end">
          {unread && (
            <Badge size="sm" variant="filled">
              Unread
            </Badge>
          )}
          {unread && (
            <Button size="compact-xs" variant="subtle" onClick={onMarkRead} aria-label={`Mark read: ${item.title}`}>
              Mark read
            </Button>
          )}
        </Stack>
      </Group>
    </Card>
  );
}

/** The inbox: newest first; opening an item marks it read and goes to what it is about. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const navigate = useNavigate();
  const [params, updateParams] = useUrlParams();
  const unreadOnly = params.get('show') === 'unread';
  const pager = useCursorPagination(unreadOnly ? 'unread' : 'all');
  const { data, previousData, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, unreadOnly },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const refreshCount = { refetchQueries: [UnreadNotificationCountDocument] };
  const [markRead] = useMutation(MarkNotificationReadDocument, refreshCount);
  const [markAllRead, markAll] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries: [UnreadNotificationCountDocument, NotificationsDocument] });
  const unreadCount = useQuery(UnreadNotificationCountDocument).data?.unreadNotificationCount ?? 0;
  const connection = (data ?? previousData)?.notifications;
  const items = connection?.edges.map((e) => e.node) ?? [];

  async function read(item: NotificationItemFragment) {
    if (item.readAt) return;
    try {
      await markRead({ variables: { id: item.id } });
    } catch (err) {
      toast.show({ color: 'red', title: 'Could not mark it read', message: toApiError(err).message });
    }
  }

  async function readAll() {
    try {
      const r = await markAllRead();
      const n = r.data?.markAllNotificationsRead ?? 0;
      toast.show({ color: 'green', message: n === 1 ? '1 notification marked read.' : `${n} notifications marked read.` });
    } catch (err) {
      toast.show({ color: 'red', title: 'Could not mark them read', message: toApiError(err).message });
    }
  }

  return (
    <>
      <PageHeader
        title="Notifications"
        description="What happened to your hours, placements, documents and deadlines. Open one to go to what it is about."
        actions={
          <>
            <Button variant="light" leftSection={<IconChecks size={16} />} onClick={() => void readAll()} loading={markAll.loading} disabled={unreadCount === 0}>
              Mark all read
            </Button>
            <Button component={Link} to="/notifications/preferences" variant="default" leftSection={<IconSettings size={16} />}>
              Preferences
            </Button>
          </>
        }
      />
      <SegmentedControl
        mb="md"
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => updateParams({ show: value === 'unread' ? 'unread' : null })}
        data={[
          { value: 'all', label: 'All' },
          { value: 'unread', label: 'Unread' },
        ]}
        aria-label="Show"
      />
      {error && !connection ? (
        <QueryError error={error} what="your notifications" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading your notifications" />
      ) : items.length === 0 ? (
        <EmptyState title={unreadOnly ? 'Nothing unread' : 'No notifications yet'}>
          {unreadOnly ? 'You are up to date.' : 'Reviews of your hours, new placements and deadlines will appear here.'}
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="this page of your notifications" onRetry={() => refetch()} />}
          <Stack component="ul" aria-label="Notifications" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <NotificationCard
                key={item.id}
                item={item}
                onMarkRead={() => void read(item)}
                onOpen={() => {
                  void read(item);
                  navigate(item.link);
                }}
              />
            ))}
          </Stack>
          <CursorPager
            page={pager.page}
            pageSize={PAGE_SIZE}
            shown={items.length}
            totalCount={connection.totalCount}
            hasPrevious={pager.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pager.previous}
            onNext={() => pager.next(connection.pageInfo.endCursor)}
            loading={loading}
          />
        </>
      )}
    </>
  );
}
