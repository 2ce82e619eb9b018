import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { ProgramOptionsDocument } from '../programs/ProgramSelect';
import { DeactivateUserDocument, SetSystemAdminDocument, UsersDocument } from './operations';
import { UsersPage } from './UsersPage';

const programOptions = {
  request: { query: ProgramOptionsDocument },
  result: { data: { programs: { __typename: 'ProgramConnection', edges: [{ __typename: 'ProgramEdge', node: { __typename: 'Program', id: 'p-1', name: 'Pharmacy Technician Diploma' } }] } } },
};

const ref = (id: string, name: string) => ({ __typename: 'AccessRef', id, name });

function account(id: string, displayName: string, role: string, status: string, access: { programs?: object[]; cohorts?: object[]; sites?: object[] }, lastSignInAt: string | null = null) {
  return {
    __typename: 'User',
    id,
    email: `${id}@college.edu`,
    displayName,
    role,
    isSystemAdmin: false,
    status,
    createdAt: '2026-01-05T12:00:00.000Z',
    activatedAt: status === 'INVITED' ? null : '2026-01-06T12:00:00.000Z',
    lastSignInAt,
    disabledAt: status === 'DEACTIVATED' ? '2026-02-01T12:00:00.000Z' : null,
    access: { __typename: 'UserAccess', programs: access.programs ?? [], cohorts: access.cohorts ?? [], sites: access.sites ?? [] },
  };
}

const ines = account('u-ines', 'Ines Instructor', 'INSTRUCTOR', 'INVITED', { programs: [ref('p-1', 'Pharmacy Technician Diploma')], cohorts: [ref('c-1', 'Spring 2026')] });
const sam = account('u-sam', 'Sam Student', 'STUDENT', 'ACTIVE', { programs: [ref('p-1', 'Pharmacy Technician Diploma')], cohorts: [ref('c-1', 'Spring 2026')] }, '2026-03-02T15:30:00.000Z');
const pat = account('u-pat', 'Pat Preceptor', 'PRECEPTOR', 'DEACTIVATED', { sites: [ref('site-1', 'Main Street Pharmacy')] });

function usersPage(filter: object, nodes: object[]) {
  return {
    request: { query: UsersDocument, variables: { first: 25, after: null, filter: { search: null, role: null, status: null, programId: null, ...filter } } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: nodes.map((node, i) => ({ __typename: 'UserEdge', cursor: `cur-${i}`, node })),
        },
      },
    },
  };
}

describe('UsersPage', () => {
  it('lists the accounts with their status, access and last sign-in', async () => {
    renderWithApp(<UsersPage />, { path: '/users', initialEntry: '/users', user: USERS.admin, mocks: [programOptions, usersPage({}, [ines, sam, pat])] });
    const table = await screen.findByRole('table', { name: 'Users' });
    const [, inesRow, samRow, patRow] = within(table).getAllByRole('row');

    expect(within(inesRow!).getByText('Invited')).toBeVisible();
    expect(within(inesRow!).getByText('Spring 2026')).toBeVisible();
    expect(within(inesRow!).getByText('Never')).toBeVisible();
    expect(within(samRow!).getByText('Active')).toBeVisible();
    expect(within(samRow!).getByText('Student')).toBeVisible();
    expect(within(patRow!).getByText('Deactivated')).toBeVisible();
    expect(within(patRow!).getByText('Main Street Pharmacy')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Invite person' })).toBeVisible();
  });

  it('offers the actions each account allows', async () => {
    const { user } = renderWithApp(<UsersPage />, { path: '/users', initialEntry: '/users', user: USERS.admin, mocks: [programOptions, usersPage({}, [ines, sam, pat])] });
    await screen.findByRole('table', { name: 'Users' });
    const menuItems = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

    await user.click(screen.getByRole('button', { name: 'Actions for Ines Instructor' }));
    expect(menuItems()).toEqual(['Resend invitation', 'Change access', 'Deactivate']);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Actions for Sam Student' }));
    // A student's access follows their enrollment
    expect(menuItems()).toEqual(['Deactivate']);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Actions for Pat Preceptor' }));
    expect(menuItems()).toEqual(['Change access', 'Reactivate']);
  });

  it('asks before deactivating, then shows the new status', async () => {
    const samDeactivated = { ...sam, status: 'DEACTIVATED', disabledAt: '2026-03-03T09:00:00.000Z' };
    const { user } = renderWithApp(<UsersPage />, {
      path: '/users',
      initialEntry: '/users',
      user: USERS.instructor,
      mocks: [
        programOptions,
        usersPage({}, [sam]),
        { request: { query: DeactivateUserDocument, variables: { userId: 'u-sam' } }, result: { data: { deactivateUser: samDeactivated } } },
        usersPage({}, [samDeactivated]),
      ],
    });
    await screen.findByRole('table', { name: 'Users' });
    expect(screen.queryByRole('button', { name: 'Invite person' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Actions for Sam Student' }));
    await user.click(screen.getByRole('menuitem', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Sam Student?' });
    expect(dialog).toHaveTextContent('every session they have open ends at once');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate account' }));

    expect(await screen.findByText('Sam Student can no longer sign in.')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Users' });
    expect(await within(table).findByText('Deactivated')).toBeVisible();
  });

  it('keeps the filters in the address and asks the API for them', async () => {
    const { user, router } = renderWithApp(<UsersPage />, {
      path: '/users',
      initialEntry: '/users',
      user: USERS.admin,
      mocks: [programOptions, usersPage({}, [ines, sam]), usersPage({ status: 'INVITED' }, [ines])],
    });
    await screen.findByRole('table', { name: 'Users' });
    await user.click(screen.getByRole('textbox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Invited' }));

    expect(router.state.location.search).toBe('?status=INVITED');
    await screen.findByText('Showing 1–1 of 1');
    expect(screen.queryByText('Sam Student')).not.toBeInTheDocument();
  });

  it('says when there is nobody to show', async () => {
    renderWithApp(<UsersPage />, { path: '/users', initialEntry: '/users', user: USERS.instructor, mocks: [programOptions, usersPage({}, [])] });
    expect(await screen.findByText('No users yet')).toBeVisible();
    expect(screen.getByText('Your students appear here once they are enrolled in your cohorts.')).toBeVisible();
  });

  describe('system administrator', () => {
    const dana = { ...account('u-dana', 'Dana Director', 'ADMIN', 'ACTIVE', { programs: [ref('p-1', 'Pharmacy Technician Diploma')] }), isSystemAdmin: true };
    const olive = account('u-olive', 'Olive Other', 'ADMIN', 'ACTIVE', { programs: [ref('p-1', 'Pharmacy Technician Diploma')] });
    const systemAdmin = { ...USERS.admin, permissions: ['REFERENCE_DATA_MANAGE' as const, 'SYSTEM_ADMIN_GRANT' as const] };

    it('is offered only to a system administrator, for director accounts', async () => {
      const { user } = renderWithApp(<UsersPage />, { path: '/users', initialEntry: '/users', user: USERS.admin, mocks: [programOptions, usersPage({}, [olive, ines])] });
      await screen.findByRole('table', { name: 'Users' });
      await user.click(screen.getByRole('button', { name: 'Actions for Olive Other' }));
      expect(screen.queryByRole('menuitem', { name: /system administrator/ })).not.toBeInTheDocument();
    });

    it('grants it with a reason, refusing an empty one, and shows the badge', async () => {
      const granted = { ...olive, isSystemAdmin: true };
      const { user } = renderWithApp(<UsersPage />, {
        path: '/users',
        initialEntry: '/users',
        user: systemAdmin,
        mocks: [
          programOptions,
          usersPage({}, [dana, olive, ines]),
          {
            request: { query: SetSystemAdminDocument, variables: { input: { userId: 'u-olive', systemAdmin: true, reason: 'Second steward of the exam table' } } },
            result: { data: { setSystemAdmin: granted } },
          },
          usersPage({}, [dana, granted, ines]),
        ],
      });
      const table = await screen.findByRole('table', { name: 'Users' });
      expect(within(table).getAllByText('System admin')).toHaveLength(1);
      await user.click(screen.getByRole('button', { name: 'Actions for Ines Instructor' }));
      expect(screen.queryByRole('menuitem', { name: /system administrator/ })).not.toBeInTheDocument();
      await user.keyboard('{Escape}');
      await user.click(screen.getByRole('button', { name: 'Actions for Olive Other' }));
      await user.click(screen.getByRole('menuitem', { name: 'Make system administrator' }));
      const dialog = await screen.findByRole('dialog', { name: 'Make Olive Other a system administrator' });
      await user.click(within(dialog).getByRole('button', { name: 'Grant system administrator' }));
      expect(await within(dialog).findByText('Say why (at least 3 characters); it is kept in the audit log')).toBeVisible();
      await user.type(within(dialog).getByLabelText(/^Reason/), 'Second steward of the exam table');
      await user.click(within(dialog).getByRole('button', { name: 'Grant system administrator' }));
      expect(await screen.findByText('Olive Other can now edit the exams and competency library every program shares.')).toBeVisible();
      expect(await within(table).findAllByText('System admin')).toHaveLength(2);
    });

    it('shows why the API refused to revoke the last one', async () => {
      const message = 'userId: you are the only active system administrator. Grant another director system administrator first, so someone can still manage the shared reference data.';
      const { user } = renderWithApp(<UsersPage />, {
        path: '/users',
        initialEntry: '/users',
        user: systemAdmin,
        mocks: [
          programOptions,
          usersPage({}, [dana]),
          {
            request: { query: SetSystemAdminDocument, variables: { input: { userId: 'u-dana', systemAdmin: false, reason: 'Stepping down' } } },
            result: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'userId', message: 'is the last system administrator' }] } }] },
          },
        ],
      });
      await screen.findByRole('table', { name: 'Users' });
      await user.click(screen.getByRole('button', { name: 'Actions for Dana Director' }));
      await user.click(screen.getByRole('menuitem', { name: 'Remove system administrator' }));
      const dialog = await screen.findByRole('dialog', { name: 'Remove Dana Director as system administrator' });
      await user.type(within(dialog).getByLabelText(/^Reason/), 'Stepping down');
      await user.click(within(dialog).getByRole('button', { name: 'Remove system administrator' }));
      expect(await within(dialog).findByText(message)).toBeVisible();
    });
  });
});
