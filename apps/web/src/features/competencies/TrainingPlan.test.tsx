import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { TrainingPlanDocument } from './operations';
import { TrainingPlan } from './TrainingPlan';

const competency = (id: string, code: string, summary: string) => ({ __typename: 'Competency', id, code, summary });
const planMock = {
  request: { query: TrainingPlanDocument, variables: { id: 'e-1' } },
  result: {
    data: {
      enrollment: {
        __typename: 'Enrollment',
        id: 'e-1',
        trainingPlan: {
          __typename: 'TrainingPlan',
          plannedCount: 2,
          plannedSignedOffCount: 1,
          rotations: [
            {
              __typename: 'TrainingRotation',
              placement: {
                __typename: 'Placement', id: 'pl-1', startDate: '2026-11-02', endDate: '2026-12-18', plannedHours: 160,
                site: { __typename: 'Site', id: 'site-1', name: 'Main St Pharmacy', setting: 'COMMUNITY' },
                preceptor: { __typename: 'Preceptor', id: 'pr-1', user: { __typename: 'User', id: 'u-9', displayName: 'Pat Preceptor' } },
              },
              approvedHours: 51,
              pendingHours: 25.5,
              competencies: [
                { __typename: 'CompetencyChecklistItem', competency: competency('c-1', '3.2E', 'Take in and prepare prescriptions'), signoff: { __typename: 'CompetencySignoff', id: 'so-1', signedOn: '2026-11-08' } },
                { __typename: 'CompetencyChecklistItem', competency: competency('c-2', '4.2E', 'Use safety habits'), signoff: null },
              ],
            },
          ],
          unplanned: [{ __typename: 'CompetencyChecklistItem', competency: competency('c-3', '5.1E', 'Follow drug laws'), signoff: null }],
        },
      },
    },
  },
};

describe('TrainingPlan', () => {
  it('shows each rotation with its hours and its competencies against the sign-offs, and what no rotation covers', async () => {
    renderWithApp(<TrainingPlan enrollmentId="e-1" canEdit />, { user: USERS.instructor, mocks: [planMock] });
    const rotation = await screen.findByRole('region', { name: 'Rotation 1: Main St Pharmacy' });
    expect(rotation).toHaveTextContent('Community / retail');
    expect(rotation).toHaveTextContent('51 of 160 planned hours approved, 25.5 waiting for review');
    const rows = within(within(rotation).getByRole('table', { name: 'Competencies of rotation 1' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('3.2E');
    expect(rows[1]).toHaveTextContent('Nov 8, 2026');
    expect(rows[2]).toHaveTextContent('Not yet');
    expect(screen.getByText(/1 of 2 planned competencies signed off · 1 not yet in any rotation/)).toBeVisible();
    expect(within(screen.getByRole('region', { name: 'Not yet in any rotation' })).getByText('5.1E')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Edit competencies of rotation 1' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Print the training plan' })).toBeVisible();
  });

  it('is read-only for the student', async () => {
    renderWithApp(<TrainingPlan enrollmentId="e-1" canEdit={false} />, { user: USERS.student, mocks: [planMock] });
    await screen.findByRole('region', { name: 'Rotation 1: Main St Pharmacy' });
    expect(screen.queryByRole('button', { name: /Edit competencies/ })).toBeNull();
  });
});
