import { checkStudentImportRows, parseImportDate, StudentImportRawRow } from './student-import';

const COHORT = { startDate: '2026-01-05', expectedEndDate: '2026-12-18' };
const ok = (line: number, over: Partial<StudentImportRawRow> = {}): StudentImportRawRow => ({
  line, firstName: 'Ana', lastName: 'Diaz', email: `ana${line}@example.org`, studentNumber: `PT-${line}`, phone: '', startDate: '', ...over,
});
const errorsOf = (rows: StudentImportRawRow[]) => checkStudentImportRows(rows, COHORT).map((r) => r.errors);

describe('student import rows', () => {
  it('normalises a good row: trimmed, email lower-cased, empty date = the cohort start, empty phone = null', () => {
    const [row] = checkStudentImportRows([ok(2, { firstName: '  Ana ', email: ' Ana.Diaz@Example.ORG ', phone: ' ' })], COHORT);
    expect(row).toEqual({
      line: 2, errors: [], email: 'ana.diaz@example.org', studentNumber: 'PT-2',
      values: { firstName: 'Ana', lastName: 'Diaz', email: 'ana.diaz@example.org', studentNumber: 'PT-2', phone: null, startDate: '2026-01-05' },
    });
  });

  it('names each missing required column', () => {
    expect(errorsOf([{ line: 2, firstName: '', lastName: ' ', email: null }])).toEqual([
      ['First name is missing.', 'Last name is missing.', 'Email is missing.', 'Student number is missing.'],
    ]);
  });

  it('refuses bad emails, student numbers, phones and over-long names', () => {
    const [row] = errorsOf([ok(2, { email: 'ana@', studentNumber: 'PT 01', phone: 'call me', lastName: 'x'.repeat(121) })]);
    expect(row).toEqual([
      'Last name is longer than 120 characters.',
      'Email “ana@” is not a valid email address.',
      'Student number “PT 01” may use only letters, digits and dashes (at most 40).',
      'Phone “call me” is not a phone number (7 to 40 digits, spaces and + ( ) . -).',
    ]);
    expect(errorsOf([ok(3, { email: 'a b@example.org' })])[0]).toEqual(['Email “a b@example.org” is not a valid email address.']);
    expect(errorsOf([ok(4, { studentNumber: 'A'.repeat(41) })])[0]).toHaveLength(1);
    expect(errorsOf([ok(5, { phone: '+1 (555) 010-2000' })])[0]).toEqual([]);
  });

  it('accepts ISO and M/D/YYYY start dates, and refuses others or one after the cohort ends', () => {
    const rows = checkStudentImportRows(
      [ok(2, { startDate: '2026-02-01' }), ok(3, { startDate: '2/1/2026' }), ok(4, { startDate: '02/29/2026' }), ok(5, { startDate: '2026-12-19' }), ok(6, { startDate: 'next week' })],
      COHORT,
    );
    expect(rows.map((r) => r.values?.startDate ?? null)).toEqual(['2026-02-01', '2026-02-01', null, null, null]);
    expect(rows[2].errors).toEqual(['Start date “02/29/2026” is not a date: write YYYY-MM-DD or M/D/YYYY.']);
    expect(rows[3].errors).toEqual(["Start date 2026-12-19 is after the cohort's expected end date (2026-12-18)."]);
    expect(rows[4].errors).toEqual(['Start date “next week” is not a date: write YYYY-MM-DD or M/D/YYYY.']);
  });

  it('flags a repeated email or student number on the later line, naming the first', () => {
    const rows = checkStudentImportRows(
      [ok(2, { email: 'ana@example.org' }), ok(3, { email: 'ANA@example.org ' }), ok(4, { studentNumber: 'PT-2' }), ok(5)],
      COHORT,
    );
    expect(rows.map((r) => r.errors)).toEqual([
      [],
      ['Email ana@example.org is already on line 2 of this file.'],
      ['Student number PT-2 is already on line 2 of this file.'],
      [],
    ]);
    expect(rows.map((r) => r.values !== null)).toEqual([true, false, false, true]);
  });

  it('parses dates strictly', () => {
    expect(parseImportDate('2028-02-29')).toBe('2028-02-29');
    expect(parseImportDate(' 12/31/2026 ')).toBe('2026-12-31');
    expect(parseImportDate('31/12/2026')).toBeNull();
    expect(parseImportDate('2026-1-5')).toBeNull();
    expect(parseImportDate('1/5/26')).toBeNull();
  });
});
