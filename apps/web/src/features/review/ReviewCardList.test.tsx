import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { groupByStudent, type QueueRow } from './grouping';
import { ReviewCardList } from './ReviewCardList';

function row(id: string, studentId: string, fullName: string, day: string, minutes: number, status: QueueRow['status'] = 'SUBMITTED'): QueueRow {
  return {
    __typename: 'HourEntry',
    id,
    version: 1,
    enrollmentId: `e-${studentId}`,
    placementId: 'pl-1',
    component: 'EXPERIENTIAL',
    setting: 'COMMUNITY',
    startedAt: new Date(`${day}T08:00`).toISOString(),
    endedAt: new Date(new Date(`${day}T08:00`).getTime() + minutes * 60_000).toISOString(),
    minutes,
    activityNote: `Shift ${id}`,
    status,
    reviewComment: null,
    reviewedAt: null,
    loggedOnBehalf: false,
    clockedStartedAt: null,
    clockedEndedAt: null,
    editReason: null,
    placement: { __typename: 'Placement', id: 'pl-1', site: { __typename: 'Site', id: 'site-1', name: 'Main Street Pharmacy' } },
    enrollment: {
      __typename: 'Enrollment',
      id: `e-${studentId}`,
      cohort: { __typename: 'Cohort', id: 'c-1', code: 'PT-2026-A' },
      student: { __typename: 'Student', id: studentId, fullName },
    },
  } as QueueRow;
}

const rows = [
  row('h-1', 's-ana', 'Ana Diaz', '2026-03-02', 240),
  row('h-2', 's-ben', 'Ben Okafor', '2026-03-02', 480),
  row('h-3', 's-ana', 'Ana Diaz', '2026-03-03', 90),
  row('h-4', 's-ana', 'Ana Diaz', '2026-03-04', 60, 'APPROVED'),
];

describe('groupByStudent', () => {
  it('groups the queue by student in first-seen order and totals only the entries still pending', () => {
    const groups = groupByStudent(rows);
    expect(groups.map((g) => [g.studentName, g.entries.map((e) => e.id), g.pending.map((e) => e.id), g.pendingMinutes])).toEqual([
      ['Ana Diaz', ['h-1', 'h-3', 'h-4'], ['h-1', 'h-3'], 330],
      ['Ben Okafor', ['h-2'], ['h-2'], 480],
    ]);
  });
});

describe('ReviewCardList', () => {
  function renderList() {
    const handlers = { onApprove: vi.fn(), onApproveAll: vi.fn(), onReason: vi.fn() };
    const utils = renderWithApp(
      <ReviewCardList rows={rows} canReopen={false} canOpenStudents={false} busyRow={null} busyStudent={null} {...handlers} />,
      { path: '/review', initialEntry: '/review' },
    );
    return { ...utils, ...handlers };
  }

  it('shows one card per student with the pending hours, and approves all of a student’s waiting entries at once', async () => {
    const { user, onApproveAll } = renderList();
    const ana = await screen.findByRole('listitem', { name: 'Ana Diaz' });
    expect(within(ana).getByText('5:30 pending')).toBeVisible();
    await user.click(within(ana).getByRole('button', { name: 'Approve all for this student: Ana Diaz, 2 entries' }));
    expect(onApproveAll).toHaveBeenCalledWith('s-ana', [rows[0], rows[2]]);
    // One waiting entry: its own Approve button is enough.
    const ben = screen.getByRole('listitem', { name: 'Ben Okafor' });
    expect(within(ben).queryByRole('button', { name: /^Approve all/ })).not.toBeInTheDocument();
  });

  it('gives each waiting entry thumb-sized actions named after the student and day', async () => {
    const { user, onApprove, onReason } = renderList();
    const ben = await screen.findByRole('listitem', { name: 'Ben Okafor' });
    const approve = within(ben).getByRole('button', { name: /^Approve Ben Okafor, .*Mar 2, 2026$/ });
    expect(approve).toHaveStyle({ minHeight: '44px' });
    await user.click(approve);
    expect(onApprove).toHaveBeenCalledWith(rows[1]);
    await user.click(within(ben).getByRole('button', { name: /^Reject Ben Okafor/ }));
    expect(onReason).toHaveBeenCalledWith('REJECT', rows[1]);
    // The approved entry of Ana has no review actions (and no reopen without the permission).
    const ana = screen.getByRole('listitem', { name: 'Ana Diaz' });
    expect(within(ana).getAllByRole('button', { name: /^Approve Ana Diaz/ })).toHaveLength(2);
  });

  it('shows the reviewer both times of a clocked shift edited afterwards, with the student’s reason', async () => {
    const edited = {
      ...row('h-9', 's-cy', 'Cy Lee', '2026-03-05', 541),
      startedAt: new Date('2026-03-05T07:30').toISOString(),
      endedAt: new Date('2026-03-05T16:31:20').toISOString(),
      clockedStartedAt: new Date('2026-03-05T08:02:41').toISOString(),
      clockedEndedAt: new Date('2026-03-05T16:31:20').toISOString(),
      editReason: 'Forgot to clock in when I arrived',
    };
    renderWithApp(
      <ReviewCardList rows={[edited, rows[1]!]} canReopen={false} canOpenStudents={false} busyRow={null} busyStudent={null} onApprove={vi.fn()} onApproveAll={vi.fn()} onReason={vi.fn()} />,
      { path: '/review', initialEntry: '/review' },
    );
    const cy = await screen.findByRole('listitem', { name: 'Cy Lee' });
    expect(within(cy).getByText('Clocked 8:02 AM–4:31 PM, edited to 7:30 AM–4:31 PM: Forgot to clock in when I arrived')).toBeVisible();
    // An entry logged by hand (or still on the clock) has no such line.
    expect(within(screen.getByRole('listitem', { name: 'Ben Okafor' })).queryByText(/^Clocked /)).not.toBeInTheDocument();
  });
});
