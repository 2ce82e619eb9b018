import type { ApolloClient } from '@apollo/client';
import type { Permission } from '@ptp/shared';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { MeDocument } from '../features/auth/operations';
import { preloadCohortPage } from '../features/cohorts/page-queries';
import { preloadMyHoursPages } from '../features/hours/page-queries';
import { preloadReviewPage } from '../features/review/page-queries';
import { RequireAuth } from './auth/CurrentUser';
import { RequirePermission } from './auth/RequirePermission';
import { lazyPage, type LazyPageComponent } from './lazyPage';
import type { PagePreload } from './page-preload';
import { HomeRedirect, NotFoundPage, RouteErrorPage, WelcomePage } from './pages';

// Each page is its own chunk, fetched when first opened: the sign-in page loads no staff pages, reports or charts,
// nor the signed-in shell (navigation, notification bell).
const AppLayout = lazyPage(() => import('./layout/AppLayout').then((m) => ({ default: m.AppLayout })));
const AccountPage = lazyPage(() => import('../features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const EvaluationPage = lazyPage(() => import('../features/evaluations/EvaluationPage').then((m) => ({ default: m.EvaluationPage })));
const EvaluationsPage = lazyPage(() => import('../features/evaluations/EvaluationsPage').then((m) => ({ default: m.EvaluationsPage })));
const FillEvaluationPage = lazyPage(() => import('../features/evaluations/FillEvaluationPage').then((m) => ({ default: m.FillEvaluationPage })));
const ForgotPasswordPage = lazyPage(() => import('../features/account/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const InvitationPage = lazyPage(() => import('../features/account/InvitationPage').then((m) => ({ default: m.InvitationPage })));
const ResetPasswordPage = lazyPage(() => import('../features/account/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const ApiTokensPage = lazyPage(() => import('../features/api-tokens/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })));
const CohortDetailPage = lazyPage(() => import('../features/cohorts/CohortDetailPage').then((m) => ({ default: m.CohortDetailPage })));
const CohortsPage = lazyPage(() => import('../features/cohorts/CohortsPage').then((m) => ({ default: m.CohortsPage })));
const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const LogHoursPage = lazyPage(() => import('../features/hours/LogHoursPage').then((m) => ({ default: m.LogHoursPage })));
const MyHoursPage = lazyPage(() => import('../features/hours/MyHoursPage').then((m) => ({ default: m.MyHoursPage })));
const MyProgressPage = lazyPage(() => import('../features/hours/MyProgressPage').then((m) => ({ default: m.MyProgressPage })));
const MyRecordPage = lazyPage(() => import('../features/me/MyRecordPage').then((m) => ({ default: m.MyRecordPage })));
const PlacementsPage = lazyPage(() => import('../features/placements/PlacementsPage').then((m) => ({ default: m.PlacementsPage })));
const ProgramsPage = lazyPage(() => import('../features/programs/ProgramsPage').then((m) => ({ default: m.ProgramsPage })));
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const SnapshotPage = lazyPage(() => import('../features/reports/SnapshotPage').then((m) => ({ default: m.SnapshotPage })));
const ReviewPage = lazyPage(() => import('../features/review/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const SiteDetailPage = lazyPage(() => import('../features/sites/SiteDetailPage').then((m) => ({ default: m.SiteDetailPage })));
const SitesPage = lazyPage(() => import('../features/sites/SitesPage').then((m) => ({ default: m.SitesPage })));
const StudentDetailPage = lazyPage(() => import('../features/students/StudentDetailPage').then((m) => ({ default: m.StudentDetailPage })));
const StudentsPage = lazyPage(() => import('../features/students/StudentsPage').then((m) => ({ default: m.StudentsPage })));
const UsersPage = lazyPage(() => import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const NotificationsPage = lazyPage(() => import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const NotificationPreferencesPage = lazyPage(() =>
  import('../features/notifications/NotificationPreferencesPage').then((m) => ({ default: m.NotificationPreferencesPage })),
);

/** What a route tells `preloadRoute`: the chunk its page is in, the queries it starts with, whether it is behind sign-in. */
interface RouteHandle {
  preload?: () => Promise<unknown>;
  data?: PagePreload;
  signedIn?: boolean;
}

/**
 * A route to a lazy page; with a permission, guarded by it (the same `can` that hides the navigation item). `data`
 * starts the page's first queries when the app opens at its address (the busiest pages: roster, review, hours).
 */
function page(path: string, Page: LazyPageComponent, permission?: Permission, data?: PagePreload): RouteObject {
  const element = permission ? (
    <RequirePermission permission={permission}>
      <Page />
    </RequirePermission>
  ) : (
    <Page />
  );
  return { path, element, handle: { preload: Page.preload, data } satisfies RouteHandle };
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  // Emailed links and "Forgot password" work signed out, like /login.
  { ...page('/invitation/:token', InvitationPage), errorElement: <RouteErrorPage /> },
  { ...page('/forgot-password', ForgotPasswordPage), errorElement: <RouteErrorPage /> },
  { ...page('/reset-password/:token', ResetPasswordPage), errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    handle: { preload: AppLayout.preload, signedIn: true } satisfies RouteHandle,
    children: [
      {
        // Errors inside a page keep the shell (navigation, sign out) usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomeRedirect /> },
          page('cohorts', CohortsPage, 'COHORT_READ'),
          page('cohorts/:id', CohortDetailPage, 'COHORT_READ', preloadCohortPage),
          page('students', StudentsPage, 'STUDENT_READ'),
          page('students/:id', StudentDetailPage, 'STUDENT_READ'),
          page('me', MyRecordPage),
          page('hours', MyHoursPage, 'HOURS_LOG', preloadMyHoursPages),
          page('hours/log', LogHoursPage, 'HOURS_LOG', preloadMyHoursPages),
          page('progress', MyProgressPage, 'HOURS_LOG', preloadMyHoursPages),
          page('review', ReviewPage, 'HOURS_REVIEW', preloadReviewPage),
          page('evaluations', EvaluationsPage, 'EVALUATION_FILL'),
          page('evaluations/fill/:placementId/:kind', FillEvaluationPage, 'EVALUATION_FILL'),
          page('evaluations/:id', EvaluationPage, 'EVALUATION_READ'),
          page('dashboard', DashboardPage, 'COMPLIANCE_REVIEW'),
          page('sites', SitesPage, 'SITE_READ'),
          page('sites/:id', SiteDetailPage, 'SITE_READ'),
          page('placements', PlacementsPage, 'PLACEMENT_MANAGE'),
          page('programs', ProgramsPage, 'PROGRAM_MANAGE'),
          page('reports', ReportsPage, 'REPORT_VIEW'),
          page('reports/snapshots/:id', SnapshotPage, 'REPORT_VIEW'),
          page('users', UsersPage, 'USER_READ'),
          page('api-tokens', ApiTokensPage, 'API_TOKEN_MANAGE'),
          page('account', AccountPage),
          // The inbox the bell opens, and the preferences every email links to. Every signed-in role has them.
          page('notifications', NotificationsPage),
          page('notifications/preferences', NotificationPreferencesPage),
          { path: 'welcome', element: <WelcomePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * Starts, before anything renders and all at once, what the app opened at `location` will wait for: behind sign-in the
 * session check (first, so it leaves before the chunks), the chunks of the page and of the signed-in layout, and the
 * page's first queries. Otherwise the session check, the layout, the page and its queries would each wait for the one
 * before. The auth guard's `me` query and the page's own queries then share these requests or find their answers in
 * the cache.
 */
export function preloadRoute(location: { pathname: string; search: string }, client: ApolloClient): void {
  const matches = matchRoutes(routes, location.pathname) ?? [];
  const handles = matches.map((match) => match.route.handle as RouteHandle | undefined);
  if (!handles.some((handle) => handle?.signedIn)) {
    for (const handle of handles) void handle?.preload?.().catch(() => undefined); // a failure shows when the page renders
    return;
  }
  const me = client.query({ query: MeDocument }).then(
    (result) => result.data?.me ?? null,
    () => null, // the auth guard runs the check again and shows what went wrong
  );
  for (const handle of handles) void handle?.preload?.().catch(() => undefined);
  const search = new URLSearchParams(location.search);
  const params = matches.at(-1)?.params ?? {};
  for (const handle of handles) handle?.data?.({ client, params, search, me });
}

export function createRouter() {
  return createBrowserRouter(routes);
}
