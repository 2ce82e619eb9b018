import { ApolloClient, ApolloLink } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache, signedOutLink } from '../../app/apollo';
import { AppProviders } from '../../app/providers';
import { routes } from '../../app/router';
import { USERS, renderWithApp } from '../../test/render';
import { MeDocument } from '../auth/operations';
import { InvitationPage } from './InvitationPage';
import { AcceptInvitationDocument, InvitationDocument } from './operations';

const TOKEN = 'k3Yq0v1n8Zb2c4d6e8f0g2h4';
const PASSWORD = 'lantern orchard pebble 42';

const validInvitation = {
  request: { query: InvitationDocument, variables: { token: TOKEN } },
  result: {
    data: {
      invitation: { __typename: 'InvitationInfo', email: 'ivan@college.edu', displayName: 'Ivan Instructor', role: 'INSTRUCTOR', expiresAt: '2026-03-08T12:00:00.000Z' },
    },
  },
};

function accept(result: object) {
  return { request: { query: AcceptInvitationDocument, variables: { input: { token: TOKEN, password: PASSWORD } } }, result };
}

/** Shows who the cache says is signed in, without asking the server. */
function SignedInProbe() {
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-only' });
  return <div data-testid="signed-in">{data?.me?.displayName ?? 'nobody'}</div>;
}

function renderInvitation(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return renderWithApp(<InvitationPage />, {
    path: '/invitation/:token',
    initialEntry: `/invitation/${TOKEN}`,
    routes: [{ path: '/', element: <SignedInProbe /> }],
    mocks,
  });
}

async function setPassword(user: ReturnType<typeof renderWithApp>['user'], password: string, confirmation = password) {
  await user.type(await screen.findByLabelText(/^New password/), password);
  await user.type(screen.getByLabelText(/^Confirm new password/), confirmation);
  await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
}

describe('InvitationPage', () => {
  it('explains an expired link with the server’s words and offers to sign in', async () => {
    const message = 'This invitation expired on 2026-03-01 10:00 UTC. Ask your program director or instructor to send a new invitation.';
    renderInvitation([{ request: validInvitation.request, result: { errors: [{ message, extensions: { code: 'NOT_FOUND' } }] } }]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This invitation link does not work');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('welcomes the person, sets the password and lands them signed in', async () => {
    const { user } = renderInvitation([validInvitation, accept({ data: { acceptInvitation: { __typename: 'AuthPayload', user: USERS.instructor } } })]);

    expect(await screen.findByRole('heading', { name: 'Welcome, Ivan Instructor' })).toBeVisible();
    expect(screen.getByText('Instructor')).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveValue('ivan@college.edu');
    expect(screen.getByText(/At least 12 characters/)).toBeVisible();
    expect(document.title).toBe('Accept your invitation · Externship portal');

    await setPassword(user, PASSWORD);
    expect(await screen.findByTestId('signed-in')).toHaveTextContent('Ivan Instructor');
  });

  it('shows why the server refused the password beside the field', async () => {
    const problem = 'This password is too easy to guess. Add more words or characters that do not follow a pattern.';
    const { user } = renderInvitation([
      validInvitation,
      accept({ errors: [{ message: `password: ${problem}`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: problem }] } }] }),
    ]);
    await setPassword(user, PASSWORD);
    expect(await screen.findByText(problem)).toBeVisible();
    expect(screen.getByLabelText(/^New password/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(expect.stringContaining(problem));
    expect(screen.queryByTestId('signed-in')).not.toBeInTheDocument();
  });

  it('checks the length and the confirmation before asking the server', async () => {
    const { user } = renderInvitation([validInvitation]);
    await setPassword(user, 'short', 'shorter');
    expect(await screen.findByText('Use at least 12 characters')).toBeVisible();
    await user.clear(screen.getByLabelText(/^New password/));
    await user.type(screen.getByLabelText(/^New password/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByText('The two passwords do not match')).toBeVisible();
  });

  it('opens from the emailed link without signing in first', async () => {
    const cache = createCache();
    const client = new ApolloClient({ cache, link: ApolloLink.from([signedOutLink(cache), new MockLink([validInvitation])]) });
    const router = createMemoryRouter(routes, { initialEntries: [`/invitation/${TOKEN}`] });
    render(
      <AppProviders client={client} env="test">
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: 'Welcome, Ivan Instructor' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/invitation/${TOKEN}`);
  });
});
