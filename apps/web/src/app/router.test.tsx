import { ApolloClient, ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { MeDocument } from '../features/auth/operations';
import { CohortDocument, CohortsDocument, RosterDocument } from '../features/cohorts/operations';
import { MyEnrollmentsDocument } from '../features/hours/operations';
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

/** A client over mocked network answers (each answers once), recording the operations it sends. */
function mockedClient(mocks: ReadonlyArray<MockLink.MockedResponse>, sent: string[] = []) {
  const cache = createCache();
  const record = new ApolloLink((operation, forward) => {
    sent.push(`${operation.operationName} ${JSON.stringify(operation.variables)}`);
    return forward(operation);
  });
  return new ApolloClient({ cache, link: ApolloLink.from([signedOutLink(cache), record, new MockLink(mocks)]) });
}

/** The real routes, auth guard and UNAUTHENTICATED handling, over mocked network answers. */
function renderAt(path: string, mocks: ReadonlyArray<MockLink.MockedResponse>, client = mockedClient(mocks)) {
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

  it('starts nothing but the page when opened at an address outside sign-in', () => {
    const sent: string[] = [];
    const client = mockedClient([], sent);
    preloadRoute({ pathname: '/login', search: '' }, client);
    preloadRoute({ pathname: '/reset-password/abc', search: '' }, client);
    expect(sent).toEqual([]);
  });

  it("opened at a cohort's address, starts the session check, the cohort and its roster at once, and the page shows them without asking again", async () => {
    const cohort = {
      __typename: 'Cohort', id: 'c-1', code: 'PT-2026-FA', name: 'Fall evening', startDate: '2026-09-01', expectedEndDate: '2027-06-30',
      externshipStartDate: '2027-03-01', externshipEndDate: '2027-05-31', activeCount: 1, enrollmentCount: 1,
      program: { __typename: 'Program', id: 'p-1', name: 'Pharmacy Technician Diploma', timeZone: 'America/Chicago' }, instructors: [],
    };
    const rosterVariables = {
      first: 50, after: null, filter: { cohortId: 'c-1', search: 'ana', statuses: ['ENROLLED'] }, orderBy: { field: 'STATUS', direction: 'DESC' },
    };
    const ana = {
      __typename: 'EnrollmentEdge', cursor: 'e-1',
      node: {
        __typename: 'Enrollment', id: 'e-1', enrolledOn: '2026-09-01', status: 'ENROLLED', statusSince: '2026-09-01',
        student: { __typename: 'Student', id: 's-1', fullName: 'Ana Diaz', studentNumber: 'PT-001' },
        progress: {
          __typename: 'HoursProgress', requiredMinutes: 24000, approvedMinutes: 6000, pendingMinutes: 0, projectedCompletionDate: null,
          complete: false, atRisk: false, atRiskReason: null,
        },
      },
    };
    const sent: string[] = [];
    // Each answer is there once: a second request for any of them would fail and the page would show an error.
    const client = mockedClient(
      [
        signedInAs(USERS.instructor),
        { request: { query: CohortDocument, variables: { id: 'c-1' } }, result: { data: { cohort } } },
        {
          request: { query: RosterDocument, variables: rosterVariables },
          result: {
            data: {
              enrollments: {
                __typename: 'EnrollmentConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'e-1' }, edges: [ana],
              },
            },
          },
        },
      ],
      sent,
    );
    const address = '/cohorts/c-1?q=ana&status=ENROLLED&sort=STATUS&dir=desc&size=50';
    preloadRoute({ pathname: '/cohorts/c-1', search: '?q=ana&status=ENROLLED&sort=STATUS&dir=desc&size=50' }, client);
    expect(sent).toEqual(['Me {}', 'Cohort {"id":"c-1"}', `Roster ${JSON.stringify(rosterVariables)}`]);

    renderAt(address, [], client);
    expect(await screen.findByRole('heading', { name: 'PT-2026-FA · Fall evening' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Ana Diaz' })).toBeVisible();
    expect(sent.filter((operation) => !operation.startsWith('UnreadNotificationCount'))).toHaveLength(3);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("opened at a student's hours page, asks for their enrollments as soon as the session check says who they are", async () => {
    const sent: string[] = [];
    const enrollments = {
      request: { query: MyEnrollmentsDocument, variables: { studentId: 's-1' } },
      result: { data: { student: { __typename: 'Student', id: 's-1', firstName: 'Sam', enrollments: [] } } },
    };
    preloadRoute({ pathname: '/hours/log', search: '' }, mockedClient([signedInAs(USERS.student), enrollments], sent));
    expect(sent).toEqual(['Me {}']);
    await vi.waitFor(() => expect(sent).toEqual(['Me {}', 'MyEnrollments {"studentId":"s-1"}']));
  });
});
