import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { DashboardPage } from './DashboardPage';
import { CohortsOverviewDocument, DashboardCohortOptionsDocument } from './operations';

const cohort = (id: string, code: string, name: string, documents: number, expiring: number, retakes: number) => ({
  __typename: 'Cohort' as const,
  id,
  code,
  name,
  dashboard: {
    __typename: 'CohortDashboard' as const,
    documentsAwaitingReview: documents,
    expiringItems: Array.from({ length: expiring }, () => ({ __typename: 'ExpiringItem' as const, state: 'MISSING' })),
    retakeEligible: Array.from({ length: retakes }, () => ({ __typename: 'RetakeEligible' as const, attempts: 1 })),
  },
});

const cohorts = [cohort('c-a', 'PT-2026-A', 'Spring', 0, 1, 0), cohort('c-b', 'PT-2026-B', 'Fall', 3, 2, 1)];

const options = {
  request: { query: DashboardCohortOptionsDocument },
  result: { data: { cohorts: { __typename: 'CohortConnection', edges: cohorts.map(({ id, code, name }) => ({ __typename: 'CohortEdge', node: { __typename: 'Cohort', id, code, name } })) } } },
};
const overview = {
  request: { query: CohortsOverviewDocument, variables: { withinDays: 30 } },
  result: { data: { cohorts: { __typename: 'CohortConnection', totalCount: 2, edges: cohorts.map((node) => ({ __typename: 'CohortEdge', node })) } } },
};

describe('DashboardPage with several cohorts', () => {
  it('opens on "All my cohorts": totals across cohorts and one card each, the one needing most attention first', async () => {
    const { user, router } = renderWithApp(<DashboardPage />, { path: '/dashboard', initialEntry: '/dashboard', user: USERS.instructor, mocks: [options, overview] });
    expect(await screen.findByRole('combobox', { name: 'Cohort' })).toHaveValue('all');
    expect(await screen.findByText(/^Across 2 cohorts: 3 documents waiting for review, 3 items expired, missing or expiring in 30 days, 1 student who/)).toBeVisible();
    const cards = screen.getAllByRole('region');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['PT-2026-B · Fall', 'PT-2026-A · Spring']);
    expect(cards[0]).toHaveTextContent('3 documents waiting for review');
    await user.click(within(cards[1] as HTMLElement).getByRole('button', { name: 'Open dashboard of PT-2026-A' }));
    expect(router.state.location.search).toBe('?cohort=c-a');
  });
});
