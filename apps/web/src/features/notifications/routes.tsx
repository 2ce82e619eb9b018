import type { RouteObject } from 'react-router';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';
import { NotificationsPage } from './NotificationsPage';

/** /notifications (the inbox the bell opens) and /notifications/preferences (linked from every email). Every signed-in role has them. */
export const notificationRoutes: RouteObject = {
  path: 'notifications',
  children: [
    { index: true, element: <NotificationsPage /> },
    { path: 'preferences', element: <NotificationPreferencesPage /> },
  ],
};
