import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { EDIT_REASON_REQUIRED, END_BEFORE_START, HourEntryForm } from './HourEntryForm';
import { LogHoursDocument, UpdateHourEntryDocument } from './operations';

const placement = {
  __typename: 'Placement' as const,
  id: 'pl-1',
  startDate: '2026-02-01',
  endDate: '2026-04-30',
  plannedHours: 160,
  complianceGaps: [] as string[],
  site: { __typename: 'Site' as const, id: 'site-1', name: 'Main Street Pharmacy', setting: 'COMMUNITY' as const },
  preceptor: { __typename: 'Preceptor' as const, id: 'pr-1', user: { __typename: 'User' as const, id: 'u-prec', displayName: 'Pat Preceptor' } },
};

const iso = (date: string, time: string) => new Date(`${date}T${time}`).toISOString();

function renderForm(mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  const onSaved = vi.fn();
  const view = renderWithApp(<HourEntryForm enrollmentId="e-1" placements={[placement]} onSaved={onSaved} />, {
    user: USERS.student,
    mocks,
  });
  return { ...view, onSaved };
}

type User = ReturnType<typeof renderWithApp>['user'];

async function fillShift(user: User, { kind, date, start, end, note }: { kind: string; date: string; start: string; end: string; note: string }) {
  await user.click(screen.getByRole('textbox', { name: /^Kind of hours/ }));
  await user.click(screen.getByRole('option', { name: kind }));
  const dateInput = screen.getByLabelText(/^Date/);
  await user.clear(dateInput);
  await user.type(dateInput, date);
  await user.type(screen.getByLabelText(/^Start time/), start);
  await user.type(screen.getByLabelText(/^End time/), end);
  await user.type(screen.getByLabelText(/^Activity note/), note);
}

describe('HourEntryForm', () => {
  it('computes the duration while the student types the times', async () => {
    const { user } = renderForm();
    expect(screen.getByTestId('entry-duration')).toHaveTextContent('Duration: enter the start and end times');
    await fillShift(user, { kind: 'Didactic', date: '2026-03-03', start: '08:00', end: '15:30', note: 'Lecture' });
    expect(screen.getByTestId('entry-duration')).toHaveTextContent('Duration: 7:30 (7.5 h)');
  });

  it('refuses an end before the start without asking the server', async () => {
    // No mocks: a request would fail and show "The hours were not logged".
    const { user, onSaved } = renderForm();
    await fillShift(user, { kind: 'Didactic', date: '2026-03-03', start: '14:00', end: '09:00', note: 'Lecture' });
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(await screen.findByText(END_BEFORE_START)).toBeVisible();
    expect(screen.getByLabelText(/^End time/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('The hours were not logged')).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows the setting of the chosen placement and the server’s reason for refusing an overlapping shift', async () => {
    const message = 'These hours overlap your entry of Mar 3, 8:00 AM – 12:00 PM. Change the times or edit that entry.';
    const { user, onSaved } = renderForm([
      {
        request: {
          query: LogHoursDocument,
          variables: {
            input: {
              enrollmentId: 'e-1',
              component: 'EXPERIENTIAL',
              placementId: 'pl-1',
              startedAt: iso('2026-03-03', '10:00'),
              endedAt: iso('2026-03-03', '14:00'),
              activityNote: 'Filled prescriptions',
            },
          },
        },
        result: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ]);
    await fillShift(user, { kind: 'Experiential', date: '2026-03-03', start: '10:00', end: '14:00', note: 'Filled prescriptions' });
    // The student's only placement is chosen for them
    expect(screen.getByRole('textbox', { name: /^Placement/ })).toHaveValue('Main Street Pharmacy · Feb 1, 2026 – Apr 30, 2026');
    expect(screen.getByText('Setting: Community / retail')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Log hours' }));

    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.getByText('The hours were not logged')).toBeVisible();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('puts the server’s message about an instant beside the time input, and keeps its words in the alert', async () => {
    const { user, onSaved } = renderForm([
      {
        request: {
          query: LogHoursDocument,
          variables: {
            input: {
              enrollmentId: 'e-1',
              component: 'DIDACTIC',
              placementId: null,
              startedAt: iso('2026-03-03', '08:00'),
              endedAt: iso('2026-03-03', '10:00'),
              activityNote: 'Lecture',
            },
          },
        },
        result: { errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'startedAt', message: 'Starts in the future' }] } }] },
      },
    ]);
    await fillShift(user, { kind: 'Didactic', date: '2026-03-03', start: '08:00', end: '10:00', note: 'Lecture' });
    await user.click(screen.getByRole('button', { name: 'Log hours' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid input');
    expect(screen.getByLabelText(/^Start time/)).toHaveAccessibleDescription('Starts in the future');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('keeps the placement and the kind of hours when the student picks the chosen option again', async () => {
    const { user } = renderForm();
    await fillShift(user, { kind: 'Experiential', date: '2026-03-03', start: '10:00', end: '14:00', note: 'Filled prescriptions' });
    const placementBox = screen.getByRole('textbox', { name: /^Placement/ });
    expect(placementBox).toHaveValue('Main Street Pharmacy · Feb 1, 2026 – Apr 30, 2026');
    // Re-picking what is already chosen (as people do to be sure) must not empty a required field
    await user.click(placementBox);
    await user.click(screen.getByRole('option', { name: /Main Street Pharmacy/ }));
    expect(placementBox).toHaveValue('Main Street Pharmacy · Feb 1, 2026 – Apr 30, 2026');
    await user.click(screen.getByRole('textbox', { name: /^Kind of hours/ }));
    await user.click(screen.getByRole('option', { name: 'Experiential' }));
    expect(screen.getByRole('textbox', { name: /^Kind of hours/ })).toHaveValue('Experiential');
    expect(screen.queryByText('Choose the placement these hours were at')).not.toBeInTheDocument();
  });

  describe('editing a clocked shift', () => {
    const clockedStart = new Date('2026-03-03T08:02:41').toISOString();
    const clockedEnd = new Date('2026-03-03T16:31:20').toISOString();
    const entry = {
      __typename: 'HourEntry' as const,
      id: 'h-1',
      version: 1,
      enrollmentId: 'e-1',
      placementId: 'pl-1',
      component: 'EXPERIENTIAL' as const,
      setting: 'COMMUNITY' as const,
      startedAt: clockedStart,
      endedAt: clockedEnd,
      minutes: 508,
      activityNote: 'Front counter',
      status: 'SUBMITTED' as const,
      reviewComment: null,
      reviewedAt: null,
      loggedOnBehalf: false,
      clockedStartedAt: clockedStart,
      clockedEndedAt: clockedEnd,
      editReason: null,
      placement: { __typename: 'Placement' as const, id: 'pl-1', site: { __typename: 'Site' as const, id: 'site-1', name: 'Main Street Pharmacy' } },
    };
    const update = (input: Record<string, unknown>) => ({
      request: { query: UpdateHourEntryDocument, variables: { input: { id: 'h-1', version: 1, component: 'EXPERIENTIAL', placementId: 'pl-1', ...input } } },
      result: { data: { updateHourEntry: { ...entry, ...input, version: 2 } } },
    });
    const renderEdit = (mocks: ReadonlyArray<MockLink.MockedResponse>) => {
      const onSaved = vi.fn();
      return { ...renderWithApp(<HourEntryForm enrollmentId="e-1" placements={[placement]} entry={entry} onSaved={onSaved} />, { user: USERS.student, mocks }), onSaved };
    };

    it('asks no reason for a note-only edit and keeps the clocked seconds', async () => {
      const { user, onSaved } = renderEdit([update({ startedAt: clockedStart, endedAt: clockedEnd, activityNote: 'Front counter and refills' })]);
      await user.type(screen.getByLabelText(/^Activity note/), ' and refills');
      expect(screen.queryByLabelText(/^Reason for changing the clocked times/)).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    });

    it('asks why when the clocked times move, and sends the reason', async () => {
      const startedAt = iso('2026-03-03', '07:30');
      const { user, onSaved } = renderEdit([update({ startedAt, endedAt: clockedEnd, activityNote: 'Front counter', editReason: 'Forgot to clock in when I arrived' })]);
      const start = screen.getByLabelText(/^Start time/);
      await user.clear(start);
      await user.type(start, '07:30');
      const reason = screen.getByLabelText(/^Reason for changing the clocked times/);
      expect(screen.getByText(/^You clocked 8:02 AM – 4:31 PM\. Your reviewer sees both times/)).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      expect(await screen.findByText(EDIT_REASON_REQUIRED)).toBeVisible();
      expect(reason).toHaveAttribute('aria-invalid', 'true');
      expect(onSaved).not.toHaveBeenCalled();
      await user.type(reason, 'Forgot to clock in when I arrived');
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    });
  });
});
