import { evaluationDue, evaluationProblems } from './evaluations';

const placement = { startDate: '2026-11-02', endDate: '2026-12-18', plannedHours: 160 };

describe('evaluationDue', () => {
  it('puts the midterm at the midpoint and the final on the last day, overdue a week later', () => {
    expect(evaluationDue('MIDTERM', placement, 0, '2026-11-24', false)).toEqual({ dueOn: '2026-11-25', due: false, overdue: false, opensOn: '2026-11-02', open: true });
    expect(evaluationDue('MIDTERM', placement, 0, '2026-11-25', false)).toMatchObject({ due: true, overdue: false });
    expect(evaluationDue('MIDTERM', placement, 0, '2026-12-02', false)).toMatchObject({ overdue: false });
    expect(evaluationDue('MIDTERM', placement, 0, '2026-12-03', false)).toMatchObject({ overdue: true });
    expect(evaluationDue('MIDTERM', placement, 0, '2026-12-03', true)).toMatchObject({ overdue: false });
    expect(evaluationDue('FINAL', placement, 0, '2026-12-18', false)).toMatchObject({ dueOn: '2026-12-18', due: true, opensOn: '2026-11-25' });
    expect(evaluationDue('FINAL', placement, 0, '2026-11-24', false)).toMatchObject({ open: false });
  });

  it('makes an evaluation due early once the hours it waits for are logged', () => {
    expect(evaluationDue('MIDTERM', placement, 79.5, '2026-11-10', false).due).toBe(false);
    expect(evaluationDue('MIDTERM', placement, 80, '2026-11-10', false).due).toBe(true);
    expect(evaluationDue('FINAL', placement, 160, '2026-11-10', false)).toMatchObject({ due: true, open: true, overdue: false });
  });

  it('opens the site evaluation at the midpoint, due on the last day', () => {
    expect(evaluationDue('SITE', placement, 0, '2026-11-24', false).open).toBe(false);
    expect(evaluationDue('SITE', placement, 0, '2026-11-25', false)).toMatchObject({ open: true, due: false, dueOn: '2026-12-18' });
  });
});

describe('evaluationProblems', () => {
  const form = { scale: 'FIVE_POINT' as const, commentBelow: 3, items: [{ id: 'a', prompt: 'On time' }, { id: 'b', prompt: 'Accurate' }] };

  it('lets a draft leave items unrated, but not rate off the scale or answer unknown items', () => {
    expect(evaluationProblems(form, [{ itemId: 'a', rating: 4 }], false)).toEqual([]);
    expect(evaluationProblems(form, [{ itemId: 'a', rating: 6 }, { itemId: 'z', rating: 3 }], false)).toEqual([
      'z: not an item of this form.',
      'Item 1 (On time): 6 is not a rating of this scale.',
    ]);
  });

  it('needs every item rated and a comment on every rating below the threshold to submit', () => {
    expect(evaluationProblems(form, [{ itemId: 'a', rating: 2 }], true)).toEqual([
      'Item 1 (On time): a rating of "Needs improvement" needs a comment.',
      'Item 2 (Accurate): choose a rating.',
    ]);
    expect(evaluationProblems(form, [{ itemId: 'a', rating: 2, comment: 'Late twice' }, { itemId: 'b', rating: 3 }], true)).toEqual([]);
    expect(evaluationProblems({ ...form, scale: 'MEETS', commentBelow: 1 }, [{ itemId: 'a', rating: 0, comment: ' ' }, { itemId: 'b', rating: 1 }], true)).toEqual([
      'Item 1 (On time): a rating of "Does not meet" needs a comment.',
    ]);
  });
});
