import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { AccountPage } from './AccountPage';
import { ChangePasswordDocument } from './operations';

const NEW_PASSWORD = 'lantern orchard pebble 42';

function change(result: object) {
  return { request: { query: ChangePasswordDocument, variables: { input: { currentPassword: 'old secret', newPassword: NEW_PASSWORD } } }, result };
}

async function fill(user: ReturnType<typeof renderWithApp>['user']) {
  await user.type(screen.getByLabelText(/^Current password/), 'old secret');
  await user.type(screen.getByLabelText(/^New password/), NEW_PASSWORD);
  await user.type(screen.getByLabelText(/^Confirm new password/), NEW_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('AccountPage', () => {
  it('shows who is signed in and changes the password', async () => {
    const { user } = renderWithApp(<AccountPage />, { user: USERS.preceptor, mocks: [change({ data: { changePassword: true } })] });
    expect(screen.getByText('Pat Preceptor')).toBeVisible();
    expect(screen.getByText('pat@pharmacy.example')).toBeVisible();
    expect(screen.getByText('Preceptor')).toBeVisible();

    await fill(user);
    expect(await screen.findByText('Password changed. Other sessions were signed out.')).toBeVisible();
    expect(screen.getByLabelText(/^Current password/)).toHaveValue('');
  });

  it('puts the server’s refusal beside the field it is about', async () => {
    const { user } = renderWithApp(<AccountPage />, {
      user: USERS.admin,
      mocks: [
        change({
          errors: [
            {
              message: 'currentPassword: this is not your current password.',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword', message: 'is not your current password' }] },
            },
          ],
        }),
      ],
    });
    await fill(user);
    expect(await screen.findByText('This is not your current password.')).toBeVisible();
    expect(screen.getByLabelText(/^Current password/)).toHaveAttribute('aria-invalid', 'true');
    // Nothing was changed, so nothing is cleared
    expect(screen.getByLabelText(/^Current password/)).toHaveValue('old secret');
  });
});
