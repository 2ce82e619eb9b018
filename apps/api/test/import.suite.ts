import { randomUUID } from 'node:crypto';
import { Client, codeOf, Harness } from './harness';

/*
 * CSV import of students into a cohort (preview, then one transaction for the valid rows, with
 * invitations) and the roster / hour-log CSV exports with their disclosure rows.
 */

const PREVIEW = `query($input: StudentImportInput!) { previewStudentImport(input: $input) { validCount errorCount rows { line status errors existingStudentId startDate } } }`;
const IMPORT = `mutation($input: StudentImportInput!) { importStudents(input: $input) {
  importedCount skippedCount invitedCount imported { line studentId enrollmentId name email } skipped { line errors } } }`;

interface Row {
  line: number;
  firstName?: string;
  lastName?: string;
  email?: string;
  studentNumber?: string;
  phone?: string;
  startDate?: string;
}

/** Counts of every table an import writes. */
const WRITTEN = ['students', 'enrollments', 'enrollment_status_events', 'users', 'audit_events', 'outbound_emails', 'user_tokens'];

describe('student CSV import and roster/hours exports', () => {
  let h: Harness;
  let baseUrl: string;
  let admin: Client, inside: Client, outside: Client, student: Client;
  let adminId: string, insideId: string, programId: string, cohortId: string, otherCohortId: string;
  /** A student of the program in another cohort, and one already in the cohort. */
  let elsewhere: { id: string; email: string; number: string };
  let here: { email: string; number: string };
  /** Another student of the program, whose number line 8 reuses. */
  let taken: { email: string; number: string };
  const tag = randomUUID().slice(0, 6);
  const email = (n: string) => `imp-${tag}-${n}@test.ptp`;

  const counts = async () => Object.fromEntries(await Promise.all(WRITTEN.map(async (t) => [t, await h.count(t)] as const)));
  /** The body as sent, byte-order mark included (Response.text() drops it). */
  const body = async (res: Response) => Buffer.from(await res.arrayBuffer()).toString('utf8');
  const get = (c: Client, path: string) => fetch(`${baseUrl}${path}`, { headers: c.cookie ? { cookie: c.cookie } : {} });
  const studentOf = async (id: string) =>
    (await h.ds.query(`SELECT email, student_number AS "number" FROM students WHERE id = $1`, [id]))[0] as { email: string; number: string };

  beforeAll(async () => {
    h = await Harness.start();
    baseUrl = h.url.replace(/\/graphql$/, '');
    const [a, i1, i2, s] = await Promise.all([h.user('ADMIN', 'Imogen Importer'), h.user('INSTRUCTOR'), h.user('INSTRUCTOR'), h.user('STUDENT')]);
    adminId = a.id;
    insideId = i1.id;
    programId = await h.program(a.id, 'America/New_York');
    cohortId = await h.cohort(programId, [i1.id]);
    otherCohortId = await h.cohort(programId, [i2.id]);
    [admin, inside, outside, student] = await Promise.all([a, i1, i2, s].map((u) => h.signedIn(u.email)));
    const e = await h.student(admin, otherCohortId, { firstName: 'Elsa', lastName: 'Where' });
    elsewhere = { id: e.studentId, ...(await studentOf(e.studentId)) };
    here = await studentOf((await h.student(admin, cohortId, { firstName: 'Hugo', lastName: 'Here' })).studentId);
    taken = await studentOf((await h.student(admin, otherCohortId, { firstName: 'Tara', lastName: 'Taken' })).studentId);
  });

  afterAll(() => h.stop());

  /** One row of every kind of verdict, by line. */
  const mixedRows = (): Row[] => [
    { line: 2, firstName: 'Ana', lastName: 'Diaz', email: email('ana').toUpperCase(), studentNumber: `A-${tag}`, phone: '555-010-2000', startDate: '' },
    { line: 3, firstName: '', lastName: 'Nofirst', email: email('nofirst'), studentNumber: `B-${tag}` },
    { line: 4, firstName: 'Bad', lastName: 'Email', email: 'not-an-email', studentNumber: `C-${tag}` },
    { line: 5, firstName: 'Dup', lastName: 'Email', email: email('ana'), studentNumber: `D-${tag}` },
    { line: 6, firstName: 'Dup', lastName: 'Number', email: email('dupnum'), studentNumber: `A-${tag}` },
    { line: 7, firstName: 'Hugo', lastName: 'Here', email: here.email, studentNumber: here.number },
    { line: 8, firstName: 'Taken', lastName: 'Number', email: email('taken'), studentNumber: taken.number },
    { line: 9, firstName: 'Elsa', lastName: 'Where', email: elsewhere.email, studentNumber: elsewhere.number, startDate: '2026-03-02' },
    { line: 10, firstName: 'Bad', lastName: 'Date', email: email('baddate'), studentNumber: `E-${tag}`, startDate: '13/45/2026' },
    { line: 11, firstName: 'Late', lastName: 'Start', email: email('late'), studentNumber: `F-${tag}`, startDate: '2027-01-04' },
    { line: 12, firstName: 'Uma', lastName: 'Usdate', email: email('uma'), studentNumber: `G-${tag}`, startDate: '2/3/2026' },
    { line: 13, firstName: 'Bad', lastName: 'Phone', email: email('phone'), studentNumber: `H-${tag}`, phone: 'call me' },
    { line: 14, firstName: 'Bad', lastName: 'Number', email: email('num'), studentNumber: 'PT 14' },
  ];

  it('previews every row with its errors and writes nothing', async () => {
    const before = await counts();
    const r = await inside.gql(PREVIEW, { input: { cohortId, rows: mixedRows() } });
    expect(r.errors).toBeUndefined();
    const p = r.data!.previewStudentImport;
    const byLine = Object.fromEntries(p.rows.map((x: { line: number }) => [x.line, x]));
    expect({ valid: p.validCount, errors: p.errorCount }).toEqual({ valid: 3, errors: 10 });
    expect(byLine[2]).toEqual({ line: 2, status: 'VALID', errors: [], existingStudentId: null, startDate: '2026-01-05' });
    expect(byLine[3].errors).toEqual(['First name is missing.']);
    expect(byLine[4].errors).toEqual(['Email “not-an-email” is not a valid email address.']);
    expect(byLine[5].errors).toEqual([`Email ${email('ana')} is already on line 2 of this file.`]);
    expect(byLine[6].errors).toEqual([`Student number A-${tag} is already on line 2 of this file.`]);
    expect(byLine[7].errors).toEqual([`Already enrolled in this cohort (${here.email}, student number ${here.number}).`]);
    expect(byLine[8].errors).toEqual([`Student number ${taken.number} belongs to another student of this program (with a different email).`]);
    expect(byLine[9]).toEqual({ line: 9, status: 'VALID', errors: [], existingStudentId: elsewhere.id, startDate: '2026-03-02' });
    expect(byLine[10].errors).toEqual(['Start date “13/45/2026” is not a date: write YYYY-MM-DD or M/D/YYYY.']);
    expect(byLine[11].errors).toEqual(["Start date 2027-01-04 is after the cohort's expected end date (2026-12-18)."]);
    expect(byLine[12]).toMatchObject({ status: 'VALID', startDate: '2026-02-03' });
    expect(byLine[13].errors).toEqual(['Phone “call me” is not a phone number (7 to 40 digits, spaces and + ( ) . -).']);
    expect(byLine[14].errors).toEqual(['Student number “PT 14” may use only letters, digits and dashes (at most 40).']);
    expect(await counts()).toEqual(before);
  });

  it('validates the envelope: cohort id, row count, cell length, distinct lines', async () => {
    const row = { line: 2, firstName: 'A', lastName: 'B', email: email('env'), studentNumber: `ENV-${tag}` };
    expect(codeOf(await admin.gql(PREVIEW, { input: { cohortId: 'nope', rows: [row] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await admin.gql(PREVIEW, { input: { cohortId, rows: [{ ...row, firstName: 'x'.repeat(301) }] } }))).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 2001 }, (_, i) => ({ line: i + 2 }));
    const tooMany = await admin.gql(PREVIEW, { input: { cohortId, rows: many } });
    expect(tooMany.errors?.[0].message).toMatch(/at most 2000 rows/);
    const twice = await admin.gql(PREVIEW, { input: { cohortId, rows: [row, { ...row, email: email('env2') }] } });
    expect(twice.errors?.[0].message).toBe('rows: line 2 appears twice; each row needs its own line number.');
  });

  it('refuses an instructor outside the cohort and a student, before anything is read or written', async () => {
    const before = await counts();
    const input = { cohortId, rows: mixedRows() };
    expect(codeOf(await outside.gql(PREVIEW, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await outside.gql(IMPORT, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await student.gql(IMPORT, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await admin.gql(PREVIEW, { input: { ...input, cohortId: randomUUID() } }))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('refuses a file with no valid row, writing nothing', async () => {
    const before = await counts();
    const rows = mixedRows().filter((r) => ![2, 5, 6, 9, 12].includes(r.line)); // 5 and 6 repeat line 2
    const r = await inside.gql(IMPORT, { input: { cohortId, rows } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/^No row can be imported: line 3: First name is missing\.; line 4: .* \(and 3 more rows with errors\)\. Fix the file and preview it again\.$/);
    expect(await counts()).toEqual(before);
  });

  it('rolls the whole batch back when a late step fails', async () => {
    const before = await counts();
    // The last statement of an import is the invitation outbox: make it fail for one address.
    await h.ds.query(`CREATE FUNCTION test_refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.to_address LIKE 'boom-%' THEN RAISE EXCEPTION 'mail outbox refused'; END IF; RETURN NEW; END $$`);
    await h.ds.query(`CREATE TRIGGER test_refuse_boom BEFORE INSERT ON outbound_emails FOR EACH ROW EXECUTE FUNCTION test_refuse_boom()`);
    try {
      const rows: Row[] = [
        { line: 2, firstName: 'Roll', lastName: 'Back', email: email('rb1'), studentNumber: `RB1-${tag}` },
        { line: 3, firstName: 'Roll', lastName: 'Back', email: `boom-${tag}@test.ptp`, studentNumber: `RB2-${tag}` },
        { line: 4, firstName: 'Elsa', lastName: 'Where', email: elsewhere.email, studentNumber: elsewhere.number },
      ];
      const r = await admin.gql(IMPORT, { input: { cohortId, rows } });
      expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await h.ds.query(`DROP TRIGGER test_refuse_boom ON outbound_emails`);
      await h.ds.query(`DROP FUNCTION test_refuse_boom()`);
    }
    expect(await counts()).toEqual(before);
    expect(await h.count('students', `email IN ($1, $2)`, [email('rb1'), `boom-${tag}@test.ptp`])).toBe(0);
    expect(await h.count('enrollments', `cohort_id = $1 AND student_id = $2`, [cohortId, elsewhere.id])).toBe(0);
  });

  it('imports the valid rows in one go: students, enrollments, status logs, audit, accounts and invitations', async () => {
    const before = await counts();
    const r = await inside.gql(IMPORT, { input: { cohortId, rows: mixedRows() } });
    expect(r.errors).toBeUndefined();
    const result = r.data!.importStudents;
    expect(result).toMatchObject({ importedCount: 3, skippedCount: 10, invitedCount: 2 });
    expect(result.skipped.map((s: { line: number }) => s.line)).toEqual([3, 4, 5, 6, 7, 8, 10, 11, 13, 14]);
    expect(result.skipped[0]).toEqual({ line: 3, errors: ['First name is missing.'] });
    expect(result.imported.map((x: { line: number; name: string; email: string }) => [x.line, x.name, x.email])).toEqual([
      [2, 'Ana Diaz', email('ana')],
      [9, 'Elsa Where', elsewhere.email],
      [12, 'Uma Usdate', email('uma')],
    ]);
    expect(result.imported[1].studentId).toBe(elsewhere.id);

    const after = await counts();
    expect(after.students - before.students).toBe(2);
    expect(after.enrollments - before.enrollments).toBe(3);
    expect(after.enrollment_status_events - before.enrollment_status_events).toBe(3);
    expect(after.users - before.users).toBe(2);
    expect(after.outbound_emails - before.outbound_emails).toBe(2);

    const enrolled = await h.ds.query(
      `SELECT s.email, s.phone, e.enrolled_on, e.status, e.status_since, ev.reason_code, ev.effective_on, ev.recorded_by
         FROM enrollments e JOIN students s ON s.id = e.student_id JOIN enrollment_status_events ev ON ev.enrollment_id = e.id
        WHERE e.id = ANY($1::uuid[]) ORDER BY s.email`,
      [result.imported.map((x: { enrollmentId: string }) => x.enrollmentId)],
    );
    expect(enrolled).toEqual(
      [
        { email: email('ana'), phone: '555-010-2000', enrolled_on: '2026-01-05', status: 'ENROLLED', status_since: '2026-01-05', reason_code: 'NEW_START', effective_on: '2026-01-05', recorded_by: insideId },
        { email: elsewhere.email, phone: null, enrolled_on: '2026-03-02', status: 'ENROLLED', status_since: '2026-03-02', reason_code: 'NEW_START', effective_on: '2026-03-02', recorded_by: insideId },
        { email: email('uma'), phone: null, enrolled_on: '2026-02-03', status: 'ENROLLED', status_since: '2026-02-03', reason_code: 'NEW_START', effective_on: '2026-02-03', recorded_by: insideId },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );

    // Accounts: invited (no password yet), linked to the student, one invitation email each.
    const accounts = await h.ds.query(
      `SELECT s.email, u.role, u.activated_at, u.password_hash,
              (SELECT count(*)::int FROM outbound_emails o WHERE o.user_id = u.id AND o.kind = 'invitation') AS invitations
         FROM students s JOIN users u ON u.id = s.user_id WHERE s.email = ANY($1) ORDER BY s.email`,
      [[email('ana'), email('uma')]],
    );
    expect(accounts).toEqual([
      { email: email('ana'), role: 'STUDENT', activated_at: null, password_hash: null, invitations: 1 },
      { email: email('uma'), role: 'STUDENT', activated_at: null, password_hash: null, invitations: 1 },
    ]);
    const users = await admin.gql(`query($s: String) { users(filter: { search: $s, status: INVITED }) { totalCount } }`, { s: `imp-${tag}-` });
    expect(users.data!.users.totalCount).toBe(2);

    // Audit rows in enroll()'s shapes, and one for the import.
    const audit = await h.ds.query(
      `SELECT action, after FROM audit_events WHERE actor_id = $1 AND action IN ('student.create', 'enrollment.create', 'student.import') AND occurred_at > now() - interval '1 minute'
        ORDER BY action, after->>'email', after->>'enrolledOn'`,
      [insideId],
    );
    expect(audit.map((x: { action: string }) => x.action)).toEqual(['enrollment.create', 'enrollment.create', 'enrollment.create', 'student.create', 'student.create', 'student.import']);
    expect(audit[3].after).toEqual(expect.objectContaining({ programId, firstName: 'Ana', lastName: 'Diaz', email: email('ana'), studentNumber: `A-${tag}`, phone: '555-010-2000', userId: null }));
    expect(audit[0].after).toEqual(expect.objectContaining({ programId, cohortId, enrolledOn: '2026-01-05', status: 'ENROLLED', statusSince: '2026-01-05' }));
    // The same keys as the rows enroll() writes (the setup enrolled `elsewhere` one by one).
    const keysOf = async (action: string, entityId: string) =>
      Object.keys((await h.ds.query(`SELECT after FROM audit_events WHERE action = $1 AND entity_id = $2`, [action, entityId]))[0].after).sort();
    const elsewhereEnrollment = (await h.ds.query(`SELECT id FROM enrollments WHERE student_id = $1 AND cohort_id = $2`, [elsewhere.id, otherCohortId]))[0].id;
    expect(Object.keys(audit[3].after).sort()).toEqual(await keysOf('student.create', elsewhere.id));
    expect(Object.keys(audit[0].after).sort()).toEqual(await keysOf('enrollment.create', elsewhereEnrollment));
    expect(audit[5].after).toEqual({ rows: 13, imported: 3, created: 2, skippedLines: [3, 4, 5, 6, 7, 8, 10, 11, 13, 14] });

    // A second run of the same file finds them all enrolled.
    const again = await inside.gql(PREVIEW, { input: { cohortId, rows: mixedRows().filter((x) => [2, 9, 12].includes(x.line)) } });
    expect(again.data!.previewStudentImport).toMatchObject({ validCount: 0, errorCount: 3 });
  });

  it('imports 1,000 rows', async () => {
    const big = await h.cohort(programId);
    const before = await counts();
    const rows: Row[] = Array.from({ length: 1000 }, (_, i) => ({
      line: i + 2, firstName: `First${i}`, lastName: `Last${i}`, email: email(`bulk${i}`), studentNumber: `BULK-${tag}-${i}`, phone: '', startDate: i % 2 ? '2026-01-12' : '',
    }));
    const r = await admin.gql(IMPORT, { input: { cohortId: big, rows } });
    expect(admin.lastResponse?.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(r.data!.importStudents).toMatchObject({ importedCount: 1000, skippedCount: 0, invitedCount: 1000 });
    const after = await counts();
    expect(after.students - before.students).toBe(1000);
    expect(after.enrollment_status_events - before.enrollment_status_events).toBe(1000);
    expect(after.users - before.users).toBe(1000);
    expect(after.outbound_emails - before.outbound_emails).toBe(1000);
    expect(after.audit_events - before.audit_events).toBe(1000 + 1000 + 1000 + 1); // students, enrollments, user.invite, the import
    expect(await h.count('enrollments', `cohort_id = $1 AND status = 'ENROLLED'`, [big])).toBe(1000);
    expect(await h.count('enrollments', `cohort_id = $1 AND status_since = '2026-01-12'`, [big])).toBe(500);
  });

  describe('CSV exports', () => {
    let small: string, amy: string, zed: string;

    beforeAll(async () => {
      small = await h.cohort(programId, [], `EXP-${tag}`);
      const r = await admin.gql(IMPORT, {
        input: {
          cohortId: small,
          rows: [
            { line: 2, firstName: 'Zed', lastName: 'Young', email: email('zed'), studentNumber: `Z-${tag}` },
            { line: 3, firstName: 'Amy', lastName: 'Adams', email: email('amy'), studentNumber: `Y-${tag}`, phone: '555-010-3000', startDate: '1/12/2026' },
          ],
        },
      });
      const ids = Object.fromEntries(r.data!.importStudents.imported.map((x: { name: string; enrollmentId: string }) => [x.name, x.enrollmentId]));
      [amy, zed] = [ids['Amy Adams'], ids['Zed Young']];
      const [site] = await h.ds.query(
        `INSERT INTO sites (program_id, name, address, setting, capacity, agreement_start_date, agreement_end_date)
         VALUES ($1, 'Main St Pharmacy', '1 Main St', 'COMMUNITY', 5, '2026-01-01', '2027-12-31') RETURNING id`, [programId]);
      const p = await h.user('PRECEPTOR');
      const [prec] = await h.ds.query(
        `INSERT INTO preceptors (program_id, site_id, user_id, license_number, license_expires_on) VALUES ($1, $2, $3, 'RPH-9', '2027-12-31') RETURNING id`,
        [programId, site.id, p.id]);
      const [pl] = await h.ds.query(
        `INSERT INTO placements (program_id, enrollment_id, site_id, preceptor_id, start_date, end_date, planned_hours) VALUES ($1, $2, $3, $4, '2026-09-01', '2026-12-11', 120) RETURNING id`,
        [programId, amy, site.id, prec.id]);
      const entry = (enrollmentId: string, placementId: string | null, component: string, setting: string | null, from: string, to: string, status: string, comment: string | null) =>
        h.ds.query(
          `INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, activity_note, status, review_comment, logged_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'Export test', $8, $9, $10)`,
          [programId, enrollmentId, placementId, component, setting, from, to, status, comment, adminId],
        );
      // New York: EST (UTC−5) in February, EDT (UTC−4) from March 8, 2026.
      await entry(amy, null, 'DIDACTIC', null, '2026-02-02T14:00:00Z', '2026-02-02T17:30:00Z', 'APPROVED', null);
      await entry(amy, pl.id, 'EXPERIENTIAL', 'COMMUNITY', '2026-09-14T12:00:00Z', '2026-09-14T20:15:00Z', 'SUBMITTED', null);
      await entry(zed, null, 'SIMULATED', null, '2026-03-10T17:00:00Z', '2026-03-10T18:00:00Z', 'REJECTED', '=HYPERLINK("x")');
      await entry(zed, null, 'DIDACTIC', null, '2026-03-11T03:30:00Z', '2026-03-11T05:00:00Z', 'APPROVED', null); // 23:30 to 01:00 local
    });

    it('exports the roster with hour totals from SQL, logging the disclosure', async () => {
      const before = await h.count('disclosure_events');
      const res = await get(inside, `/api/cohorts/${small}/roster.csv?purpose=${encodeURIComponent('Clinical site roster')}`);
      expect(res.status).toBe(403); // not this instructor's cohort
      await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [small, insideId]);
      const ok = await get(inside, `/api/cohorts/${small}/roster.csv?purpose=${encodeURIComponent('Clinical site roster')}`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(ok.headers.get('content-disposition')).toBe(`attachment; filename="roster-exp-${tag.toLowerCase()}.csv"`);
      expect(await body(ok)).toBe(
        [
          '\ufeffName,Student number,Email,Phone,Status,Status since,Enrolled on,Approved hours,Pending hours',
          `Amy Adams,Y-${tag},${email('amy')},555-010-3000,Enrolled,2026-01-12,2026-01-12,3.50,8.25`,
          `Zed Young,Z-${tag},${email('zed')},,Enrolled,2026-01-05,2026-01-05,1.50,0.00`,
          '',
        ].join('\n'),
      );
      expect(await h.count('disclosure_events')).toBe(before + 1);
      const [row] = await h.ds.query(`SELECT actor_id, action, description, purpose, student_count, program_ids, report_input FROM disclosure_events ORDER BY at DESC LIMIT 1`);
      expect(row).toMatchObject({
        action: 'ROSTER_EXPORT_CSV', description: `Cohort roster, ${(await h.ds.query(`SELECT name FROM programs WHERE id = $1`, [programId]))[0].name}, cohort EXP-${tag}, CSV`,
        purpose: 'Clinical site roster', student_count: 2, program_ids: [programId], report_input: { export: 'roster', cohortId: small, format: 'csv' },
      });
    });

    it('exports a cohort’s and one enrollment’s hour log in the program time zone, logging each', async () => {
      const before = await h.count('disclosure_events');
      const tz = 'America/New_York';
      const header = `\ufeffStudent,Student number,Date,Start (${tz}),End (${tz}),Minutes,Hours,Component,Setting,Site,Status,Reviewer comment`;
      const amyLines = [
        `Amy Adams,Y-${tag},2026-02-02,09:00,12:30,210,3.50,Didactic,,,Approved,`,
        `Amy Adams,Y-${tag},2026-09-14,08:00,16:15,495,8.25,Experiential,Community / retail,Main St Pharmacy,Waiting for review,`,
      ];
      const cohortCsv = await get(admin, `/api/cohorts/${small}/hours.csv`);
      expect(cohortCsv.status).toBe(200);
      expect(await body(cohortCsv)).toBe(
        [
          header,
          ...amyLines,
          `Zed Young,Z-${tag},2026-03-10,13:00,14:00,60,1.00,Simulated,,,Rejected,"'=HYPERLINK(""x"")"`,
          `Zed Young,Z-${tag},2026-03-10,23:30,2026-03-11 01:00,90,1.50,Didactic,,,Approved,`,
          '',
        ].join('\n'),
      );
      const one = await get(admin, `/api/enrollments/${amy}/hours.csv?purpose=audit`);
      expect(one.status).toBe(200);
      expect(one.headers.get('content-disposition')).toBe(`attachment; filename="hours-exp-${tag.toLowerCase()}-y-${tag.toLowerCase()}.csv"`);
      expect(await body(one)).toBe([header, ...amyLines, ''].join('\n'));

      expect(await h.count('disclosure_events')).toBe(before + 2);
      const rows = await h.ds.query(`SELECT action, description, purpose, student_count, report_input FROM disclosure_events ORDER BY at DESC LIMIT 2`);
      expect(rows.map((x: { action: string; student_count: number; purpose: string | null }) => [x.action, x.student_count, x.purpose])).toEqual([
        ['HOURS_EXPORT_CSV', 1, 'audit'],
        ['HOURS_EXPORT_CSV', 2, null],
      ]);
      expect(rows[0].description).toMatch(new RegExp(`^Hour log of Amy Adams \\(Y-${tag}\\), .*, cohort EXP-${tag}, CSV$`));
      expect(rows[0].report_input).toEqual({ export: 'hours', enrollmentId: amy, format: 'csv' });
    });

    it('refuses exports outside the caller’s scope or role, logging nothing', async () => {
      const before = await h.count('disclosure_events');
      expect((await get(outside, `/api/cohorts/${small}/roster.csv`)).status).toBe(403);
      expect((await get(outside, `/api/cohorts/${small}/hours.csv`)).status).toBe(403);
      expect((await get(outside, `/api/enrollments/${amy}/hours.csv`)).status).toBe(403);
      expect((await get(student, `/api/cohorts/${small}/roster.csv`)).status).toBe(403); // students may not export a roster
      expect((await get(h.client(), `/api/cohorts/${small}/roster.csv`)).status).toBe(401);
      expect((await get(admin, `/api/cohorts/${randomUUID()}/roster.csv`)).status).toBe(404);
      const long = await get(admin, `/api/cohorts/${small}/roster.csv?purpose=${'x'.repeat(501)}`);
      expect(long.status).toBe(400);
      expect(((await long.json()) as { message: string }).message).toBe('purpose must be at most 500 characters');
      expect(await h.count('disclosure_events')).toBe(before);
    });
  });
});
