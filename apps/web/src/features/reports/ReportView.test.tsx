import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { ReportFigureStudentsDocument, SaveReportSnapshotDocument, SnapshotFigureStudentsDocument } from './operations';
import { GRADUATES, LIVE_INPUT, REPORT } from './report.fixtures';
import { ReportView } from './ReportView';

const live = { kind: 'live', input: LIVE_INPUT } as const;

function studentsMock(figureKey: string, students: typeof GRADUATES) {
  return {
    request: { query: ReportFigureStudentsDocument, variables: { input: LIVE_INPUT, figureKey } },
    result: { data: { outcomeReport: { __typename: 'OutcomeReport', students } } },
  };
}

describe('ReportView', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders each table with its caption, and marks a rate under its benchmark with words, not colour alone', () => {
    renderWithApp(<ReportView report={REPORT} source={live} />, { user: USERS.admin });
    const abhes = screen.getByRole('table', { name: 'ABHES retention and placement' });
    const [, , , retention, placement] = within(abhes).getAllByRole('row');
    expect(placement).toHaveTextContent('50.0%');
    expect(within(placement as HTMLElement).getByText('Below 70% benchmark')).toBeVisible();
    expect(retention).toHaveTextContent('80.0%');
    expect(retention).toHaveTextContent('Benchmark 70%');
    expect(within(retention as HTMLElement).queryByText(/Below/)).toBeNull();
    expect(screen.getAllByText(/Below 70% benchmark/)).toHaveLength(1);
  });

  it('shows the note of a rate with nobody in its denominator, never 0% or NaN', () => {
    renderWithApp(<ReportView report={REPORT} source={live} />, { user: USERS.admin });
    const coe = screen.getByRole('table', { name: 'COE completion, placement and licensure' });
    const [, licensure] = within(coe).getAllByRole('row');
    expect(licensure).toHaveTextContent('No completers took a credentialing exam (0)');
    expect(licensure).not.toHaveTextContent(/0%|NaN/);
  });

  it('opens the list of the students a figure counts', async () => {
    const { user } = renderWithApp(<ReportView report={REPORT} source={live} />, {
      user: USERS.admin,
      mocks: [studentsMock('abhes.graduates', GRADUATES)],
    });
    await user.click(screen.getByRole('button', { name: 'Show the 6 students counted in Graduates (G)' }));
    const dialog = await screen.findByRole('dialog', { name: /Graduates \(G\)/ });
    const list = await within(dialog).findByRole('table', { name: '2 students counted in Graduates (G)' });
    const [, first] = within(list).getAllByRole('row');
    expect(within(first as HTMLElement).getByRole('link', { name: 'Ana Diaz' })).toHaveAttribute('href', '/students/s-1');
    expect(first).toHaveTextContent('PT-2026-SP');
    expect(first).toHaveTextContent('GRADUATED on 2026-06-26');
    expect(first).toHaveTextContent('Jun 26, 2026');

    await user.click(within(dialog).getByRole('button', { name: 'Close the student list' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says which employment the placement figures count, and marks unverified jobs in the drill-down', async () => {
    const placed = [
      { ...GRADUATES[0], evidence: 'Employed in field: Main St Pharmacy (Technician) from 2026-07-06, verified 2026-07-20 (Employer call)' },
      { ...GRADUATES[1], evidence: 'Employed in field: Oak Drug (Technician) from 2026-07-13, not yet verified' },
    ];
    const { user } = renderWithApp(<ReportView report={REPORT} source={live} />, { user: USERS.admin, mocks: [studentsMock('abhes.graduates', placed)] });
    expect(screen.getByText('Placement counts verified employment only (program setting).')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show the 6 students counted in Graduates (G)' }));
    const list = await screen.findByRole('table', { name: '2 students counted in Graduates (G)' });
    const [, verified, unverified] = within(list).getAllByRole('row');
    expect(within(unverified as HTMLElement).getByText('Unverified')).toBeVisible();
    expect(within(verified as HTMLElement).queryByText('Unverified')).toBeNull();
  });

  it('drills into the numerator of a rate, and says so when a figure counts nobody', async () => {
    const { user } = renderWithApp(<ReportView report={REPORT} source={live} />, {
      user: USERS.admin,
      mocks: [studentsMock('abhes.unavailable', [])],
    });
    expect(screen.getByRole('button', { name: 'Show the 3 students counted in Employed in field or related (F + R)' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show the 0 students counted in Unavailable for employment (U)' }));
    expect(await screen.findByText('No students counted here')).toBeVisible();
  });

  it('reads the students of a saved snapshot from the snapshot, not from today’s records', async () => {
    const { user } = renderWithApp(<ReportView report={{ ...REPORT, snapshotId: 's-1' }} source={{ kind: 'snapshot', id: 's-1' }} />, {
      user: USERS.admin,
      mocks: [
        {
          request: { query: SnapshotFigureStudentsDocument, variables: { id: 's-1', figureKey: 'abhes.graduates' } },
          result: {
            data: {
              reportSnapshot: { __typename: 'ReportSnapshot', id: 's-1', report: { __typename: 'OutcomeReport', students: GRADUATES.slice(0, 1) } },
            },
          },
        },
      ],
    });
    // A snapshot is never saved again
    expect(screen.queryByRole('button', { name: 'Save snapshot' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /counted in Graduates \(G\)/ }));
    expect(await screen.findByRole('table', { name: '1 student counted in Graduates (G)' })).toHaveTextContent('Ana Diaz');
  });

  it('shows why the students could not be listed', async () => {
    const { user } = renderWithApp(<ReportView report={REPORT} source={live} />, {
      user: USERS.admin,
      mocks: [
        {
          request: { query: ReportFigureStudentsDocument, variables: { input: LIVE_INPUT, figureKey: 'abhes.graduates' } },
          result: { errors: [{ message: 'Unknown figure abhes.graduates', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /counted in Graduates \(G\)/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Unknown figure abhes.graduates');
  });

  it('exports a PDF with the purpose, and explains a refusal', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        new Response('%PDF-1.7', {
          status: 200,
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="demo-report-2025-07-01-2026-06-30.pdf"' },
        }),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify({ message: 'Choose a period of at most 5 years' }), { status: 400 }));
    vi.stubGlobal('fetch', fetchMock);
    // jsdom has no object URLs
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const { user } = renderWithApp(<ReportView report={REPORT} source={live} />, { user: USERS.admin });
    await user.type(screen.getByLabelText(/Purpose of this disclosure/), 'ABHES annual report');
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByText(/demo-report-2025-07-01-2026-06-30.pdf was downloaded/)).toBeVisible();
    const url = new URL(fetchMock.mock.calls[0]?.[0] as string, 'http://x');
    expect(url.pathname).toBe('/api/reports/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'pdf',
      programId: 'p-1',
      periodStart: '2025-07-01',
      periodEnd: '2026-06-30',
      purpose: 'ABHES annual report',
    });
    expect(click).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Choose a period of at most 5 years')).toBeVisible();
    expect(screen.getByText('The export failed')).toBeVisible();
  });

  it('exports a snapshot from the snapshot’s own address', async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response('', { status: 404 }));
    vi.stubGlobal('fetch', fetchMock);
    const { user } = renderWithApp(<ReportView report={REPORT} source={{ kind: 'snapshot', id: 's-9' }} />, { user: USERS.instructor });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('This report or snapshot no longer exists.')).toBeVisible();
    expect(fetchMock).toHaveBeenCalledWith('/api/reports/snapshots/s-9/export?format=csv', expect.anything());
  });

  it('saves a snapshot with its title and links to it', async () => {
    const { user } = renderWithApp(<ReportView report={REPORT} source={live} />, {
      user: USERS.instructor,
      mocks: [
        {
          request: { query: SaveReportSnapshotDocument, variables: { input: LIVE_INPUT, title: 'Submitted to ABHES' } },
          result: { data: { saveReportSnapshot: { __typename: 'ReportSnapshot', id: 's-2', title: 'Submitted to ABHES' } } },
        },
      ],
    });
    await user.type(screen.getByLabelText(/Snapshot title/), 'Submitted to ABHES');
    await user.click(screen.getByRole('button', { name: 'Save snapshot' }));
    expect(await screen.findByText('Snapshot saved')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the snapshot' })).toHaveAttribute('href', '/reports/snapshots/s-2');
  });

  it('offers no export or snapshot to someone without those permissions', () => {
    renderWithApp(<ReportView report={REPORT} source={live} />, { user: USERS.preceptor });
    expect(screen.queryByRole('button', { name: 'Export PDF' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save snapshot' })).toBeNull();
  });
});
