import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgreementStatus } from '../../gql/graphql';
import { USERS, renderWithApp } from '../../test/render';
import { SitesDocument } from './operations';
import { SitesPage } from './SitesPage';

function site(id: string, name: string, agreementStatus: AgreementStatus, agreementDaysLeft: number, agreementEndDate: string) {
  return {
    __typename: 'SiteEdge',
    cursor: `cur-${id}`,
    node: {
      __typename: 'Site',
      id,
      programId: 'p-1',
      name,
      address: '1 Main St',
      setting: 'COMMUNITY',
      capacity: 4,
      agreementStartDate: '2025-01-01',
      agreementEndDate,
      agreementStatus,
      agreementDaysLeft,
      activePlacementCount: 2,
    },
  };
}

const sitesMock = {
  request: { query: SitesDocument, variables: { first: 25, after: null, filter: { search: null } } },
  result: {
    data: {
      sites: {
        __typename: 'SiteConnection',
        totalCount: 3,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cur-3' },
        edges: [
          site('1', 'Main Street Pharmacy', 'ENDING_SOON', 45, '2027-01-06'),
          site('2', 'Old Town Drugs', 'ENDED', -10, '2026-11-12'),
          site('3', 'St. Mary Hospital', 'ACTIVE', 400, '2027-12-27'),
        ],
      },
    },
  },
};

describe('SitesPage', () => {
  it('flags agreements that end soon or have ended', async () => {
    renderWithApp(<SitesPage />, { path: '/sites', initialEntry: '/sites', user: USERS.admin, mocks: [sitesMock] });
    const table = await screen.findByRole('table', { name: 'Sites' });
    const [, soon, ended, active] = within(table).getAllByRole('row');

    expect(within(soon!).getByText('Agreement ends in 45 days')).toBeVisible();
    expect(within(soon!).getByRole('link', { name: 'Main Street Pharmacy' })).toHaveAttribute('href', '/sites/1');
    expect(within(soon!).getByText('Community / retail')).toBeVisible();
    expect(within(soon!).getByText('2 of 4')).toBeVisible();
    expect(within(ended!).getByText('Agreement ended')).toBeVisible();
    expect(within(active!).queryByText(/Agreement end/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New site' })).toBeVisible();
  });

  it('offers "New site" only to those who manage sites', async () => {
    renderWithApp(<SitesPage />, { path: '/sites', initialEntry: '/sites', user: USERS.instructor, mocks: [sitesMock] });
    await screen.findByRole('table', { name: 'Sites' });
    expect(screen.queryByRole('button', { name: 'New site' })).not.toBeInTheDocument();
  });
});
