import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { RosterDocument } from '../cohorts/operations';
import { CohortOptionsDocument, SiteOptionsDocument } from '../review/operations';
import { CreatePlacementModal } from './CreatePlacementModal';
import { CreatePlacementDocument, PlacementSiteDocument } from './operations';

const CAPACITY = 'Main Street Pharmacy already has 2 students placed on those dates, its capacity.';
const mocksRefusing = (message: string, fields: { field: string; message: string }[] = []) => [
  {
    request: { query: CohortOptionsDocument },
    result: { data: { cohorts: { __typename: 'CohortConnection', edges: [{ __typename: 'CohortEdge', node: { __typename: 'Cohort', id: 'c-1', code: 'PT-2026-A', name: 'Spring 2026' } }] } } },
  },
  {
    request: { query: SiteOptionsDocument },
    result: { data: { sites: { __typename: 'SiteConnection', edges: [{ __typename: 'SiteEdge', node: { __typename: 'Site', id: 'site-1', name: 'Main Street Pharmacy' } }] } } },
  },
  {
    request: {
      query: RosterDocument,
      variables: { first: 100, after: null, filter: { cohortId: 'c-1', search: null, statuses: null }, orderBy: { field: 'NAME', direction: 'ASC' } },
    },
    result: {
      data: {
        enrollments: {
          __typename: 'EnrollmentConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' },
          edges: [
            {
              __typename: 'EnrollmentEdge',
              cursor: 'x',
              node: {
                __typename: 'Enrollment',
                id: 'e-1',
                enrolledOn: '2026-01-12',
                status: 'ENROLLED',
                statusSince: '2026-01-12',
                student: { __typename: 'Student', id: 's-1', fullName: 'Ana Diaz', studentNumber: 'PT-001' },
                progress: { __typename: 'HoursProgress', requiredMinutes: 24000, approvedMinutes: 0, pendingMinutes: 0, projectedCompletionDate: null, complete: false, atRisk: false },
              },
            },
          ],
        },
      },
    },
  },
  {
    request: { query: PlacementSiteDocument, variables: { id: 'site-1' } },
    result: {
      data: {
        site: {
          __typename: 'Site',
          id: 'site-1',
          capacity: 2,
          agreementStartDate: '2025-01-01',
          agreementEndDate: '2027-12-31',
          preceptors: [{ __typename: 'Preceptor', id: 'pr-1', licenseExpiresOn: '2027-06-30', user: { __typename: 'User', id: 'u-prec', displayName: 'Pat Preceptor' } }],
        },
      },
    },
  },
  {
    request: {
      query: CreatePlacementDocument,
      variables: {
        input: { enrollmentId: 'e-1', siteId: 'site-1', preceptorId: 'pr-1', startDate: '2026-03-02', endDate: '2026-04-24', plannedHours: 160 },
      },
    },
    result: {
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields } }],
    },
  },
];

describe('CreatePlacementModal', () => {
  async function fillAndSubmit(message: string, fields?: { field: string; message: string }[]) {
    const onClose = vi.fn();
    const { user } = renderWithApp(<CreatePlacementModal opened onClose={onClose} />, { user: USERS.instructor, mocks: mocksRefusing(message, fields) });
    const dialog = screen.getByRole('dialog', { name: 'New placement' });

    await user.click(within(dialog).getByRole('textbox', { name: /^Cohort/ }));
    await user.click(await screen.findByRole('option', { name: 'PT-2026-A · Spring 2026' }));
    await user.click(within(dialog).getByRole('textbox', { name: /^Student/ }));
    await user.click(await screen.findByRole('option', { name: 'Ana Diaz (PT-001)' }));
    await user.click(within(dialog).getByRole('textbox', { name: /^Site/ }));
    await user.click(await screen.findByRole('option', { name: 'Main Street Pharmacy' }));
    await screen.findByText(/takes 2 students at a time/);
    await user.click(within(dialog).getByRole('textbox', { name: /^Preceptor/ }));
    await user.click(await screen.findByRole('option', { name: 'Pat Preceptor' }));
    await user.type(within(dialog).getByLabelText(/^Start date/), '2026-03-02');
    await user.type(within(dialog).getByLabelText(/^End date/), '2026-04-24');
    await user.type(within(dialog).getByLabelText(/^Planned hours/), '160');
    await user.click(within(dialog).getByRole('button', { name: 'Create placement' }));
    return { dialog, onClose };
  }

  it('places a student picked from the cohort’s roster, and shows why the API refused', async () => {
    const { dialog, onClose } = await fillAndSubmit(CAPACITY);
    expect(await within(dialog).findByText(CAPACITY)).toBeVisible();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a compliance refusal naming each item and its problem', async () => {
    const message =
      "enrollmentId: the student is not compliance-cleared through the placement's end: Immunization: Hepatitis B expires 2026-04-01, before the placement ends 2026-04-24; TB test is missing. Verify current records first (or waive an item with a reason), then create the placement.";
    const { dialog, onClose } = await fillAndSubmit(message);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The student was not placed');
    expect(alert).toHaveTextContent('Immunization: Hepatitis B expires 2026-04-01, before the placement ends 2026-04-24; TB test is missing');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows the refusal above the form also when its field found its input', async () => {
    const message = 'The placement must end within the externship window (2026-03-01 to 2026-04-17).';
    const { dialog } = await fillAndSubmit(message, [{ field: 'endDate', message: 'End by 2026-04-17' }]);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).getByLabelText(/^End date/)).toHaveAccessibleDescription('End by 2026-04-17');
  });
});
