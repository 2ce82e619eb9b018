import { type Permission } from '@ptp/shared';
import type { ReactNode } from 'react';
import { NotAvailablePage } from '../NotAvailablePage';
import { useCan } from './CurrentUser';

/** Guards a route with the shared permission catalogue (the same `can` that hides the navigation item). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? children : <NotAvailablePage />;
}
