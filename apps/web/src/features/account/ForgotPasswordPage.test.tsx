import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { LoginPage } from '../auth/LoginPage';
import { MeDocument } from '../auth/operations';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { RequestPasswordResetDocument } from './operations';

function requested(email: string) {
  return { request: { query: RequestPasswordResetDocument, variables: { input: { email } } }, result: { data: { requestPasswordReset: true } } };
}

describe('ForgotPasswordPage', () => {
  it.each(['dana@college.edu', 'nobody@example.org'])('gives the same answer for %s, whether or not it has an account', async (email) => {
    const { user } = renderWithApp(<ForgotPasswordPage />, { path: '/forgot-password', initialEntry: '/forgot-password', mocks: [requested(email)] });
    await user.type(screen.getByLabelText(/^Email/), email);
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      `If an account exists for ${email}, we sent a link to reset the password. It works for 1 hour.`,
    );
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute('href', '/login');
  });

  it('checks the address before asking the server', async () => {
    const { user } = renderWithApp(<ForgotPasswordPage />, { path: '/forgot-password', initialEntry: '/forgot-password' });
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText('Enter your email address')).toBeVisible();
    await user.type(screen.getByLabelText(/^Email/), 'dana');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText('Enter a valid email address')).toBeVisible();
  });

  it('says so when the server could not take the request', async () => {
    const { user } = renderWithApp(<ForgotPasswordPage />, {
      path: '/forgot-password',
      initialEntry: '/forgot-password',
      mocks: [
        {
          request: requested('dana@college.edu').request,
          result: { errors: [{ message: 'Too many requests. Wait a minute, then try again.', extensions: { code: 'TOO_MANY_REQUESTS' } }] },
        },
      ],
    });
    await user.type(screen.getByLabelText(/^Email/), 'dana@college.edu');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests. Wait a minute, then try again.');
  });
});

describe('the sign-in page', () => {
  it('links to "Forgot password?" under the password field', async () => {
    renderWithApp(<LoginPage />, { path: '/login', initialEntry: '/login', mocks: [{ request: { query: MeDocument }, result: { data: { me: null } } }] });
    const link = screen.getByRole('link', { name: 'Forgot password?' });
    expect(link).toHaveAttribute('href', '/forgot-password');
    // Right after the password in the reading (and tab) order
    const password = screen.getByLabelText(/^Password/);
    expect(password.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(link.compareDocumentPosition(screen.getByRole('button', { name: 'Sign in' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
