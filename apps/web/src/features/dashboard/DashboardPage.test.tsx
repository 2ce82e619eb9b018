import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { CohortDashboard } from './DashboardPage';
import { CohortDashboardDocument, PendingComplianceRecordsDocument } from './operations';

const enrollment = (id: string, studentId: string, fullName: string) => ({
  __typename: 'Enrollment',
  id,
  student: { __typename: 'Student', id: studentId, fullName },
});

const dashboardMock = {
  request: { query: CohortDashboardDocument, variables: { id: 'c-1', withinDays: 30 } },
  result: {
    data: {
      cohort: {
        __typename: 'Cohort',
        id: 'c-1',
        code: 'PT-2026-A',
        name: 'Spring',
        dashboard: {
          __typename: 'CohortDashboard',
          documentsAwaitingReview: 1,
          expiringItems: [
            {
              __typename: 'ExpiringItem',
              enrollment: enrollment('e-1', 's-1', 'Ana Diaz'),
              item: { __typename: 'ComplianceItem', id: 'tb', name: 'TB test' },
              state: 'EXPIRING_7',
              validThrough: '2026-03-05',
              daysLeft: 5,
            },
            {
              __typename: 'ExpiringItem',
              enrollment: enrollment('e-2', 's-2', 'Ben Okafor'),
              item: { __typename: 'ComplianceItem', id: 'mmr', name: 'MMR immunity' },
              state: 'MISSING',
              validThrough: null,
              daysLeft: null,
            },
          ],
          retakeEligible: [
            {
              __typename: 'RetakeEligible',
              enrollment: enrollment('e-2', 's-2', 'Ben Okafor'),
              exam: { __typename: 'Exam', id: 'x-ptce', code: 'PTCE' },
              attempts: 1,
              nextAllowedOn: '2026-02-20',
            },
          ],
          overdueEvaluations: [
            {
              __typename: 'EvaluationSlot',
              kind: 'MIDTERM',
              placementId: 'pl-1',
              dueOn: '2026-02-02',
              placement: {
                __typename: 'Placement',
                id: 'pl-1',
                site: { __typename: 'Site', id: 'site-1', name: 'Main St Pharmacy' },
                preceptor: { __typename: 'Preceptor', id: 'pr-1', user: { __typename: 'User', id: 'u-9', displayName: 'Pat Preceptor' } },
                enrollment: enrollment('e-2', 's-2', 'Ben Okafor'),
              },
            },
          ],
        },
      },
    },
  },
};

const pendingMock = {
  request: { query: PendingComplianceRecordsDocument, variables: { first: 25, after: null, filter: { statuses: ['PENDING'], cohortId: 'c-1' } } },
  result: {
    data: {
      complianceRecords: {
        __typename: 'ComplianceRecordConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'r-1' },
        edges: [
          {
            __typename: 'ComplianceRecordEdge',
            cursor: 'r-1',
            node: {
              __typename: 'ComplianceRecord',
              id: 'r-1',
              status: 'PENDING',
              completedOn: '2026-02-10',
              expiresOn: null,
              reviewReason: null,
              documentUrl: '/api/documents/doc-1',
              createdAt: '2026-02-11T09:00:00.000Z',
              item: { __typename: 'ComplianceItem', id: 'flu', name: 'Influenza vaccination' },
              enrollment: enrollment('e-1', 's-1', 'Ana Diaz'),
            },
          },
        ],
      },
    },
  },
};

describe('CohortDashboard', () => {
  it('lists expiring and missing items with links to the students', async () => {
    renderWithApp(<CohortDashboard cohortId="c-1" />, { user: USERS.instructor, mocks: [dashboardMock, pendingMock] });
    const table = await screen.findByRole('table', { name: 'Expiring compliance items' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first as HTMLElement).getByRole('link', { name: 'Ana Diaz' })).toHaveAttribute('href', '/students/s-1');
    expect(first).toHaveTextContent('TB test');
    expect(first).toHaveTextContent('Expires within 7 days');
    expect(first).toHaveTextContent('5 days left');
    expect(second).toHaveTextContent('MMR immunity');
    expect(second).toHaveTextContent('Missing');
  });

  it('shows the review queue with actions and the students who may retake an exam', async () => {
    renderWithApp(<CohortDashboard cohortId="c-1" />, { user: USERS.instructor, mocks: [dashboardMock, pendingMock] });
    const queue = await screen.findByRole('table', { name: 'Documents waiting for review' });
    expect(within(queue).getByRole('button', { name: 'Verify Influenza vaccination' })).toBeVisible();
    expect(within(queue).getByRole('button', { name: 'Reject Influenza vaccination' })).toBeVisible();
    expect(within(queue).getByRole('link', { name: /View/ })).toHaveAttribute('href', '/api/documents/doc-1');
    const retakes = screen.getByRole('table', { name: 'Students eligible for a retake' });
    expect(within(retakes).getByRole('link', { name: 'Ben Okafor' })).toBeVisible();
    expect(retakes).toHaveTextContent('PTCE');
  });

  it('lists the preceptor evaluations a week past due, with who owes them', async () => {
    renderWithApp(<CohortDashboard cohortId="c-1" />, { user: USERS.instructor, mocks: [dashboardMock, pendingMock] });
    const overdue = await screen.findByRole('table', { name: 'Overdue preceptor evaluations' });
    const [, row] = within(overdue).getAllByRole('row');
    expect(within(row as HTMLElement).getByRole('link', { name: 'Ben Okafor' })).toHaveAttribute('href', '/students/s-2');
    expect(row).toHaveTextContent('Midterm');
    expect(row).toHaveTextContent('Pat Preceptor');
    expect(row).toHaveTextContent('Feb 2, 2026');
  });
});
