import { ApolloClient, ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { MeDocument } from '../features/auth/operations';
import { CohortsDocument } from '../features/cohorts/operations';
import { ProgramOptionsDocument } from '../features/programs/ProgramSelect';
import { ReviewQueueDocument } from '../features/review/operations';
import { USERS } from '../test/render';
import { createCache, signedOutLink } from './apollo';
import { AppProviders } from './providers';
import { preloadRoute, routes } from './router';

const programOptions = {
  request: { query: ProgramOptionsDocument },
  result: { data: { programs: { __typename: 'ProgramConnection', edges: [] } } },
};
const cohortsFirstPage = { query: CohortsDocument, variables: { first: 25, after: null, filter: { search: null, programId: null } } };

/** The real routes, auth guard and UNAUTHENTICATED handling, over mocked network answers. */
function renderAt(path: string, mocks: ReadonlyArray<MockLink.MockedResponse>) {
  const cache = createCache();
  const client = new ApolloClient({ cache, link: ApolloLink.from([signedOutLink(cache), new MockLink(mocks)]) });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders client={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

const signedInAs = (user: (typeof USERS)[keyof typeof USERS]) => ({
  request: { query: MeDocument },
  result: { data: { me: user } },
});

describe('routes', () => {
  it('sends a signed-out visitor to the sign-in page, remembering where they were going', async () => {
    const router = renderAt('/cohorts?q=fall', [{ request: { query: MeDocument }, result: { data: { me: null } } }]);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.state).toEqual({ from: '/cohorts?q=fall' });
  });

  it('sends a student from / to their own record', async () => {
    const router = renderAt('/', [signedInAs(USERS.student)]);
    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(router.state.location.pathname).toBe('/me');
  });

  it('sends staff from / to the cohorts', async () => {
    const router = renderAt('/', [
      signedInAs(USERS.instructor),
      programOptions,
      {
        request: cohortsFirstPage,
        result: {
          data: {
            cohorts: {
              __typename: 'CohortConnection',
              totalCount: 0,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [],
            },
          },
        },
      },
    ]);
    expect(await screen.findByText('You will see your cohorts here once you are assigned to one.')).toBeVisible();
    expect(router.state.location.pathname).toBe('/cohorts');
    expect(document.title).toBe('Cohorts · Externship portal');
  });

  it('sends a preceptor from / to the hours waiting for their review', async () => {
    const router = renderAt('/', [
      signedInAs(USERS.preceptor),
      {
        request: {
          query: ReviewQueueDocument,
          variables: { first: 25, after: null, filter: { statuses: ['SUBMITTED'], cohortId: null, siteId: null } },
        },
        result: {
          data: {
            hourEntries: {
              __typename: 'HourEntryConnection',
              totalCount: 0,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [],
            },
          },
        },
      },
    ]);
    expect(await screen.findByText('Nothing waiting for review')).toBeVisible();
    expect(router.state.location.pathname).toBe('/review');
    expect(document.title).toBe('Review hours · Externship portal');
  });

  it('returns to the sign-in page when the session has expired', async () => {
    const router = renderAt('/cohorts', [
      signedInAs(USERS.instructor),
      programOptions,
      { request: cohortsFirstPage, result: { errors: [{ message: 'Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] } },
    ]);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(router.state.location.state).toEqual({ from: '/cohorts' });
  });

  it('hides the programs page from instructors', async () => {
    renderAt('/programs', [signedInAs(USERS.instructor)]);
    expect(await screen.findByRole('heading', { name: 'This page is not available for your role' })).toBeVisible();
  });

  it('tells a student who opens a staff page by URL that it is not for their role, with a way home', async () => {
    const router = renderAt('/users', [signedInAs(USERS.student)]);
    expect(await screen.findByRole('heading', { name: 'This page is not available for your role' }, { timeout: 10_000 })).toBeVisible();
    expect(document.title).toBe('Not available · Externship portal');
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
    screen.getByRole('link', { name: 'Go to your home page' }).click();
    await screen.findByRole('navigation', { name: 'Main navigation' });
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/me'));
  });

  it('has a page for unknown addresses', async () => {
    renderAt('/no-such-page', [signedInAs(USERS.admin)]);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  it('starts the session check with the page only for addresses behind sign-in', () => {
    expect(preloadRoute('/cohorts/3f1c').signedIn).toBe(true);
    expect(preloadRoute('/notifications/preferences').signedIn).toBe(true);
    expect(preloadRoute('/login').signedIn).toBe(false);
    expect(preloadRoute('/reset-password/abc').signedIn).toBe(false);
  });
});
