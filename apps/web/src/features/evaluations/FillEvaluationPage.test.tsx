import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { FillEvaluationPage } from './FillEvaluationPage';
import { EvaluationToFillDocument, MyEvaluationTasksDocument, SaveEvaluationDocument } from './operations';

const ratings = [
  ['1', 'Unacceptable'], ['2', 'Needs improvement'], ['3', 'Meets expectations'], ['4', 'Exceeds expectations'], ['5', 'Outstanding'],
].map(([value, label]) => ({ __typename: 'RatingOption', value: Number(value), label }));

const toFillMock = {
  request: { query: EvaluationToFillDocument, variables: { placementId: 'pl-1', kind: 'MIDTERM' } },
  result: {
    data: {
      evaluationToFill: {
        __typename: 'EvaluationToFill',
        slot: {
          __typename: 'EvaluationSlot',
          kind: 'MIDTERM', placementId: 'pl-1', enrollmentId: 'e-1', dueOn: '2026-11-25', due: true, overdue: false, opensOn: '2026-11-02', open: true, submitted: false,
          placement: {
            __typename: 'Placement', id: 'pl-1', startDate: '2026-11-02', endDate: '2026-12-18',
            site: { __typename: 'Site', id: 'site-1', name: 'Main St Pharmacy' },
            enrollment: { __typename: 'Enrollment', id: 'e-1', student: { __typename: 'Student', id: 's-1', firstName: 'Sam', lastName: 'Rivera' } },
          },
          evaluation: null,
        },
        form: {
          __typename: 'EvaluationForm', id: 'f-1', kind: 'PRECEPTOR', title: 'Preceptor evaluation of the student', scale: 'FIVE_POINT', commentBelow: 3, ratings,
          sections: [
            {
              __typename: 'EvaluationSection',
              title: 'Professional behaviour',
              items: [
                { __typename: 'EvaluationFormItem', id: 'i-1', prompt: 'Arrives on time', competencyCode: '1.6E' },
                { __typename: 'EvaluationFormItem', id: 'i-2', prompt: 'Keeps patient information private', competencyCode: '2.2E' },
              ],
            },
          ],
        },
      },
    },
  },
};

const submitMock = {
  request: {
    query: SaveEvaluationDocument,
    variables: {
      input: {
        placementId: 'pl-1', kind: 'MIDTERM', submit: true, comment: 'Good start',
        answers: [{ itemId: 'i-1', rating: 2, comment: 'Late twice' }, { itemId: 'i-2', rating: 4, comment: null }],
      },
    },
  },
  result: { data: { saveEvaluation: { __typename: 'Evaluation', id: 'ev-1', status: 'SUBMITTED', submittedAt: '2026-11-25T20:00:00.000Z', comment: 'Good start', answers: [] } } },
};
const tasksMock = { request: { query: MyEvaluationTasksDocument }, result: { data: { myEvaluationTasks: [] } } };

describe('FillEvaluationPage', () => {
  it('checks every item before sending, asks for a comment on a low rating, then submits after confirmation', async () => {
    const user = userEvent.setup();
    renderWithApp(<FillEvaluationPage />, {
      user: USERS.preceptor, path: '/evaluations/fill/:placementId/:kind', initialEntry: '/evaluations/fill/pl-1/MIDTERM', mocks: [toFillMock, submitMock, tasksMock],
    });
    expect(await screen.findByRole('heading', { name: 'Midterm evaluation: Sam Rivera' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    expect(screen.getAllByText('Choose a rating.')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();

    const first = screen.getByRole('radiogroup', { name: /Arrives on time/ });
    await user.click(within(first).getByRole('radio', { name: '2: Needs improvement' }));
    await user.click(within(screen.getByRole('radiogroup', { name: /Keeps patient information private/ })).getByRole('radio', { name: '4: Exceeds expectations' }));
    expect(screen.queryByText('Choose a rating.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    expect(screen.getByText('A rating of "Needs improvement" needs a comment.')).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'Comment on: Arrives on time' }), 'Late twice');
    await user.type(screen.getByRole('textbox', { name: 'Overall comment' }), 'Good start');
    await user.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit this evaluation?' });
    expect(dialog).toHaveTextContent('Once submitted it is locked');
    await user.click(within(dialog).getByRole('button', { name: 'Submit evaluation' }));
    expect(await screen.findByText('Midterm evaluation submitted')).toBeVisible();
    expect(await screen.findByTestId('location')).toHaveTextContent('/evaluations');
  });
});
