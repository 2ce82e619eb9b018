import {
  ENROLLMENT_STATUS_LABELS,
  REASON_CODE_LABELS,
  STATUS_REASONS,
  allowedNextStatuses,
  type EnrollmentStatus,
} from '@ptp/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ChangeStatusForm, type StatusChangeTarget } from './ChangeStatusModal';
import { GraduationGapsDocument, RecordStatusChangeDocument } from './operations';

const enrolled: StatusChangeTarget = { id: 'e-1', status: 'ENROLLED', statusSince: '2026-01-12' };
const gapsMock = (graduationGaps: string[]) => ({
  request: { query: GraduationGapsDocument, variables: { id: 'e-1' } },
  result: { data: { enrollment: { __typename: 'Enrollment', id: 'e-1', graduationGaps } } },
});

function optionLabels(): string[] {
  return within(screen.getByRole('listbox')).getAllByRole('option').map((option) => option.textContent ?? '');
}

async function openSelect(user: ReturnType<typeof renderWithApp>['user'], label: RegExp) {
  await user.click(screen.getByRole('textbox', { name: label }));
}

describe('ChangeStatusForm', () => {
  it.each<EnrollmentStatus>(['ENROLLED', 'LEAVE_OF_ABSENCE', 'WITHDRAWN'])(
    'offers only the statuses allowed after %s',
    async (status) => {
      const { user } = renderWithApp(<ChangeStatusForm enrollment={{ ...enrolled, status }} onClose={vi.fn()} />);
      await openSelect(user, /^New status/);
      expect(optionLabels()).toEqual(allowedNextStatuses(status).map((s) => ENROLLMENT_STATUS_LABELS[s]));
    },
  );

  it('never offers graduation to a withdrawn student', async () => {
    const { user } = renderWithApp(<ChangeStatusForm enrollment={{ ...enrolled, status: 'WITHDRAWN' }} onClose={vi.fn()} />);
    await openSelect(user, /^New status/);
    expect(optionLabels()).toEqual(['Re-entered']);
  });

  it('offers the reasons of the chosen status only', async () => {
    const { user } = renderWithApp(<ChangeStatusForm enrollment={enrolled} onClose={vi.fn()} />);
    expect(screen.getByRole('textbox', { name: /^Reason/ })).toBeDisabled();

    await openSelect(user, /^New status/);
    await user.click(screen.getByRole('option', { name: 'On leave' }));
    await openSelect(user, /^Reason/);
    expect(optionLabels()).toEqual(STATUS_REASONS.LEAVE_OF_ABSENCE.map((r) => REASON_CODE_LABELS[r]));
    expect(optionLabels()).not.toContain(REASON_CODE_LABELS.PROGRAM_REQUIREMENTS_MET);
  });

  it('warns while a note looks like it holds a patient identifier', async () => {
    const { user } = renderWithApp(<ChangeStatusForm enrollment={enrolled} onClose={vi.fn()} />);
    await user.click(screen.getByLabelText(/^Note/));
    await user.paste('Left early; patient DOB 1/2/1980 mentioned');
    expect(await screen.findByText(/Do not record patient identifiers/)).toBeVisible();
  });

  it('refuses a date before the current status began, without asking the server', async () => {
    const { user } = renderWithApp(<ChangeStatusForm enrollment={enrolled} onClose={vi.fn()} />, { mocks: [gapsMock([])] });
    await openSelect(user, /^New status/);
    await user.click(screen.getByRole('option', { name: 'Graduated' }));
    const date = screen.getByLabelText(/^Effective on/);
    await user.clear(date);
    await user.type(date, '2026-01-05');
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    expect(await screen.findByText(/cannot take effect before the current status began/)).toBeVisible();
  });

  it('shows the API refusal inline and keeps the dialog open', async () => {
    const onClose = vi.fn();
    const { user } = renderWithApp(<ChangeStatusForm enrollment={enrolled} onClose={onClose} />, {
      mocks: [
        gapsMock([]),
        {
          request: {
            query: RecordStatusChangeDocument,
            variables: {
              input: { enrollmentId: 'e-1', status: 'GRADUATED', reasonCode: 'PROGRAM_REQUIREMENTS_MET', effectiveOn: '2026-06-30', note: null },
            },
          },
          result: { errors: [{ message: 'Approved hours are short of the program requirements.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    await openSelect(user, /^New status/);
    await user.click(screen.getByRole('option', { name: 'Graduated' }));
    // The only reason for graduating is chosen for the user
    expect(screen.getByRole('textbox', { name: /^Reason/ })).toHaveValue(REASON_CODE_LABELS.PROGRAM_REQUIREMENTS_MET);
    const date = screen.getByLabelText(/^Effective on/);
    await user.clear(date);
    await user.type(date, '2026-06-30');
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Approved hours are short of the program requirements.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('lists the unmet requirements of a graduation and asks a director for an override reason', async () => {
    const onClose = vi.fn();
    const gaps = ['312 of 400 approved hours', '2 compliance items missing: TB test, BLS/CPR card'];
    const input = {
      enrollmentId: 'e-1', status: 'GRADUATED', reasonCode: 'PROGRAM_REQUIREMENTS_MET', effectiveOn: '2026-06-30', note: null,
      overrideReason: 'Hours completed at the partner college',
    };
    const { user } = renderWithApp(<ChangeStatusForm enrollment={enrolled} onClose={onClose} canOverride />, {
      mocks: [
        gapsMock(gaps),
        { request: { query: RecordStatusChangeDocument, variables: { input } }, result: { errors: [{ message: 'Stop here', extensions: { code: 'CONFLICT' } }] } },
      ],
    });
    await openSelect(user, /^New status/);
    await user.click(screen.getByRole('option', { name: 'Graduated' }));
    expect(await screen.findByText('312 of 400 approved hours')).toBeVisible();
    expect(screen.getByText('2 compliance items missing: TB test, BLS/CPR card')).toBeVisible();
    const date = screen.getByLabelText(/^Effective on/);
    await user.clear(date);
    await user.type(date, '2026-06-30');
    await user.type(screen.getByLabelText(/^Override reason/), 'too short');
    await user.click(screen.getByRole('button', { name: 'Graduate with override' }));
    expect(await screen.findByText('Explain the override in at least 10 characters')).toBeVisible();
    await user.clear(screen.getByLabelText(/^Override reason/));
    await user.type(screen.getByLabelText(/^Override reason/), input.overrideReason);
    await user.click(screen.getByRole('button', { name: 'Graduate with override' }));
    // The mutation carried the reason (the mock only answers that exact input).
    expect(await screen.findByRole('alert')).toHaveTextContent('Stop here');
  });

  it('does not let an instructor graduate a student whose requirements are unmet', async () => {
    const { user } = renderWithApp(<ChangeStatusForm enrollment={enrolled} onClose={vi.fn()} />, { mocks: [gapsMock(['0 of 400 approved hours'])] });
    await openSelect(user, /^New status/);
    await user.click(screen.getByRole('option', { name: 'Graduated' }));
    expect(await screen.findByText(/Only a program director can graduate/)).toBeVisible();
    expect(screen.queryByLabelText(/^Override reason/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Change status' })).toBeDisabled();
  });
});
