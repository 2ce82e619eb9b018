import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { LoginPage } from './LoginPage';
import { MeDocument } from './operations';
import { AuthConfigDocument } from './sso-operations';

const signedOut = { request: { query: MeDocument }, result: { data: { me: null } } };
const authConfig = (passwordLoginEnabled: boolean, ssoEnabled: boolean) => ({
  request: { query: AuthConfigDocument },
  result: { data: { authConfig: { __typename: 'AuthConfig', passwordLoginEnabled, ssoEnabled, ssoLabel: 'Sign in with Riverside College' } } },
});

describe('single sign-on on the login page', () => {
  it('offers the institution button beside the password form, returning to where the user was going', async () => {
    renderWithApp(<LoginPage />, {
      path: '/login',
      initialEntry: { pathname: '/login', state: { from: '/cohorts/c-1' } },
      mocks: [signedOut, authConfig(true, true)],
    });
    const sso = await screen.findByRole('link', { name: 'Sign in with Riverside College' });
    expect(sso).toHaveAttribute('href', '/api/auth/sso/start?returnTo=%2Fcohorts%2Fc-1');
    expect(screen.getByLabelText(/^Password/)).toBeVisible();
  });

  it('shows only the SSO button when password sign-in is turned off', async () => {
    renderWithApp(<LoginPage />, { path: '/login', initialEntry: '/login', mocks: [signedOut, authConfig(false, true)] });
    expect(await screen.findByRole('link', { name: 'Sign in with Riverside College' })).toBeVisible();
    expect(screen.queryByLabelText(/^Password/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('shows no SSO button when SSO is not configured', async () => {
    renderWithApp(<LoginPage />, { path: '/login', initialEntry: '/login', mocks: [signedOut, authConfig(true, false)] });
    expect(await screen.findByLabelText(/^Password/)).toBeVisible();
    await screen.findByRole('button', { name: 'Sign in' });
    expect(screen.queryByRole('link', { name: /Riverside/ })).not.toBeInTheDocument();
  });

  it('puts a failed SSO attempt into words', async () => {
    renderWithApp(<LoginPage />, { path: '/login', initialEntry: '/login?sso_error=no_account', mocks: [signedOut, authConfig(true, true)] });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Single sign-on did not work');
    expect(alert).toHaveTextContent('There is no account here for the email address your institution gave us');
  });

  it('has a general message for a code it does not know', async () => {
    renderWithApp(<LoginPage />, { path: '/login', initialEntry: '/login?sso_error=something_new', mocks: [signedOut, authConfig(true, true)] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Single sign-on did not finish');
  });
});
