import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { MyProgressPage } from './MyProgressPage';
import { EnrollmentHoursDocument, MyEnrollmentsDocument } from './operations';

const h = (hours: number) => hours * 60;
const cohort = { __typename: 'Cohort', id: 'c-1', code: 'PT-2026-A', externshipStartDate: '2026-02-01', externshipEndDate: '2026-06-30' };

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
            cohort: { ...cohort, name: 'Spring 2026' },
            placements: [],
            openClockIn: null,
          },
        ],
      },
    },
  },
};

function enrollmentHours(atRisk: boolean) {
  return {
    request: { query: EnrollmentHoursDocument, variables: { id: 'e-1' } },
    result: {
      data: {
        enrollment: {
          __typename: 'Enrollment',
          id: 'e-1',
          cohort,
          placements: [],
          progress: {
            __typename: 'HoursProgress',
            requiredMinutes: h(400),
            approvedMinutes: h(266),
            pendingMinutes: h(8),
            pacePerDay: 60,
            projectedCompletionDate: atRisk ? '2026-09-14' : '2026-05-20',
            complete: false,
            atRisk,
            atRiskReason: atRisk ? 'At the recent pace the hours finish on Sep 14, 2026, after the externship ends on Jun 30, 2026.' : null,
            requirements: [
              { __typename: 'RequirementProgress', component: 'DIDACTIC', setting: null, requiredMinutes: h(120), approvedMinutes: h(120), pendingMinutes: 0, met: true },
              { __typename: 'RequirementProgress', component: 'SIMULATED', setting: null, requiredMinutes: h(50), approvedMinutes: h(50), pendingMinutes: 0, met: true },
              { __typename: 'RequirementProgress', component: 'EXPERIENTIAL', setting: null, requiredMinutes: h(130), approvedMinutes: h(96), pendingMinutes: h(8), met: false },
            ],
            rotation: { __typename: 'RotationProgress', rotationMinutes: [h(96)], met: false, description: 'At least one rotation of 130 hours or more' },
          },
        },
      },
    },
  };
}

function renderProgress(atRisk: boolean) {
  return renderWithApp(<MyProgressPage />, { path: '/progress', initialEntry: '/progress', user: USERS.student, mocks: [myEnrollments, enrollmentHours(atRisk)] });
}

describe('MyProgressPage', () => {
  it('shows one bar per requirement, named with approved and pending hours', async () => {
    renderProgress(false);
    const experiential = await screen.findByRole('progressbar', { name: 'Experiential: 96 of 130 h approved, 8 h pending' });
    expect(experiential).toHaveAttribute('aria-valuenow', '74');
    expect(screen.getByRole('progressbar', { name: 'Didactic: 120 of 120 h approved' })).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Overall: 266 of 400 h approved, 8 h pending' })).toBeVisible();
    expect(screen.getByText('96 of 130 h approved, 8 h pending')).toBeVisible();
    expect(screen.getByText('At least one rotation of 130 hours or more.')).toBeVisible();
    expect(screen.getByText('May 20, 2026')).toBeVisible();
    expect(screen.queryByText('At risk of not finishing in time')).not.toBeInTheDocument();
    expect(screen.getByText('The program requires 400 h in total. The minimums below add up to 300 h; the other 100 h may be in any component.')).toBeVisible();
    expect(document.title).toBe('My progress · Externship portal');
  });

  it('warns the student when the projected finish falls after the externship window', async () => {
    renderProgress(true);
    expect(await screen.findByText('At risk of not finishing in time')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'At the recent pace the hours finish on Sep 14, 2026, after the externship ends on Jun 30, 2026. Talk with your instructor about a plan to catch up.',
    );
  });

  it('prints the progress with lines for the student and the preceptor or program official to sign, and the date', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderProgress(false);
    await screen.findByRole('progressbar', { name: /^Experiential: / });
    await user.click(screen.getByRole('button', { name: 'Print my progress' }));
    expect(print).toHaveBeenCalledTimes(1);
    const sheet = screen.getByTestId('print-signatures');
    expect(sheet).toHaveClass('print-only');
    expect(sheet).toHaveTextContent(/^Hours progress for .+, printed [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
    expect(sheet).toHaveTextContent('Student signature');
    expect(sheet).toHaveTextContent('Preceptor / program official signature');
    print.mockRestore();
  });
});
