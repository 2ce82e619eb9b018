import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EnrollmentStatus } from '../../gql/graphql';
import { USERS, renderWithApp } from '../../test/render';
import { RosterDocument } from './operations';
import { RosterSection } from './RosterSection';

interface Progress {
  requiredMinutes: number;
  approvedMinutes: number;
  pendingMinutes: number;
  projectedCompletionDate: string | null;
  complete: boolean;
  atRisk: boolean;
  atRiskReason: string | null;
}

const onTrack: Progress = {
  requiredMinutes: 400 * 60,
  approvedMinutes: 250 * 60,
  pendingMinutes: 0,
  projectedCompletionDate: '2026-05-01',
  complete: false,
  atRisk: false,
  atRiskReason: null,
};

function row(id: string, fullName: string, studentNumber: string, status: EnrollmentStatus, progress: Progress = onTrack) {
  return {
    __typename: 'EnrollmentEdge',
    cursor: `cursor-${id}`,
    node: {
      __typename: 'Enrollment',
      id: `e-${id}`,
      enrolledOn: '2026-01-12',
      status,
      statusSince: '2026-02-01',
      student: { __typename: 'Student', id: `s-${id}`, fullName, studentNumber },
      progress: { __typename: 'HoursProgress', ...progress },
    },
  };
}

function rosterMock(direction: 'ASC' | 'DESC', edges: ReturnType<typeof row>[], hasNextPage = false) {
  return {
    request: {
      query: RosterDocument,
      variables: {
        first: 25,
        after: null,
        filter: { cohortId: 'c-1', search: null, statuses: null },
        orderBy: { field: 'NAME', direction },
      },
    },
    result: {
      data: {
        enrollments: {
          __typename: 'EnrollmentConnection',
          totalCount: edges.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
          edges,
        },
      },
    },
  };
}

const ana = row('1', 'Ana Diaz', 'PT-001', 'ENROLLED');
const ben = row('2', 'Ben Okafor', 'PT-002', 'LEAVE_OF_ABSENCE');

function renderRoster(mocks: ReturnType<typeof rosterMock>[]) {
  return renderWithApp(<RosterSection cohortId="c-1" />, {
    path: '/cohorts/:id',
    initialEntry: '/cohorts/c-1',
    user: USERS.instructor,
    mocks,
  });
}

describe('RosterSection', () => {
  it('lists the students with a link to each, their status and the count', async () => {
    renderRoster([rosterMock('ASC', [ana, ben])]);
    const table = await screen.findByRole('table', { name: 'Roster' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Ana Diaz' })).toHaveAttribute('href', '/students/s-1');
    expect(within(rows[1]!).getByText('On leave')).toBeVisible();
    expect(within(rows[1]!).getByText('PT-002')).toBeVisible();
    expect(screen.getByText('Showing 1–2 of 2')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('shows each student’s hours and marks who is at risk of not finishing in time', async () => {
    const late = row('3', 'Cara Lee', 'PT-003', 'ENROLLED', {
      requiredMinutes: 400 * 60,
      approvedMinutes: 96 * 60,
      pendingMinutes: 8 * 60,
      projectedCompletionDate: '2026-09-14',
      complete: false,
      atRisk: true,
      atRiskReason: 'At the recent pace the hours finish on Sep 14, 2026, after the externship ends on Aug 28, 2026.',
    });
    renderRoster([rosterMock('ASC', [ana, late])]);
    const table = await screen.findByRole('table', { name: 'Roster' });
    const [, anaRow, caraRow] = within(table).getAllByRole('row');

    expect(within(caraRow!).getByText('At risk')).toBeVisible();
    expect(within(caraRow!).getByText('At the recent pace the hours finish on Sep 14, 2026, after the externship ends on Aug 28, 2026.')).toBeVisible();
    expect(within(caraRow!).getByText(/96 of 400 h/)).toBeVisible();
    expect(within(caraRow!).getByRole('progressbar', { name: 'Hours of Cara Lee: 96 of 400 h approved, 8 h pending' })).toBeVisible();

    expect(within(anaRow!).queryByText('At risk')).not.toBeInTheDocument();
    expect(within(anaRow!).getByText('On track')).toBeVisible();
    expect(within(anaRow!).getByText(/250 of 400 h/)).toBeVisible();
  });

  it('neither marks on track nor at risk someone who left, graduated or is on leave', async () => {
    const gone = row('4', 'Dev Patel', 'PT-004', 'WITHDRAWN', { ...onTrack, approvedMinutes: 0, projectedCompletionDate: null });
    renderRoster([rosterMock('ASC', [ben, gone])]);
    const table = await screen.findByRole('table', { name: 'Roster' });
    for (const r of within(table).getAllByRole('row').slice(1)) {
      expect(within(r).queryByText('On track')).not.toBeInTheDocument();
      expect(within(r).queryByText('At risk')).not.toBeInTheDocument();
    }
  });

  it('says so when nobody is enrolled', async () => {
    renderRoster([rosterMock('ASC', [])]);
    expect(await screen.findByText('No students enrolled yet')).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Roster' })).not.toBeInTheDocument();
  });

  it('asks the server for the other order when a header is clicked', async () => {
    const { user, router } = renderRoster([rosterMock('ASC', [ana, ben]), rosterMock('DESC', [ben, ana])]);
    const nameHeader = await screen.findByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(nameHeader).getByRole('button'));

    expect(await screen.findByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    const firstRow = await screen.findByRole('row', { name: /Ben Okafor/ });
    expect(within(screen.getByRole('table', { name: 'Roster' })).getAllByRole('row')[1]).toBe(firstRow);
    expect(router.state.location.search).toBe('?sort=NAME&dir=desc');
  });
});
