import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { CohortOptionsDocument, SiteOptionsDocument } from '../review/operations';
import { ChangeAccessModal } from './ChangeAccessModal';
import { PreceptorLicenseDocument, UpdateUserAccessDocument } from './operations';

const ref = (id: string, name: string) => ({ __typename: 'AccessRef' as const, id, name });

// Typenames included: the mutation's answer below goes through the cache
const pat = {
  __typename: 'User',
  id: 'u-pat',
  email: 'pat@pharmacy.example',
  displayName: 'Pat Preceptor',
  role: 'PRECEPTOR' as const,
  isSystemAdmin: false,
  status: 'ACTIVE' as const,
  createdAt: '2026-01-05T12:00:00.000Z',
  activatedAt: '2026-01-06T12:00:00.000Z',
  lastSignInAt: null,
  disabledAt: null,
  access: { __typename: 'UserAccess', programs: [ref('p-1', 'Pharmacy Technician Diploma')], cohorts: [], sites: [ref('site-1', 'Main Street Pharmacy')] },
};

const mocks = [
  {
    request: { query: PreceptorLicenseDocument, variables: { siteId: 'site-1' } },
    result: {
      data: {
        site: {
          __typename: 'Site',
          id: 'site-1',
          preceptors: [{ __typename: 'Preceptor', id: 'pr-1', licenseNumber: 'RPH-1234', licenseExpiresOn: '2027-06-30', user: { __typename: 'User', id: 'u-pat' } }],
        },
      },
    },
  },
  {
    request: { query: SiteOptionsDocument },
    result: { data: { sites: { __typename: 'SiteConnection', edges: [{ __typename: 'SiteEdge', node: { __typename: 'Site', id: 'site-1', name: 'Main Street Pharmacy' } }] } } },
  },
  {
    request: { query: CohortOptionsDocument },
    result: { data: { cohorts: { __typename: 'CohortConnection', edges: [{ __typename: 'CohortEdge', node: { __typename: 'Cohort', id: 'c-1', code: 'PT-2026-A', name: 'Spring 2026' } }] } } },
  },
];

describe('ChangeAccessModal', () => {
  it('starts from the current access, license included', async () => {
    renderWithApp(<ChangeAccessModal user={pat} onClose={vi.fn()} />, { user: USERS.admin, mocks });
    const dialog = screen.getByRole('dialog', { name: 'Change access: Pat Preceptor' });
    expect(await within(dialog).findByLabelText(/^License number/)).toHaveValue('RPH-1234');
    expect(within(dialog).getByLabelText(/^License expires on/)).toHaveValue('2027-06-30');
    expect(within(dialog).getByRole('textbox', { name: /^Role/ })).toHaveValue('Preceptor');
    expect(await within(dialog).findByDisplayValue('Main Street Pharmacy')).toBeVisible();
  });

  it('warns that a new role signs the person out, and sends only the new role’s scope', async () => {
    const onClose = vi.fn();
    const { user } = renderWithApp(<ChangeAccessModal user={pat} onClose={onClose} />, {
      user: USERS.admin,
      mocks: [
        ...mocks,
        {
          request: { query: UpdateUserAccessDocument, variables: { input: { userId: 'u-pat', role: 'INSTRUCTOR', cohortIds: ['c-1'] } } },
          result: { data: { updateUserAccess: { ...pat, role: 'INSTRUCTOR', access: { ...pat.access, cohorts: [ref('c-1', 'Spring 2026')], sites: [] } } } },
        },
      ],
    });
    const dialog = screen.getByRole('dialog', { name: 'Change access: Pat Preceptor' });
    await within(dialog).findByLabelText(/^License number/);
    await user.click(within(dialog).getByRole('textbox', { name: /^Role/ }));
    await user.click(await screen.findByRole('option', { name: 'Instructor' }));
    expect(within(dialog).getByText(/is signed out of every session at once/)).toBeVisible();

    await user.click(within(dialog).getByRole('textbox', { name: /^Cohorts they teach/ }));
    await user.click(await screen.findByRole('option', { name: 'PT-2026-A · Spring 2026' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save access' }));
    expect(await screen.findByText('Pat Preceptor was signed out and signs in again with the new role.')).toBeVisible();
    expect(onClose).toHaveBeenCalled();
  });

  it('says so when nothing was changed, without asking the server', async () => {
    const { user } = renderWithApp(<ChangeAccessModal user={pat} onClose={vi.fn()} />, { user: USERS.admin, mocks });
    const dialog = screen.getByRole('dialog', { name: 'Change access: Pat Preceptor' });
    await within(dialog).findByLabelText(/^License number/);
    await user.click(within(dialog).getByRole('button', { name: 'Save access' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nothing changed: choose a new role, scope or name.');
  });
});
