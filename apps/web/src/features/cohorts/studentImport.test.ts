import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping, parseCsvFile, parseCsvText, rowsForImport, summaryCsv } from './studentImport';

describe('guessColumnMapping', () => {
  it('maps the header names people use', () => {
    expect(guessColumnMapping(['First Name', 'Last Name', 'E-mail', 'Student ID', 'Phone Number', 'Start Date'])).toEqual({
      firstName: 0, lastName: 1, email: 2, studentNumber: 3, phone: 4, startDate: 5,
    });
    expect(guessColumnMapping(['email', 'SURNAME', 'given_name', 'Mobile', 'Enrolled on', 'Student No.'])).toEqual({
      firstName: 2, lastName: 1, email: 0, studentNumber: 5, phone: 3, startDate: 4,
    });
  });

  it('falls back to partial matches, leaves unknown fields unmapped, and uses each column once', () => {
    expect(guessColumnMapping(['Student first name', 'Student last name', 'School email address', 'Notes'])).toEqual({
      firstName: 0, lastName: 1, email: 2, studentNumber: null, phone: null, startDate: null,
    });
    // "ID" is the student number unless a better column exists; an exact match wins over a partial one.
    expect(guessColumnMapping(['ID', 'Student number', 'Name'])).toMatchObject({ studentNumber: 1, firstName: null, lastName: null });
    expect(guessColumnMapping(['Email', 'Email'])).toMatchObject({ email: 0 });
    expect(guessColumnMapping([])).toEqual({ firstName: null, lastName: null, email: null, studentNumber: null, phone: null, startDate: null });
  });
});

describe('CSV parsing and the rows sent', () => {
  const text = '\ufeffFirst Name,Last Name,Email,Student ID\r\nAna,Diaz,ana@example.org,PT-1\r\n,,,\r\n"Lee, Jr.","O\'Neil",lee@example.org,PT-2\r\n';

  it('keeps spreadsheet row numbers, drops blank rows and the byte-order mark, and handles quotes', () => {
    const csv = parseCsvText(text);
    expect(csv.headers).toEqual(['First Name', 'Last Name', 'Email', 'Student ID']);
    expect(csv.records.map((r) => r.line)).toEqual([2, 4]);
    expect(rowsForImport(csv, guessColumnMapping(csv.headers))).toEqual([
      { line: 2, firstName: 'Ana', lastName: 'Diaz', email: 'ana@example.org', studentNumber: 'PT-1', phone: '', startDate: '' },
      { line: 4, firstName: 'Lee, Jr.', lastName: "O'Neil", email: 'lee@example.org', studentNumber: 'PT-2', phone: '', startDate: '' },
    ]);
  });

  it('reads a file in chunks, reporting progress up to 100%', async () => {
    const big = ['First Name,Last Name,Email,Student ID', ...Array.from({ length: 3000 }, (_, i) => `First${i},Last${i},s${i}@example.org,PT-${i}`)].join('\n');
    const progress: number[] = [];
    const csv = await parseCsvFile(new File([big], 'students.csv', { type: 'text/csv' }), (p) => progress.push(p));
    expect(csv.records).toHaveLength(3000);
    expect(csv.records[2999]).toEqual({ line: 3001, cells: ['First2999', 'Last2999', 's2999@example.org', 'PT-2999'] });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
  });

  it('writes the summary with every row, in file order, formulas neutralised', () => {
    const out = summaryCsv({
      imported: [{ line: 3, studentId: 's', enrollmentId: 'e', name: 'Ana Diaz', email: 'ana@example.org' }],
      skipped: [{ line: 2, errors: ['Email is missing.', 'Phone “=1+1” is not a phone number.'] }],
    });
    expect(Papa.parse<string[]>(out).data).toEqual([
      ['Row', 'Result', 'Name', 'Email', 'Errors'],
      ['2', 'Skipped', '', '', 'Email is missing. Phone “=1+1” is not a phone number.'],
      ['3', 'Imported', 'Ana Diaz', 'ana@example.org', ''],
    ]);
  });
});
