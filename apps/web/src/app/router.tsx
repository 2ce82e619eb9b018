import { createBrowserRouter, type RouteObject } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { ForgotPasswordPage } from '../features/account/ForgotPasswordPage';
import { InvitationPage } from '../features/account/InvitationPage';
import { ResetPasswordPage } from '../features/account/ResetPasswordPage';
import { ApiTokensPage } from '../features/api-tokens/ApiTokensPage';
import { CohortDetailPage } from '../features/cohorts/CohortDetailPage';
import { CohortsPage } from '../features/cohorts/CohortsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { LoginPage } from '../features/auth/LoginPage';
import { LogHoursPage } from '../features/hours/LogHoursPage';
import { MyHoursPage } from '../features/hours/MyHoursPage';
import { MyProgressPage } from '../features/hours/MyProgressPage';
import { MyRecordPage } from '../features/me/MyRecordPage';
import { PlacementsPage } from '../features/placements/PlacementsPage';
import { ProgramsPage } from '../features/programs/ProgramsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SnapshotPage } from '../features/reports/SnapshotPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { SiteDetailPage } from '../features/sites/SiteDetailPage';
import { SitesPage } from '../features/sites/SitesPage';
import { StudentDetailPage } from '../features/students/StudentDetailPage';
import { StudentsPage } from '../features/students/StudentsPage';
import { UsersPage } from '../features/users/UsersPage';
import { notificationRoutes } from '../features/notifications/routes';
import { RequireAuth } from './auth/CurrentUser';
import { RequirePermission } from './auth/RequirePermission';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect, NotFoundPage, RouteErrorPage, WelcomePage } from './pages';

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
          notificationRoutes,
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
