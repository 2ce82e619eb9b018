import { notifications } from '@mantine/notifications';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { RecordAttemptForm } from './ExamForms';
import { ExamOptionsDocument, RecordExamAttemptDocument } from './operations';

const examsMock = {
  request: { query: ExamOptionsDocument },
  result: {
    data: {
      exams: [
        { __typename: 'Exam', id: 'x-ptce', code: 'PTCE', name: 'Pharmacy Technician Certification Exam', body: 'PTCB', active: true, passScore: 1400, minScore: 1000, maxScore: 1600, maxAttempts: 4 },
        { __typename: 'Exam', id: 'x-old', code: 'OLD', name: 'Retired exam', body: 'X', active: false, passScore: null, minScore: null, maxScore: null, maxAttempts: null },
      ],
    },
  },
};

const RETAKE_MESSAGE = 'Attempt 2 of the PTCE is allowed from 2026-03-02 (60 days after attempt 1).';

afterEach(() => notifications.clean());

describe('RecordAttemptForm', () => {
  it('shows the server’s retake rule when the attempt is too early, and stays open', async () => {
    const onDone = vi.fn();
    const { user } = renderWithApp(<RecordAttemptForm enrollmentId="e-1" onDone={onDone} onCancel={vi.fn()} />, {
      user: USERS.instructor,
      mocks: [
        examsMock,
        {
          request: {
            query: RecordExamAttemptDocument,
            variables: { input: { enrollmentId: 'e-1', examId: 'x-ptce', takenOn: '2026-02-01', result: null, scaledScore: 1350 } },
          },
          result: { errors: [{ message: RETAKE_MESSAGE, extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    const exam = screen.getByLabelText(/^Exam/);
    await screen.findByRole('option', { name: /^PTCE/ });
    // Retired exams cannot be recorded
    expect(screen.queryByRole('option', { name: /^OLD/ })).toBeNull();
    await user.selectOptions(exam, 'x-ptce');
    const date = screen.getByLabelText(/^Date of the sitting/);
    await user.clear(date);
    await user.type(date, '2026-02-01');
    await user.type(screen.getByLabelText(/^Scaled score/), '1350');
    await user.click(screen.getByRole('button', { name: 'Record attempt' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(RETAKE_MESSAGE);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks for a result or a score before sending', async () => {
    const { user } = renderWithApp(<RecordAttemptForm enrollmentId="e-1" onDone={vi.fn()} onCancel={vi.fn()} />, {
      user: USERS.instructor,
      mocks: [examsMock],
    });
    await screen.findByRole('option', { name: /^PTCE/ });
    await user.selectOptions(screen.getByLabelText(/^Exam/), 'x-ptce');
    await user.click(screen.getByRole('button', { name: 'Record attempt' }));
    expect(await screen.findByText('Choose a result, or enter the score to work it out')).toBeVisible();
  });
});
