import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { ResetPasswordDocument } from './operations';
import { ResetPasswordPage } from './ResetPasswordPage';

const TOKEN = 'r3Yq0v1n8Zb2c4d6e8f0g2h4';
const PASSWORD = 'lantern orchard pebble 42';

function reset(result: object) {
  return { request: { query: ResetPasswordDocument, variables: { input: { token: TOKEN, password: PASSWORD } } }, result };
}

async function submit(user: ReturnType<typeof renderWithApp>['user']) {
  await user.type(screen.getByLabelText(/^New password/), PASSWORD);
  await user.type(screen.getByLabelText(/^Confirm new password/), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Save password and sign in' }));
}

describe('ResetPasswordPage', () => {
  it('explains a used link and offers a new one', async () => {
    const message = 'This password reset link was already used or replaced by a newer one. Ask for a new link with "Forgot password" on the sign-in page.';
    const { user } = renderWithApp(<ResetPasswordPage />, {
      path: '/reset-password/:token',
      initialEntry: `/reset-password/${TOKEN}`,
      mocks: [reset({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] })],
    });
    await submit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('lands the person signed in on their home page', async () => {
    const { user } = renderWithApp(<ResetPasswordPage />, {
      path: '/reset-password/:token',
      initialEntry: `/reset-password/${TOKEN}`,
      mocks: [reset({ data: { resetPassword: { __typename: 'AuthPayload', user: USERS.admin } } })],
    });
    await submit(user);
    // renderWithApp's catch-all route shows where the router went
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(screen.getByText('You are signed in. Any other sessions were signed out.')).toBeVisible();
  });
});
