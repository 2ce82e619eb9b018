import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';
import { NotificationPreferencesDocument, UpdateNotificationPreferencesDocument } from './operations';

const PREFERENCES = {
  __typename: 'NotificationPreferences',
  digestHour: 7,
  kinds: [{ __typename: 'NotificationKindSetting', kind: 'PLACEMENT_CREATED', label: 'New placements', email: true, digest: null }],
};

describe('NotificationPreferencesPage', () => {
  it('shows a refused save in the alert above the form', async () => {
    const { user } = renderWithApp(<NotificationPreferencesPage />, {
      user: USERS.preceptor,
      mocks: [
        { request: { query: NotificationPreferencesDocument }, result: { data: { notificationPreferences: PREFERENCES } } },
        {
          request: { query: UpdateNotificationPreferencesDocument, variables: { input: { digestHour: 7, emailOff: ['PLACEMENT_CREATED'] } } },
          result: { errors: [{ message: 'Your account may not change these preferences.', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    await user.click(await screen.findByRole('checkbox', { name: 'New placements' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('Your account may not change these preferences.');
    expect(screen.queryByText('Your notification preferences are saved.')).not.toBeInTheDocument();
  });
});
