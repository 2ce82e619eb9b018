import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { ClockCard } from './ClockCard';
import type { MyEnrollment } from './MyEnrollmentGate';
import { CancelClockInDocument } from './operations';

const enrollment = (minutesAgo: number) =>
  ({
    __typename: 'Enrollment',
    id: 'en-1',
    status: 'ENROLLED',
    enrolledOn: '2026-01-05',
    cohort: { __typename: 'Cohort', id: 'c-1', code: 'PT-2026-A', name: 'Spring', externshipStartDate: '2026-01-01', externshipEndDate: '2027-12-31' },
    placements: [],
    openClockIn: {
      __typename: 'ClockIn',
      id: 'ck-1',
      startedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
      placementId: 'pl-1',
      placement: { __typename: 'Placement', id: 'pl-1', site: { __typename: 'Site', id: 'si-1', name: 'Main Street Pharmacy' } },
    },
  }) as unknown as MyEnrollment;

const cancelled = {
  request: { query: CancelClockInDocument, variables: { enrollmentId: 'en-1' } },
  result: { data: { cancelClockIn: { __typename: 'ClockIn', id: 'ck-1', enrollmentId: 'en-1' } } },
};

describe('ClockCard', () => {
  it('asks before clocking out of a shift under 5 minutes, and offers to cancel the clock-in instead', async () => {
    const { user } = renderWithApp(<ClockCard enrollment={enrollment(2)} />, { user: USERS.student, mocks: [cancelled] });
    await user.type(screen.getByLabelText(/^Activity note/), 'Oops');
    await user.click(screen.getByRole('button', { name: 'Clock out' }));
    const short = await screen.findByRole('dialog', { name: 'A very short shift' });
    expect(within(short).getByText('This shift is only 2 minutes. Clock out anyway, or cancel the clock-in?')).toBeVisible();
    expect(within(short).getByRole('button', { name: 'Clock out anyway' })).toBeVisible();

    await user.click(within(short).getByRole('button', { name: 'Cancel the clock-in' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this clock-in?' });
    expect(within(confirm).getByText(/no hours are logged/)).toBeVisible();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel clock-in' }));
    expect(await screen.findByText('Clock-in cancelled')).toBeVisible();
  });

  it('cancels a clock-in from its own button after a confirmation', async () => {
    const { user } = renderWithApp(<ClockCard enrollment={enrollment(90)} />, { user: USERS.student, mocks: [cancelled] });
    await user.click(screen.getByRole('button', { name: 'Cancel clock-in' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this clock-in?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel clock-in' }));
    expect(await screen.findByText('Clock-in cancelled')).toBeVisible();
    // The dialog closes with a transition: gone shortly after the toast.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 4000 });
  });
});
