import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocationProbe, USERS, renderWithApp } from '../../test/render';
import { LoginPage } from './LoginPage';
import { LoginDocument, MeDocument } from './operations';

const signedOut = { request: { query: MeDocument }, result: { data: { me: null } } };

function loginFails(message: string, code: string) {
  return {
    request: { query: LoginDocument, variables: { input: { email: 'dana@college.edu', password: 'wrong-password' } } },
    result: { errors: [{ message, extensions: { code } }] },
  };
}

async function signIn(user: ReturnType<typeof renderWithApp>['user'], email: string, password: string) {
  await user.type(screen.getByLabelText(/^Email/), email);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('shows the message the API gives for a wrong password', async () => {
    const { user } = renderWithApp(<LoginPage />, {
      path: '/login',
      initialEntry: '/login',
      mocks: [signedOut, loginFails('Email or password is incorrect.', 'UNAUTHENTICATED')],
    });
    await signIn(user, 'dana@college.edu', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(document.title).toBe('Sign in · Externship portal');
  });

  it('shows the throttling message after too many attempts', async () => {
    const { user } = renderWithApp(<LoginPage />, {
      path: '/login',
      initialEntry: '/login',
      mocks: [signedOut, loginFails('Too many sign-in attempts. Try again in 15 minutes.', 'TOO_MANY_REQUESTS')],
    });
    await signIn(user, 'dana@college.edu', 'wrong-password');
    expect(await screen.findByText('Too many sign-in attempts. Try again in 15 minutes.')).toBeVisible();
  });

  it('checks the fields before asking the server', async () => {
    const { user } = renderWithApp(<LoginPage />, { path: '/login', initialEntry: '/login', mocks: [signedOut] });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address')).toBeVisible();
    expect(screen.getByText('Enter your password')).toBeVisible();
  });

  it('after signing in, goes to the page the user was heading for', async () => {
    const { user } = renderWithApp(<LoginPage />, {
      path: '/login',
      initialEntry: { pathname: '/login', state: { from: '/cohorts/c-1?q=ana' } },
      routes: [{ path: '/cohorts/:id', element: <LocationProbe /> }],
      mocks: [
        signedOut,
        {
          request: { query: LoginDocument, variables: { input: { email: 'dana@college.edu', password: 'correct horse' } } },
          result: { data: { login: { __typename: 'AuthPayload', user: USERS.admin } } },
        },
      ],
    });
    await signIn(user, 'dana@college.edu', 'correct horse');
    expect(await screen.findByTestId('location')).toHaveTextContent('/cohorts/c-1?q=ana');
  });
});
