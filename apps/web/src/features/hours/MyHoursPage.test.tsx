import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HourEntryStatus } from '../../gql/graphql';
import { USERS, renderWithApp } from '../../test/render';
import { LinkedHourEntryDocument } from './LinkedHourEntry';
import { MyHoursPage } from './MyHoursPage';
import { MyEnrollmentsDocument, MyHourEntriesDocument, UpdateHourEntryDocument } from './operations';

const placement = {
  __typename: 'Placement',
  id: 'pl-1',
  startDate: '2026-02-01',
  endDate: '2026-04-30',
  plannedHours: 160,
  complianceGaps: [] as string[],
  site: { __typename: 'Site', id: 'site-1', name: 'Main Street Pharmacy', setting: 'COMMUNITY' },
  preceptor: { __typename: 'Preceptor', id: 'pr-1', user: { __typename: 'User', id: 'u-prec', displayName: 'Pat Preceptor' } },
};

const myEnrollments = {
  request: { query: MyEnrollmentsDocument, variables: { studentId: 's-1' } },
  result: {
    data: {
      student: {
        __typename: 'Student',
        id: 's-1',
        firstName: 'Sam',
        enrollments: [
          {
            __typename: 'Enrollment',
            id: 'e-1',
            status: 'ENROLLED',
            enrolledOn: '2026-01-12',
            cohort: { __typename: 'Cohort', id: 'c-1', code: 'PT-2026-A', name: 'Spring 2026', externshipStartDate: '2026-02-01', externshipEndDate: '2026-06-30' },
            placements: [placement],
            openClockIn: null,
          },
        ],
      },
    },
  },
};

const local = (date: string, time: string) => new Date(`${date}T${time}`).toISOString();

function entry(id: string, day: string, status: HourEntryStatus, reviewComment: string | null = null) {
  return {
    __typename: 'HourEntry',
    id,
    version: 4,
    enrollmentId: 'e-1',
    placementId: 'pl-1',
    component: 'EXPERIENTIAL',
    setting: 'COMMUNITY',
    startedAt: local(day, '08:00'),
    endedAt: local(day, '12:30'),
    minutes: 270,
    activityNote: 'Stocked shelves',
    status,
    reviewComment,
    reviewedAt: reviewComment ? '2026-03-06T12:00:00.000Z' : null,
    loggedOnBehalf: false,
    clockedStartedAt: null,
    clockedEndedAt: null,
    editReason: null,
    placement: { __typename: 'Placement', id: 'pl-1', site: { __typename: 'Site', id: 'site-1', name: 'Main Street Pharmacy' } },
  };
}

const entries = {
  request: { query: MyHourEntriesDocument, variables: { first: 25, after: null, filter: { enrollmentId: 'e-1' } } },
  result: {
    data: {
      hourEntries: {
        __typename: 'HourEntryConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [
          { __typename: 'HourEntryEdge', cursor: 'c1', node: entry('h-2', '2026-03-04', 'NEEDS_INFO', 'Which tasks did you do?') },
          { __typename: 'HourEntryEdge', cursor: 'c2', node: entry('h-1', '2026-03-03', 'APPROVED') },
        ],
      },
    },
  },
};

describe('MyHoursPage', () => {
  it('lists the entries with their status and the reviewer’s comment; only open ones can be changed', async () => {
    renderWithApp(<MyHoursPage />, { path: '/hours', initialEntry: '/hours', user: USERS.student, mocks: [myEnrollments, entries] });
    const table = await screen.findByRole('table', { name: 'My hours' });
    const [, needsInfo, approved] = within(table).getAllByRole('row');
    expect(within(needsInfo!).getByText('Needs more information')).toBeVisible();
    expect(within(needsInfo!).getByText('Which tasks did you do?')).toBeVisible();
    expect(within(needsInfo!).getByText('4:30')).toBeVisible();
    expect(within(needsInfo!).getByRole('button', { name: /^Resubmit/ })).toBeVisible();
    expect(within(approved!).getByText('Approved')).toBeVisible();
    expect(within(approved!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says the entry changed when someone reviewed it while the student was editing', async () => {
    const { user } = renderWithApp(<MyHoursPage />, {
      path: '/hours',
      initialEntry: '/hours',
      user: USERS.student,
      mocks: [
        myEnrollments,
        entries,
        {
          request: {
            query: UpdateHourEntryDocument,
            variables: {
              input: {
                id: 'h-2',
                version: 4,
                component: 'EXPERIENTIAL',
                placementId: 'pl-1',
                startedAt: local('2026-03-04', '08:00'),
                endedAt: local('2026-03-04', '12:30'),
                activityNote: 'Stocked shelves and counted controlled substances',
              },
            },
          },
          result: { errors: [{ message: 'This entry was changed by someone else.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: /^Resubmit/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Resubmit entry' });
    expect(within(dialog).getByText('Which tasks did you do?')).toBeVisible();
    expect(within(dialog).getByLabelText(/^Start time/)).toHaveValue('08:00');
    await user.type(within(dialog).getByLabelText(/^Activity note/), ' and counted controlled substances');
    await user.click(within(dialog).getByRole('button', { name: 'Resubmit' }));

    expect(await within(dialog).findByText('This entry changed since you opened it; reload to see the latest version.')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  it('opens the entry a notification links to (?entry=) in its resubmit form', async () => {
    const linked = (node: ReturnType<typeof entry>) => ({ request: { query: LinkedHourEntryDocument, variables: { id: node.id } }, result: { data: { hourEntry: node } } });
    renderWithApp(<MyHoursPage />, {
      path: '/hours',
      initialEntry: '/hours?entry=h-2',
      user: USERS.student,
      mocks: [myEnrollments, entries, linked(entry('h-2', '2026-03-04', 'NEEDS_INFO', 'Which tasks did you do?'))],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Resubmit entry' });
    expect(within(dialog).getByText('Which tasks did you do?')).toBeVisible();
  });

  it('shows a rejected linked entry read-only', async () => {
    renderWithApp(<MyHoursPage />, {
      path: '/hours',
      initialEntry: '/hours?entry=h-9',
      user: USERS.student,
      mocks: [myEnrollments, entries, { request: { query: LinkedHourEntryDocument, variables: { id: 'h-9' } }, result: { data: { hourEntry: entry('h-9', '2026-01-20', 'REJECTED', 'Not on the schedule.') } } }],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Hour entry' });
    expect(await within(dialog).findByText('Rejected')).toBeVisible();
    expect(within(dialog).getByText('Reviewer: Not on the schedule.')).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: /Resubmit/ })).not.toBeInTheDocument();
  });
});
