import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { EvaluationFormsModal, parseItems } from './EvaluationFormEditor';
import { EvaluationFormsDocument, SaveEvaluationFormDocument } from './operations';

const ratings = ['Unacceptable', 'Needs improvement', 'Meets expectations', 'Exceeds expectations', 'Outstanding'].map((label, i) => ({ __typename: 'RatingOption', value: i + 1, label }));
const form = (kind: string, title: string, items: { id: string; prompt: string; competencyCode: string | null }[]) => ({
  __typename: 'EvaluationForm', id: `f-${kind}`, kind, title, scale: 'FIVE_POINT', commentBelow: 3, ratings,
  sections: [{ __typename: 'EvaluationSection', title: 'Behaviour', items: items.map((i) => ({ __typename: 'EvaluationFormItem', ...i })) }],
});
const formsMock = {
  request: { query: EvaluationFormsDocument, variables: { programId: 'p-1' } },
  result: { data: { evaluationForms: [form('PRECEPTOR', 'Preceptor evaluation', [{ id: 'i-1', prompt: 'Arrives on time', competencyCode: '1.6E' }]), form('SITE', 'Site evaluation', [])] } },
};

describe('parseItems', () => {
  it('reads one item per line with an optional competency code after a bar', () => {
    expect(parseItems('Counts accurately | 3.2E\n\n  Labels correctly  \n')).toEqual([
      { prompt: 'Counts accurately', competencyCode: '3.2E' },
      { prompt: 'Labels correctly', competencyCode: null },
    ]);
  });
});

describe('EvaluationFormsModal', () => {
  it('edits the preceptor form as data and saves it as a new version', async () => {
    const user = userEvent.setup();
    const saveMock = {
      request: {
        query: SaveEvaluationFormDocument,
        variables: {
          input: {
            programId: 'p-1', kind: 'PRECEPTOR', title: 'Preceptor evaluation', scale: 'FIVE_POINT', commentBelow: 3,
            sections: [{ title: 'Behaviour', items: [{ prompt: 'Arrives on time', competencyCode: '1.6E' }, { prompt: 'Keeps records private', competencyCode: '2.2E' }] }],
          },
        },
      },
      result: { data: { saveEvaluationForm: form('PRECEPTOR', 'Preceptor evaluation', [{ id: 'i-2', prompt: 'Arrives on time', competencyCode: '1.6E' }]) } },
    };
    renderWithApp(<EvaluationFormsModal program={{ id: 'p-1', name: 'Riverside' }} onClose={() => {}} />, { user: USERS.admin, mocks: [formsMock, saveMock, formsMock] });
    const items = await screen.findByRole('textbox', { name: 'Section 1 items, one per line' });
    expect(items).toHaveValue('Arrives on time | 1.6E');
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Preceptor evaluation');
    await user.type(items, '\nKeeps records private | 2.2E');
    await user.click(screen.getByRole('button', { name: 'Save form' }));
    expect(await screen.findByText('Form saved: new evaluations use it')).toBeVisible();
  });
});
