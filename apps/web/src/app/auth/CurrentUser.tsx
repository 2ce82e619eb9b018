import { useQuery } from '@apollo/client/react';
import { can, type Permission } from '@ptp/shared';
import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { MeDocument } from '../../features/auth/operations';
import type { CurrentUserFragment } from '../../gql/graphql';
import { setDisplayTimeZone } from '../../lib/time-zone';

export type CurrentUser = CurrentUserFragment;

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  // Times are shown and read in the person's program zone (lib/time-zone); set before children format any.
  setDisplayTimeZone(user.timeZone);
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user; only for components under <RequireAuth>. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used under <RequireAuth>');
  return user;
}

/**
 * Whether the signed-in user holds a permission of the shared catalogue (the API checks the same):
 * their role's, or one the API lists for them (a system administrator's).
 */
export function useCan(permission: Permission): boolean {
  return userCan(useCurrentUser(), permission);
}

/** `useCan` for a given user (outside a component). */
export function userCan(user: CurrentUser, permission: Permission): boolean {
  return can(user.role, permission) || user.permissions.includes(permission);
}

export interface LoginRedirectState {
  from?: string;
}

/** Renders the signed-in part of the app, or sends a signed-out visitor to /login. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeDocument);

  if (loading && !data) return <PageLoader label="Checking your session" />;
  if (error && !data) {
    return (
      <div style={{ padding: 24 }}>
        <QueryError error={error} what="your session" onRetry={() => refetch()} />
      </div>
    );
  }
  const user = data?.me;
  if (!user) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <CurrentUserProvider user={user}>{children ?? <Outlet />}</CurrentUserProvider>;
}
