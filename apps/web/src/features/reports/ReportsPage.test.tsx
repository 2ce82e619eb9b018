import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import {
  DisclosureLogDocument,
  OutcomeReportDocument,
  ReportCohortOptionsDocument,
  ReportSnapshotsDocument,
  ReportTrendDocument,
} from './operations';
import { ProgramOptionsDocument } from '../programs/ProgramSelect';
import { LICENSURE, PERIOD, PLACEMENT, REPORT, RETENTION } from './report.fixtures';
import { ReportsPage } from './ReportsPage';

const TODAY = '2026-12-02';
const page = <ReportsPage today={TODAY} />;

const programsMock = {
  request: { query: ProgramOptionsDocument },
  result: {
    data: {
      programs: {
        __typename: 'ProgramConnection',
        edges: [
          { __typename: 'ProgramEdge', node: { __typename: 'Program', id: 'p-1', name: 'Demo Pharmacy Technician Program' } },
          { __typename: 'ProgramEdge', node: { __typename: 'Program', id: 'p-2', name: 'Evening Program' } },
        ],
      },
    },
  },
};

const cohortsMock = {
  request: { query: ReportCohortOptionsDocument, variables: { programId: 'p-1' } },
  result: {
    data: {
      cohorts: {
        __typename: 'CohortConnection',
        edges: [{ __typename: 'CohortEdge', node: { __typename: 'Cohort', id: 'c-1', code: 'PT-2026-SP', name: 'Spring' } }],
      },
    },
  },
};

const input = { programId: 'p-1', cohortId: null, ...PERIOD };

const reportMock = {
  request: { query: OutcomeReportDocument, variables: { input } },
  // Long enough to see the progress indicator on a loaded CI runner
  delay: 1000,
  result: { data: { outcomeReport: REPORT } },
};

const trendMock = {
  request: { query: ReportTrendDocument, variables: { input, periods: 5 } },
  result: {
    data: {
      reportTrend: ['2024–25', '2025–26'].map((label, i) => ({
        __typename: 'ReportTrendPoint',
        label,
        periodStart: `${2024 + i}-07-01`,
        periodEnd: `${2025 + i}-06-30`,
        rates: i === 0 ? [{ ...RETENTION, value: 0.9, numerator: 9, denominator: 10 }, { ...PLACEMENT, value: null, numerator: 0, denominator: 0, belowBenchmark: false, note: 'No graduates in the denominator (0)' }] : [RETENTION, PLACEMENT, LICENSURE],
      })),
    },
  },
};

const emptyConnection = (typename: string) => ({
  __typename: typename,
  totalCount: 0,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: [],
});

describe('ReportsPage', () => {
  it('defaults to the latest complete ABHES year and puts the choice in the address when generating', async () => {
    const chosen = { programId: 'p-1', cohortId: 'c-1', periodStart: '2024-07-01', periodEnd: '2025-06-30' };
    const { user, router } = renderWithApp(page, {
      user: USERS.admin,
      path: '/reports',
      initialEntry: '/reports',
      mocks: [
        programsMock,
        cohortsMock,
        cohortsMock,
        { request: { query: OutcomeReportDocument, variables: { input: chosen } }, result: { data: { outcomeReport: { ...REPORT, ...chosen, cohortCode: 'PT-2026-SP' } } } },
        { request: { query: ReportTrendDocument, variables: { input: chosen, periods: 5 } }, result: { data: { reportTrend: [] } } },
      ],
    });
    const program = await screen.findByRole('combobox', { name: 'Program' });
    expect(within(program).getAllByRole('option').map((o) => o.textContent)).toEqual(['All my programs', 'Demo Pharmacy Technician Program', 'Evening Program']);
    expect(screen.getByRole('combobox', { name: /ABHES year/ })).toHaveDisplayValue('2025–26: Jul 1, 2025 – Jun 30, 2026');
    expect(screen.getByLabelText(/First day/)).toHaveValue('2025-07-01');
    expect(screen.getByLabelText(/Last day/)).toHaveValue('2026-06-30');
    expect(screen.getByText('Choose what to report on')).toBeVisible();

    await user.selectOptions(program, 'Demo Pharmacy Technician Program');
    const cohort = screen.getByRole('combobox', { name: 'Cohort' });
    await within(cohort).findByRole('option', { name: 'PT-2026-SP · Spring' });
    await user.selectOptions(cohort, 'PT-2026-SP · Spring');
    await user.selectOptions(screen.getByRole('combobox', { name: /ABHES year/ }), '2024–25: Jul 1, 2024 – Jun 30, 2025');
    expect(screen.getByLabelText(/First day/)).toHaveValue('2024-07-01');
    await user.click(screen.getByRole('button', { name: 'Generate report' }));

    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({ program: 'p-1', cohort: 'c-1', from: '2024-07-01', to: '2025-06-30' });
    expect(await screen.findByRole('table', { name: 'ABHES retention and placement' })).toBeVisible();
    // The controls still show what is reported
    expect(screen.getByRole('combobox', { name: 'Cohort' })).toHaveDisplayValue('PT-2026-SP · Spring');
  });

  it('refuses a period that ends before it starts, without asking the server', async () => {
    const { user, router } = renderWithApp(page, { user: USERS.admin, path: '/reports', initialEntry: '/reports', mocks: [programsMock] });
    const last = await screen.findByLabelText(/Last day/);
    await user.clear(last);
    await user.type(last, '2025-01-31');
    expect(screen.getByRole('combobox', { name: /ABHES year/ })).toHaveDisplayValue('Custom period');
    await user.click(screen.getByRole('button', { name: 'Generate report' }));
    expect(await screen.findByText('The period must end on or after its first day')).toBeVisible();
    expect(router.state.location.search).toBe('');
  });

  it('builds the report a link asks for, with progress, figures and trend charts', async () => {
    renderWithApp(page, {
      user: USERS.admin,
      path: '/reports',
      initialEntry: '/reports?program=p-1&from=2025-07-01&to=2026-06-30',
      mocks: [programsMock, cohortsMock, reportMock, trendMock],
    });
    expect(await screen.findByText('Building report…')).toBeVisible();
    const abhes = await screen.findByRole('table', { name: 'ABHES retention and placement' }, { timeout: 5000 });
    expect(screen.queryByText('Building report…')).toBeNull();
    expect(screen.getByRole('region', { name: 'What this report covers' })).toHaveTextContent('Demo Pharmacy Technician Program');
    expect(within(abhes).getByText('Below 70% benchmark')).toBeVisible();

    // Each chart has a text alternative; a year without a denominator is described, not drawn as 0%
    const chart = await screen.findByRole('img', { name: /^ABHES placement by period/ });
    expect(chart).toHaveAccessibleName(
      'ABHES placement by period. 2024–25: No graduates in the denominator (0); 2025–26: 50.0% (3 of 6), below the 70% benchmark.',
    );
    expect(screen.getByRole('img', { name: /^ABHES retention by period/ })).toHaveAccessibleName(/2024–25: 90.0% \(9 of 10\)/);
  });

  it('says what to do when the report cannot be built', async () => {
    renderWithApp(page, {
      user: USERS.admin,
      path: '/reports',
      initialEntry: '/reports?program=p-1&from=2025-07-01&to=2026-06-30',
      mocks: [
        programsMock,
        cohortsMock,
        {
          request: { query: OutcomeReportDocument, variables: { input } },
          result: { errors: [{ message: 'periodEnd: a report covers at most 5 years', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The report could not be built');
    expect(alert).toHaveTextContent('periodEnd: a report covers at most 5 years');
    expect(alert).toHaveTextContent('Check the program, cohort and period above');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it('shows an empty list of snapshots', async () => {
    renderWithApp(page, {
      user: USERS.instructor,
      path: '/reports',
      initialEntry: '/reports?tab=snapshots',
      mocks: [
        {
          request: { query: ReportSnapshotsDocument, variables: { first: 20, after: null } },
          result: { data: { reportSnapshots: emptyConnection('ReportSnapshotConnection') } },
        },
      ],
    });
    expect(await screen.findByText('No snapshots saved yet')).toBeVisible();
    // Instructors do not read the disclosure log
    expect(screen.queryByRole('tab', { name: /Disclosure log/ })).toBeNull();
  });

  it('lists saved snapshots that open as they were saved', async () => {
    renderWithApp(page, {
      user: USERS.admin,
      path: '/reports',
      initialEntry: '/reports?tab=snapshots',
      mocks: [
        {
          request: { query: ReportSnapshotsDocument, variables: { first: 20, after: null } },
          result: {
            data: {
              reportSnapshots: {
                ...emptyConnection('ReportSnapshotConnection'),
                totalCount: 1,
                edges: [
                  {
                    __typename: 'ReportSnapshotEdge',
                    cursor: 's-1',
                    node: {
                      __typename: 'ReportSnapshot',
                      id: 's-1',
                      title: 'Submitted to ABHES',
                      programNames: ['Demo Pharmacy Technician Program'],
                      cohortCode: null,
                      ...PERIOD,
                      createdAt: '2026-12-01T10:00:00.000Z',
                      createdBy: 'Dana Director',
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Saved snapshots' });
    expect(within(table).getByRole('link', { name: 'Submitted to ABHES' })).toHaveAttribute('href', '/reports/snapshots/s-1');
    expect(table).toHaveTextContent('Jul 1, 2025 – Jun 30, 2026');
    expect(screen.getByText('Showing 1–1 of 1')).toBeVisible();
  });

  it('shows admins the disclosure log', async () => {
    renderWithApp(page, {
      user: USERS.admin,
      path: '/reports',
      initialEntry: '/reports?tab=log',
      mocks: [
        {
          request: { query: DisclosureLogDocument, variables: { first: 25, after: null } },
          result: {
            data: {
              disclosureLog: {
                ...emptyConnection('DisclosureEventConnection'),
                totalCount: 1,
                edges: [
                  {
                    __typename: 'DisclosureEventEdge',
                    cursor: 'd-1',
                    node: {
                      __typename: 'DisclosureEvent',
                      id: 'd-1',
                      at: '2026-12-01T10:00:00.000Z',
                      actorName: 'Dana Director',
                      action: 'REPORT_EXPORT_PDF',
                      description: 'ABHES/COE report, Demo Pharmacy Technician Program, 2025-07-01 – 2026-06-30',
                      purpose: null,
                      studentCount: 30,
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Disclosure log' });
    const [, row] = within(table).getAllByRole('row');
    expect(row).toHaveTextContent('Dana Director');
    expect(row).toHaveTextContent('PDF export');
    expect(row).toHaveTextContent('Not given');
    expect(row).toHaveTextContent('30');
  });
});
