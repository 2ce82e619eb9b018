import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { NotificationBell } from './NotificationBell';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';
import { NotificationsPage } from './NotificationsPage';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationPreferencesDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  UpdateNotificationPreferencesDocument,
} from './operations';

const count = (n: number) => ({ request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: n } } });

function item(id: string, title: string, link: string, readAt: string | null = null) {
  return {
    __typename: 'Notification',
    id,
    kind: 'HOURS_SENT_BACK',
    title,
    body: 'Pat Preceptor asked: "Which pharmacist supervised you?"',
    link,
    itemCount: 1,
    createdAt: '2026-03-05T14:00:00.000Z',
    updatedAt: '2026-03-05T14:00:00.000Z',
    readAt,
    emailStatus: 'SENT',
    emailedAt: '2026-03-05T14:01:00.000Z',
    digest: null,
    programName: 'Riverside Pharmacy Technician Program',
  };
}

const inbox = {
  request: { query: NotificationsDocument, variables: { first: 25, after: null, unreadOnly: false } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [
          { __typename: 'NotificationEdge', cursor: 'c1', node: item('n-1', 'Your hours of Thu, Mar 5 (4 h) were sent back for more information', '/hours?entry=h-1') },
          { __typename: 'NotificationEdge', cursor: 'c2', node: item('n-2', 'You are placed at Main Street Pharmacy', '/me', '2026-03-01T10:00:00.000Z') },
        ],
      },
    },
  },
};

describe('notifications', () => {
  it('shows the unread count on the bell, which leads to the inbox', async () => {
    const { user } = renderWithApp(<NotificationBell />, { user: USERS.student, mocks: [count(3)] });
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    await user.click(bell);
    expect(await screen.findByTestId('location')).toHaveTextContent('/notifications');
  });

  it('lists notifications newest first; opening one marks it read and goes to what it is about', async () => {
    const { user } = renderWithApp(<NotificationsPage />, {
      user: USERS.student,
      initialEntry: '/notifications',
      path: '/notifications',
      mocks: [
        inbox,
        count(1),
        { request: { query: MarkNotificationReadDocument, variables: { id: 'n-1' } }, result: { data: { markNotificationRead: { __typename: 'Notification', id: 'n-1', readAt: '2026-03-05T15:00:00.000Z' } } } },
        count(0),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Notifications' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByText('Unread')).toBeInTheDocument();
    expect(within(cards[1]).queryByText('Unread')).not.toBeInTheDocument();
    expect(within(cards[0]).getByText(/Which pharmacist supervised you/)).toBeInTheDocument();
    await user.click(within(cards[0]).getByRole('link', { name: /were sent back for more information/ }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/hours?entry=h-1');
  });

  it('marks everything read at once', async () => {
    const { user } = renderWithApp(<NotificationsPage />, {
      user: USERS.student,
      initialEntry: '/notifications',
      path: '/notifications',
      mocks: [inbox, count(1), { request: { query: MarkAllNotificationsReadDocument }, result: { data: { markAllNotificationsRead: 1 } } }, count(0), inbox],
    });
    const button = await screen.findByRole('button', { name: 'Mark all read' });
    await screen.findByRole('list', { name: 'Notifications' });
    await user.click(button);
    expect(await screen.findByText('1 notification marked read.')).toBeInTheDocument();
  });

  it('saves which kinds are emailed and the digest hour', async () => {
    const prefs = (email: boolean, digestHour: number) => ({
      __typename: 'NotificationPreferences',
      digestHour,
      kinds: [
        { __typename: 'NotificationKindSetting', kind: 'HOURS_WAITING', label: 'New hours waiting for your review (daily summary)', email, digest: 'DAILY' },
        { __typename: 'NotificationKindSetting', kind: 'PLACEMENT_CREATED', label: 'New placements', email: true, digest: null },
      ],
    });
    const { user } = renderWithApp(<NotificationPreferencesPage />, {
      user: USERS.preceptor,
      mocks: [
        { request: { query: NotificationPreferencesDocument }, result: { data: { notificationPreferences: prefs(true, 7) } } },
        {
          request: { query: UpdateNotificationPreferencesDocument, variables: { input: { digestHour: 7, emailOff: ['HOURS_WAITING'] } } },
          result: { data: { updateNotificationPreferences: prefs(false, 7) } },
        },
      ],
    });
    const box = await screen.findByRole('checkbox', { name: 'New hours waiting for your review (daily summary)' });
    expect(box).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Send my summaries at/ })).toHaveValue('7:00 AM');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Your notification preferences are saved.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'New hours waiting for your review (daily summary)' })).not.toBeChecked();
  });
});
