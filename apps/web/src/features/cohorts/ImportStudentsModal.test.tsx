import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { ImportStudentsModal } from './ImportStudentsModal';
import { ImportStudentsDocument, PreviewStudentImportDocument } from './operations';

const COHORT = { id: 'c-1', code: 'PT-2026A', startDate: '2026-01-05' };
const CSV = 'First Name,Last Name,E-mail,Student ID,Phone\nAna,Diaz,ana@example.org,PT-1,\nBen,,ben@example.org,PT-2,555-0100\nCai,Wu,cai@example.org,PT-3,';
const ROWS = [
  { line: 2, firstName: 'Ana', lastName: 'Diaz', email: 'ana@example.org', studentNumber: 'PT-1', phone: '', startDate: '' },
  { line: 3, firstName: 'Ben', lastName: '', email: 'ben@example.org', studentNumber: 'PT-2', phone: '555-0100', startDate: '' },
  { line: 4, firstName: 'Cai', lastName: 'Wu', email: 'cai@example.org', studentNumber: 'PT-3', phone: '', startDate: '' },
];
const row = (line: number, over: Record<string, unknown> = {}) => ({
  __typename: 'StudentImportRowPreview', line, status: 'VALID', errors: [], existingStudentId: null, startDate: '2026-01-05', ...over,
});

describe('ImportStudentsModal', () => {
  it('maps the columns from the header names and previews every row before anything is written', async () => {
    const imported = vi.fn();
    const { user } = renderWithApp(<ImportStudentsModal cohort={COHORT} opened onClose={() => undefined} />, {
      user: USERS.instructor,
      mocks: [
        {
          request: { query: PreviewStudentImportDocument, variables: { input: { cohortId: 'c-1', rows: ROWS } } },
          result: {
            data: {
              previewStudentImport: {
                __typename: 'StudentImportPreview', validCount: 2, errorCount: 1,
                rows: [row(2), row(3, { status: 'ERROR', errors: ['Last name is missing.'], startDate: null }), row(4, { existingStudentId: 's-9' })],
              },
            },
          },
        },
        {
          request: { query: ImportStudentsDocument, variables: { input: { cohortId: 'c-1', rows: ROWS } } },
          result: () => {
            imported();
            return {
              data: {
                importStudents: {
                  __typename: 'StudentImportResult', importedCount: 2, skippedCount: 1, invitedCount: 1,
                  imported: [
                    { __typename: 'StudentImportedRow', line: 2, studentId: 's-1', enrollmentId: 'e-1', name: 'Ana Diaz', email: 'ana@example.org' },
                    { __typename: 'StudentImportedRow', line: 4, studentId: 's-9', enrollmentId: 'e-2', name: 'Cai Wu', email: 'cai@example.org' },
                  ],
                  skipped: [{ __typename: 'StudentImportSkippedRow', line: 3, errors: ['Last name is missing.'] }],
                },
              },
            };
          },
        },
      ],
    });

    const dialog = screen.getByRole('dialog', { name: 'Import students into PT-2026A' });
    await user.click(within(dialog).getByRole('radio', { name: 'Paste CSV' }));
    await user.click(screen.getByLabelText('CSV text'));
    await user.paste(CSV);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // Step 2: guessed from the headers; phone found, start date not in the file.
    expect(await screen.findByText('3 rows found.', { exact: false })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveValue('First Name');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('E-mail');
    expect(screen.getByRole('textbox', { name: 'Student number' })).toHaveValue('Student ID');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveValue('Phone');
    expect(screen.getByRole('textbox', { name: 'Start date' })).toHaveValue('Not in the file');
    await user.click(screen.getByRole('button', { name: 'Check rows' }));

    // Step 3: counts, the rows with errors first, nothing imported yet.
    expect(await screen.findByText('2 ready, 1 with errors')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Rows of the file' });
    expect(within(table).getByText('Last name is missing.')).toBeVisible();
    expect(within(table).queryByText('Ana Diaz')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'All (3)' }));
    expect(within(table).getByText('Ana Diaz')).toBeVisible();
    expect(within(table).getByText('Ready: existing student')).toBeVisible();
    expect(imported).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Import 2 students' }));
    expect(await screen.findByText('2 students imported')).toBeVisible();
    expect(screen.getByText('1 invitation emailed to set a password.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download summary (CSV)' })).toBeVisible();
    expect(imported).toHaveBeenCalledTimes(1);
  });

  it('refuses a file with too many rows before sending anything', async () => {
    const { user } = renderWithApp(<ImportStudentsModal cohort={COHORT} opened onClose={() => undefined} />, { user: USERS.admin });
    const text = ['Email', ...Array.from({ length: 2001 }, (_, i) => `s${i}@example.org`)].join('\n');
    await user.click(screen.getByRole('radio', { name: 'Paste CSV' }));
    await user.click(screen.getByLabelText('CSV text'));
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file has 2,001 rows; import at most 2,000 at a time.');
  });
});
