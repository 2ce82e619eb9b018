import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { CompetencyChecklist, CompetencySummary } from './CompetencyChecklist';
import { EnrollmentCompetenciesDocument } from './operations';

function competency(id: string, code: string, domainNumber: number, domain: string, summary: string, sortOrder: number) {
  return { __typename: 'Competency', id, code, domain, domainNumber, level: 'E', summary, sortOrder };
}

const signoff = {
  __typename: 'CompetencySignoff',
  id: 'so-1',
  signedOn: '2026-02-14',
  note: 'Observed at intake',
  signedBy: { __typename: 'User', id: 'u-prec', displayName: 'Pat Preceptor' },
};

const checklistMock = {
  request: { query: EnrollmentCompetenciesDocument, variables: { id: 'e-1' } },
  result: {
    data: {
      enrollment: {
        __typename: 'Enrollment',
        id: 'e-1',
        competencyChecklist: [
          { __typename: 'CompetencyChecklistItem', competency: competency('c-3', '2.1', 2, 'Medication safety', 'Checks for look-alike drugs', 1), signoff: null },
          { __typename: 'CompetencyChecklistItem', competency: competency('c-1', '1.1', 1, 'Personal and interpersonal', 'Communicates with patients', 1), signoff },
          { __typename: 'CompetencyChecklistItem', competency: competency('c-2', '1.2', 1, 'Personal and interpersonal', 'Works in a team', 2), signoff: null },
        ],
      },
    },
  },
};

describe('CompetencyChecklist', () => {
  it('groups by domain, shows who signed what and offers sign-off for the rest', async () => {
    renderWithApp(<CompetencyChecklist enrollmentId="e-1" canSignOff />, { user: USERS.preceptor, mocks: [checklistMock] });
    expect(await screen.findByText('1 of 3 competencies signed off')).toBeVisible();
    const first = screen.getByRole('region', { name: 'Domain 1: Personal and interpersonal' });
    expect(within(first).getByText('1 signed · 1 remaining')).toBeVisible();
    expect(within(first).getByText('Feb 14, 2026 by Pat Preceptor')).toBeVisible();
    expect(within(first).getByRole('button', { name: 'Sign off 1.2' })).toBeVisible();
    expect(within(first).queryByRole('button', { name: 'Sign off 1.1' })).toBeNull();
    const second = screen.getByRole('region', { name: 'Domain 2: Medication safety' });
    expect(within(second).getByText('0 signed · 1 remaining')).toBeVisible();
  });

  it('shows no sign-off button without the permission', async () => {
    renderWithApp(<CompetencyChecklist enrollmentId="e-1" canSignOff={false} />, { user: USERS.student, mocks: [checklistMock] });
    await screen.findByText('1 of 3 competencies signed off');
    expect(screen.queryByRole('button', { name: /^Sign off/ })).toBeNull();
    expect(screen.getAllByText('Not yet')).toHaveLength(2);
  });
});

describe('CompetencySummary', () => {
  it('counts signed and remaining competencies per domain', async () => {
    renderWithApp(<CompetencySummary enrollmentId="e-1" />, { user: USERS.student, mocks: [checklistMock] });
    const table = await screen.findByRole('table', { name: 'Competencies by domain' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 2).map((c) => c.textContent))).toEqual([
      ['1', '1'],
      ['0', '1'],
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('1. Personal and interpersonal');
  });
});
