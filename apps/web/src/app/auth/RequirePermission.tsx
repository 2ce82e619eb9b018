import { Alert, Anchor } from '@mantine/core';
import type { Permission } from '@ptp/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { useCan } from './CurrentUser';

export function Forbidden() {
  usePageTitle('No access');
  return (
    <Alert color="yellow" title="You do not have access to this page" role="alert">
      Your account does not include this part of the portal. If you need it, ask your program director.{' '}
      <Anchor component={Link} to="/">
        Go to your home page
      </Anchor>
      .
    </Alert>
  );
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? children : <Forbidden />;
}
