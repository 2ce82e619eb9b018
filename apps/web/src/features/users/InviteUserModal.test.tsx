import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { ProgramOptionsDocument } from '../programs/ProgramSelect';
import { CohortOptionsDocument, SiteOptionsDocument } from '../review/operations';
import { InviteUserModal } from './InviteUserModal';
import { InviteUserDocument } from './operations';

const programOptions = {
  request: { query: ProgramOptionsDocument },
  result: { data: { programs: { __typename: 'ProgramConnection', edges: [{ __typename: 'ProgramEdge', node: { __typename: 'Program', id: 'p-1', name: 'Pharmacy Technician Diploma' } }] } } },
};
const cohortOptions = {
  request: { query: CohortOptionsDocument },
  result: { data: { cohorts: { __typename: 'CohortConnection', edges: [{ __typename: 'CohortEdge', node: { __typename: 'Cohort', id: 'c-1', code: 'PT-2026-A', name: 'Spring 2026' } }] } } },
};
const siteOptions = {
  request: { query: SiteOptionsDocument },
  result: { data: { sites: { __typename: 'SiteConnection', edges: [{ __typename: 'SiteEdge', node: { __typename: 'Site', id: 'site-1', name: 'Main Street Pharmacy' } }] } } },
};

function invitedUser(email: string, displayName: string) {
  return {
    __typename: 'User',
    id: 'u-new',
    email,
    displayName,
    role: 'INSTRUCTOR',
    isSystemAdmin: false,
    status: 'INVITED',
    createdAt: '2026-03-01T12:00:00.000Z',
    activatedAt: null,
    lastSignInAt: null,
    disabledAt: null,
    access: {
      __typename: 'UserAccess',
      programs: [{ __typename: 'AccessRef', id: 'p-1', name: 'Pharmacy Technician Diploma' }],
      cohorts: [{ __typename: 'AccessRef', id: 'c-1', name: 'Spring 2026' }],
      sites: [],
    },
  };
}

type Events = ReturnType<typeof renderWithApp>['user'];

async function chooseRole(user: Events, label: string) {
  await user.click(screen.getByRole('textbox', { name: /^Role/ }));
  await user.click(await screen.findByRole('option', { name: label }));
}

describe('InviteUserModal', () => {
  it('asks for the scope the chosen role needs', async () => {
    const { user } = renderWithApp(<InviteUserModal opened onClose={vi.fn()} />, {
      user: USERS.admin,
      mocks: [programOptions, cohortOptions, siteOptions],
    });
    const dialog = screen.getByRole('dialog', { name: 'Invite person' });
    expect(within(dialog).queryByLabelText(/^Programs they direct/)).not.toBeInTheDocument();

    await chooseRole(user, 'Program director');
    expect(within(dialog).getByRole('textbox', { name: /^Programs they direct/ })).toBeVisible();
    expect(within(dialog).queryByRole('textbox', { name: /^Cohorts they teach/ })).not.toBeInTheDocument();

    await chooseRole(user, 'Instructor');
    expect(within(dialog).getByRole('textbox', { name: /^Cohorts they teach/ })).toBeVisible();
    expect(within(dialog).queryByRole('textbox', { name: /^Programs they direct/ })).not.toBeInTheDocument();

    await chooseRole(user, 'Preceptor');
    expect(within(dialog).getByRole('textbox', { name: /^Site where they precept/ })).toBeVisible();
    expect(within(dialog).getByLabelText(/^License number/)).toBeVisible();
    expect(within(dialog).getByLabelText(/^License expires on/)).toBeVisible();
    expect(within(dialog).queryByRole('textbox', { name: /^Cohorts they teach/ })).not.toBeInTheDocument();
  });

  it('checks the fields, and the scope of the role, before asking the server', async () => {
    const { user } = renderWithApp(<InviteUserModal opened onClose={vi.fn()} />, { user: USERS.admin, mocks: [siteOptions] });
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Enter the email address')).toBeVisible();
    expect(screen.getByText('Enter the name')).toBeVisible();
    expect(screen.getByText('Choose the role')).toBeVisible();

    await user.type(screen.getByLabelText(/^Email/), 'not-an-email');
    await chooseRole(user, 'Preceptor');
    await user.type(screen.getByLabelText(/^License number/), 'a b');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Enter a valid email address')).toBeVisible();
    expect(screen.getByText('Choose the site where this preceptor works')).toBeVisible();
    expect(screen.getByText('Use letters, digits, dots and dashes (3 to 40)')).toBeVisible();
    expect(screen.getByText('Enter the date the license expires')).toBeVisible();
  });

  it('invites an instructor to the cohorts chosen and says where the invitation went', async () => {
    const onClose = vi.fn();
    const { user } = renderWithApp(<InviteUserModal opened onClose={onClose} />, {
      user: USERS.admin,
      mocks: [
        cohortOptions,
        {
          request: {
            query: InviteUserDocument,
            variables: { input: { email: 'ines@college.edu', displayName: 'Ines Instructor', role: 'INSTRUCTOR', cohortIds: ['c-1'] } },
          },
          result: { data: { inviteUser: invitedUser('ines@college.edu', 'Ines Instructor') } },
        },
      ],
    });
    await user.type(screen.getByLabelText(/^Email/), 'ines@college.edu');
    await user.type(screen.getByLabelText(/^Name/), 'Ines Instructor');
    await chooseRole(user, 'Instructor');
    await user.click(screen.getByRole('textbox', { name: /^Cohorts they teach/ }));
    await user.click(await screen.findByRole('option', { name: 'PT-2026-A · Spring 2026' }));
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText('Invitation sent to ines@college.edu.')).toBeVisible();
    expect(onClose).toHaveBeenCalled();
  });

  it('shows a refusal about a field beside that field', async () => {
    const onClose = vi.fn();
    const { user } = renderWithApp(<InviteUserModal opened onClose={onClose} />, {
      user: USERS.admin,
      mocks: [
        programOptions,
        {
          request: {
            query: InviteUserDocument,
            variables: { input: { email: 'ivan@college.edu', displayName: 'Ivan', role: 'ADMIN', programIds: ['p-1'] } },
          },
          result: {
            errors: [
              {
                message: "email: ivan@college.edu already has a instructor account; one person has one role. Change that account's role instead.",
                extensions: { code: 'CONFLICT' },
              },
            ],
          },
        },
      ],
    });
    await user.type(screen.getByLabelText(/^Email/), 'ivan@college.edu');
    await user.type(screen.getByLabelText(/^Name/), 'Ivan');
    await chooseRole(user, 'Program director');
    await user.click(screen.getByRole('textbox', { name: /^Programs they direct/ }));
    await user.click(await screen.findByRole('option', { name: 'Pharmacy Technician Diploma' }));
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText(/^ivan@college.edu already has a instructor account/)).toBeVisible();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
    expect(onClose).not.toHaveBeenCalled();
  });
});
