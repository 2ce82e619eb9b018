import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EnrollmentDetailFragment } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { CorrectStatusEventDocument } from './operations';
import { StatusHistory } from './StatusHistory';

type StatusEvent = EnrollmentDetailFragment['statusHistory'][number];
const by = { id: 'u-1', displayName: 'Dana Director' };
const event = (over: Partial<StatusEvent>): StatusEvent => ({
  id: 'ev-1', status: 'ENROLLED', effectiveOn: '2026-01-12', reasonCode: 'NEW_START', note: null,
  recordedAt: '2026-01-12T15:00:00Z', recordedBy: by, overrideReason: null, unmetRequirements: null, voidedAt: null, voidReason: null, voidedBy: null,
  ...over,
});
const events = [
  event({}),
  event({ id: 'ev-2', status: 'GRADUATED', effectiveOn: '2026-01-13', reasonCode: 'PROGRAM_REQUIREMENTS_MET', recordedAt: '2026-01-13T15:00:00Z',
    voidedAt: '2026-01-14T15:00:00Z', voidReason: 'Recorded for the wrong student', voidedBy: by }),
  event({ id: 'ev-3', status: 'GRADUATED', effectiveOn: '2026-06-26', reasonCode: 'PROGRAM_REQUIREMENTS_MET', recordedAt: '2026-06-26T15:00:00Z',
    overrideReason: 'Hours completed at the partner college', unmetRequirements: ['312 of 400 approved hours'] }),
];

describe('StatusHistory', () => {
  it('strikes through a voided event with its reason and shows an override with what was unmet', () => {
    renderWithApp(<StatusHistory events={events} caption="History" />);
    const voided = screen.getByRole('row', { name: 'Voided event' });
    expect(within(voided).getByText('Voided')).toBeVisible();
    expect(within(voided).getByText(/by Dana Director: Recorded for the wrong student/)).toBeVisible();
    expect(screen.getByText('Override: Hours completed at the partner college')).toBeVisible();
    expect(screen.getByText('312 of 400 approved hours')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Correct…' })).toBeNull();
  });

  it('lets an admin correct only the current event, asking for a reason', async () => {
    const input = { eventId: 'ev-3', reason: 'Graduated by mistake, still in class' };
    const { user } = renderWithApp(<StatusHistory events={events} caption="History" canCorrect />, {
      mocks: [{ request: { query: CorrectStatusEventDocument, variables: { input } }, result: { errors: [{ message: 'Refused by the test', extensions: { code: 'CONFLICT' } }] } }],
    });
    const buttons = screen.getAllByRole('button', { name: 'Correct…' });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0]);
    await user.type(await screen.findByLabelText(/^Reason for the correction/), 'oops');
    await user.click(screen.getByRole('button', { name: 'Void event' }));
    expect(await screen.findByText('Explain the correction in at least 10 characters')).toBeVisible();
    await user.clear(screen.getByLabelText(/^Reason for the correction/));
    await user.type(screen.getByLabelText(/^Reason for the correction/), input.reason);
    await user.click(screen.getByRole('button', { name: 'Void event' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Refused by the test');
  });

  it('sends the replacement status with its reason, and starts over with "only void" when opened again', async () => {
    const input = { eventId: 'ev-3', reason: 'Went on leave, did not graduate', correctedStatus: 'LEAVE_OF_ABSENCE', correctedReasonCode: 'MEDICAL' };
    const { user } = renderWithApp(<StatusHistory events={events} caption="History" canCorrect />, {
      mocks: [{ request: { query: CorrectStatusEventDocument, variables: { input } }, result: { errors: [{ message: 'Refused by the test', extensions: { code: 'CONFLICT' } }] } }],
    });
    await user.click(screen.getByRole('button', { name: 'Correct…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Correct a status event' });
    await user.type(within(dialog).getByLabelText(/^Reason for the correction/), input.reason);
    await user.click(within(dialog).getByRole('textbox', { name: /^Correct status/ }));
    await user.click(await screen.findByRole('option', { name: 'On leave' }));
    expect(within(dialog).getByRole('button', { name: 'Void and replace' })).toBeDisabled();
    await user.click(within(dialog).getByRole('textbox', { name: /^Reason of the correct status/ }));
    await user.click(await screen.findByRole('option', { name: 'Health / medical' }));
    await user.click(within(dialog).getByRole('button', { name: 'Void and replace' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The status was not corrected');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Refused by the test');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Correct…' }));
    dialog = await screen.findByRole('dialog', { name: 'Correct a status event' });
    expect(within(dialog).getByLabelText(/^Reason for the correction/)).toHaveValue('');
    expect(within(dialog).getByRole('textbox', { name: /^Correct status/ })).toHaveValue('');
    expect(within(dialog).queryByRole('textbox', { name: /^Reason of the correct status/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Void event' })).toBeEnabled();
  });
});
