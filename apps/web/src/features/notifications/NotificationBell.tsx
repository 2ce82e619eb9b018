import { useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from 'react-router';
import { UnreadNotificationCountDocument } from './operations';

/** How often the bell asks for news (a count is one cheap indexed statement). */
export const BELL_POLL_MS = 60_000;

/** The header's bell: unread count, and the way to the inbox. */
export function NotificationBell() {
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: BELL_POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = data?.unreadNotificationCount ?? 0;
  // No count until it is known: "none unread" while loading would be a claim, not a fact.
  const label = !data ? 'Notifications' : unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    <Tooltip label={label} withArrow>
      <Indicator label={unread > 99 ? '99+' : unread} size={16} color="red" disabled={unread === 0} offset={4}>
        <ActionIcon component={Link} to="/notifications" variant="subtle" color="gray" size="lg" aria-label={label}>
          <IconBell size={20} aria-hidden />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
