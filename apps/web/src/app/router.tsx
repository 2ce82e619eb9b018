import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from './auth/CurrentUser';
import { RequirePermission } from './auth/RequirePermission';
import { lazyPage } from './lazyPage';
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

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  // Emailed links and "Forgot password" work signed out, like /login.
  { path: '/invitation/:token', element: <InvitationPage />, errorElement: <RouteErrorPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage />, errorElement: <RouteErrorPage /> },
  { path: '/reset-password/:token', element: <ResetPasswordPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors inside a page keep the shell (navigation, sign out) usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomeRedirect /> },
          {
            path: 'cohorts',
            element: (
              <RequirePermission permission="COHORT_READ">
                <CohortsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'cohorts/:id',
            element: (
              <RequirePermission permission="COHORT_READ">
                <CohortDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'students',
            element: (
              <RequirePermission permission="STUDENT_READ">
                <StudentsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'students/:id',
            element: (
              <RequirePermission permission="STUDENT_READ">
                <StudentDetailPage />
              </RequirePermission>
            ),
          },
          { path: 'me', element: <MyRecordPage /> },
          {
            path: 'hours',
            element: (
              <RequirePermission permission="HOURS_LOG">
                <MyHoursPage />
              </RequirePermission>
            ),
          },
          {
            path: 'hours/log',
            element: (
              <RequirePermission permission="HOURS_LOG">
                <LogHoursPage />
              </RequirePermission>
            ),
          },
          {
            path: 'progress',
            element: (
              <RequirePermission permission="HOURS_LOG">
                <MyProgressPage />
              </RequirePermission>
            ),
          },
          {
            path: 'review',
            element: (
              <RequirePermission permission="HOURS_REVIEW">
                <ReviewPage />
              </RequirePermission>
            ),
          },
          {
            path: 'evaluations',
            element: (
              <RequirePermission permission="EVALUATION_FILL">
                <EvaluationsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'evaluations/fill/:placementId/:kind',
            element: (
              <RequirePermission permission="EVALUATION_FILL">
                <FillEvaluationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'evaluations/:id',
            element: (
              <RequirePermission permission="EVALUATION_READ">
                <EvaluationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'dashboard',
            element: (
              <RequirePermission permission="COMPLIANCE_REVIEW">
                <DashboardPage />
              </RequirePermission>
            ),
          },
          {
            path: 'sites',
            element: (
              <RequirePermission permission="SITE_READ">
                <SitesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'sites/:id',
            element: (
              <RequirePermission permission="SITE_READ">
                <SiteDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'placements',
            element: (
              <RequirePermission permission="PLACEMENT_MANAGE">
                <PlacementsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'programs',
            element: (
              <RequirePermission permission="PROGRAM_MANAGE">
                <ProgramsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'reports',
            element: (
              <RequirePermission permission="REPORT_VIEW">
                <ReportsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'reports/snapshots/:id',
            element: (
              <RequirePermission permission="REPORT_VIEW">
                <SnapshotPage />
              </RequirePermission>
            ),
          },
          {
            path: 'users',
            element: (
              <RequirePermission permission="USER_READ">
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'api-tokens',
            element: (
              <RequirePermission permission="API_TOKEN_MANAGE">
                <ApiTokensPage />
              </RequirePermission>
            ),
          },
          { path: 'account', element: <AccountPage /> },
          {
            // The inbox the bell opens, and the preferences every email links to. Every signed-in role has them.
            path: 'notifications',
            children: [
              { index: true, element: <NotificationsPage /> },
              { path: 'preferences', element: <NotificationPreferencesPage /> },
            ],
          },
          { path: 'welcome', element: <WelcomePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
