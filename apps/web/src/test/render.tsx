import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter, useLocation, type RouteObject } from 'react-router';
import { CurrentUserProvider, type CurrentUser } from '../app/auth/CurrentUser';
import { theme } from '../app/theme';

export const USERS = {
  admin: { __typename: 'User', id: 'u-admin', email: 'dana@college.edu', displayName: 'Dana Director', role: 'ADMIN', permissions: [], studentId: null, timeZone: null },
  instructor: { __typename: 'User', id: 'u-inst', email: 'ivan@college.edu', displayName: 'Ivan Instructor', role: 'INSTRUCTOR', permissions: [], studentId: null, timeZone: null },
  preceptor: { __typename: 'User', id: 'u-prec', email: 'pat@pharmacy.example', displayName: 'Pat Preceptor', role: 'PRECEPTOR', permissions: [], studentId: null, timeZone: null },
  student: { __typename: 'User', id: 'u-stud', email: 'sam@college.edu', displayName: 'Sam Student', role: 'STUDENT', permissions: [], studentId: 's-1', timeZone: null },
} satisfies Record<string, CurrentUser & { __typename: 'User' }>;

/** Shows where the router ended up, for asserting redirects. */
export function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** Where the memory router starts: a path or a location with state. */
  initialEntry?: string | { pathname: string; state?: unknown };
  /** The route pattern `ui` is mounted on. */
  path?: string;
  /** Wraps `ui` as the signed-in user. */
  user?: CurrentUser;
  routes?: RouteObject[];
}

/** The app's theme with transitions off for a user who prefers reduced motion, as every test user does (test/setup.ts). */
const testTheme = { ...theme, respectReducedMotion: true };

/** Renders a page or component with Apollo mocks, Mantine (no transitions, no portals) and a memory router. */
export function renderWithApp(ui: ReactElement, options: RenderOptions = {}) {
  const { mocks = [], initialEntry = '/', path = '/', user, routes = [] } = options;
  const element = user ? <CurrentUserProvider user={user}>{ui}</CurrentUserProvider> : ui;
  const router = createMemoryRouter(
    [{ path, element }, ...routes, { path: '*', element: <LocationProbe /> }],
    { initialEntries: [initialEntry] },
  );
  const events = userEvent.setup();
  const result = render(
    <MockedProvider mocks={mocks}>
      <MantineProvider theme={testTheme} env="test">
        <ModalsProvider>
          <Notifications />
          <RouterProvider router={router} />
        </ModalsProvider>
      </MantineProvider>
    </MockedProvider>,
  );
  return { ...result, router, user: events };
}
