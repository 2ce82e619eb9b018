import { Client, codeOf, Harness } from './harness';

const ATTEMPT = `mutation($i: RecordExamAttemptInput!) { recordExamAttempt(input: $i) { id attemptNumber result scaledScore } }`;
const STANDINGS = `query($id: ID!) { enrollment(id: $id) { examStandings { exam { code } attempts passed firstAttemptResult nextAllowedOn exhausted scheduled } } }`;

describe('exams, credentials and employment outcomes', () => {
  let h: Harness;
  let teacher: Client, student: Client, admin: Client;
  let adminId: string;
  let enrollmentId: string, studentId: string, ptce: string, cspt: string;

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t, s] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR'), h.user('STUDENT')]);
    adminId = a.id;
    const programId = await h.program(a.id);
    const cohortId = await h.cohort(programId, [t.id]);
    [admin, teacher, student] = await Promise.all([a, t, s].map((u) => h.signedIn(u.email)));
    ({ enrollmentId, studentId } = await h.student(teacher, cohortId, { userId: s.id }));
    const exams = (await teacher.gql(`{ exams { id code passScore maxAttempts retakeWaitDays } }`)).data!.exams;
    expect(exams.map((e: { code: string }) => e.code)).toEqual(['CSPT', 'ExCPT', 'PTCE']);
    expect(exams.find((e: { code: string }) => e.code === 'PTCE')).toMatchObject({ passScore: 1400, maxAttempts: 4, retakeWaitDays: [60, 60, 180] });
    ptce = exams.find((e: { code: string }) => e.code === 'PTCE').id;
    cspt = exams.find((e: { code: string }) => e.code === 'CSPT').id;
  });
  afterAll(() => h.stop());

  it('numbers attempts on the server, derives the result from the score, and enforces the retake wait', async () => {
    const first = await teacher.gql(ATTEMPT, { i: { enrollmentId, examId: ptce, takenOn: '2026-01-10', scaledScore: 1310 } });
    expect(first.data?.recordExamAttempt).toMatchObject({ attemptNumber: 1, result: 'FAILED', scaledScore: 1310 });
    const early = await teacher.gql(ATTEMPT, { i: { enrollmentId, examId: ptce, takenOn: '2026-02-01' } });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0].message).toBe('takenOn: attempt 2 at the PTCE is allowed from 2026-03-11 (the waiting period after attempt 1).');
    const mismatch = await teacher.gql(ATTEMPT, { i: { enrollmentId, examId: ptce, takenOn: '2026-03-20', result: 'PASSED', scaledScore: 1390 } });
    expect(mismatch.errors![0].message).toMatch(/a score of 1390 is a fail on the PTCE/);
    const scheduled = await teacher.gql(ATTEMPT, { i: { enrollmentId, examId: ptce, takenOn: '2026-03-20' } });
    expect(scheduled.data?.recordExamAttempt).toMatchObject({ attemptNumber: 2, result: 'SCHEDULED' });
    const passed = await teacher.gql(`mutation($i: RecordExamResultInput!) { recordExamResult(input: $i) { result scaledScore } }`, { i: { attemptId: scheduled.data!.recordExamAttempt.id, scaledScore: 1455 } });
    expect(passed.data?.recordExamResult).toEqual({ result: 'PASSED', scaledScore: 1455 });
    const standing = await student.gql(STANDINGS, { id: enrollmentId });
    expect(standing.data?.enrollment.examStandings).toEqual([
      { exam: { code: 'PTCE' }, attempts: 2, passed: true, firstAttemptResult: 'FAILED', nextAllowedOn: null, exhausted: false, scheduled: false },
    ]);
    expect(await h.count('audit_events', `entity_type = 'ExamAttempt' AND entity_id = $1`, [scheduled.data!.recordExamAttempt.id])).toBe(2);
  });

  it('refuses a fifth PTCE attempt', async () => {
    const other = await h.student(teacher, (await h.ds.query(`SELECT cohort_id FROM enrollments WHERE id = $1`, [enrollmentId]))[0].cohort_id);
    for (const [n, on] of [[1, '2025-01-10'], [2, '2025-03-20'], [3, '2025-06-01'], [4, '2025-12-15']] as const) {
      const r = await teacher.gql(ATTEMPT, { i: { enrollmentId: other.enrollmentId, examId: ptce, takenOn: on, scaledScore: 1200 } });
      expect(r.data?.recordExamAttempt.attemptNumber).toBe(n);
    }
    const fifth = await teacher.gql(ATTEMPT, { i: { enrollmentId: other.enrollmentId, examId: ptce, takenOn: '2026-09-01' } });
    expect(fifth.errors![0].message).toMatch(/all 4 attempts at the PTCE are used; a further attempt needs a petition/);
    const standing = await teacher.gql(STANDINGS, { id: other.enrollmentId });
    expect(standing.data?.enrollment.examStandings[0]).toMatchObject({ attempts: 4, exhausted: true });
  });

  it('requires an active CPhT for the CSPT', async () => {
    const without = await teacher.gql(ATTEMPT, { i: { enrollmentId, examId: cspt, takenOn: '2026-06-01', result: 'PASSED' } });
    expect(without.errors![0].message).toMatch(/requires an active CPhT credential on 2026-06-01/);
    const cred = await teacher.gql(`mutation($i: AddCredentialInput!) { addCredential(input: $i) { kind number } }`, { i: { studentId, kind: 'CPHT', number: 'CPHT-123456', issuedOn: '2026-04-01', expiresOn: '2028-03-31' } });
    expect(cred.data?.addCredential).toEqual({ kind: 'CPHT', number: 'CPHT-123456' });
    const withIt = await teacher.gql(ATTEMPT, { i: { enrollmentId, examId: cspt, takenOn: '2026-06-01', result: 'PASSED' } });
    expect(withIt.data?.recordExamAttempt.result).toBe('PASSED');
  });

  it('records employment and outcome markers, refusing undocumented unavailability', async () => {
    const job = await teacher.gql(`mutation($i: AddEmploymentRecordInput!) { addEmploymentRecord(input: $i) { employer relation verifiedOn } }`, {
      i: { enrollmentId, employer: 'CVS Pharmacy #112', jobTitle: 'Pharmacy Technician', relation: 'IN_FIELD', startDate: '2026-07-06', verifiedOn: '2026-08-01', verificationSource: 'Employer phone call' },
    });
    expect(job.data?.addEmploymentRecord).toEqual({ employer: 'CVS Pharmacy #112', relation: 'IN_FIELD', verifiedOn: '2026-08-01' });
    const unverified = await teacher.gql(`mutation($i: AddEmploymentRecordInput!) { addEmploymentRecord(input: $i) { id } }`, {
      i: { enrollmentId, employer: 'X', jobTitle: 'Cashier', relation: 'UNRELATED', startDate: '2026-07-06' },
    });
    expect(unverified.errors![0].message).toMatch(/employer must be at least 2 characters/);
    const noReason = await teacher.gql(`mutation { addOutcomeMarker(input: { enrollmentId: "${enrollmentId}", kind: UNAVAILABLE, documentedOn: "2026-07-01" }) { id } }`);
    expect(noReason.errors![0].message).toMatch(/unavailability counts only with a documented reason/);
    const ok = await teacher.gql(`mutation { addOutcomeMarker(input: { enrollmentId: "${enrollmentId}", kind: UNAVAILABLE, unavailabilityReason: MILITARY, documentedOn: "2026-07-01", note: "Deployment orders on file" }) { kind unavailabilityReason } }`);
    expect(ok.data?.addOutcomeMarker).toEqual({ kind: 'UNAVAILABLE', unavailabilityReason: 'MILITARY' });
    const view = await student.gql(`query($id: ID!) { enrollment(id: $id) { employmentRecords { employer } outcomeMarkers { kind } } }`, { id: enrollmentId });
    expect(view.data?.enrollment).toEqual({ employmentRecords: [{ employer: 'CVS Pharmacy #112' }], outcomeMarkers: [{ kind: 'UNAVAILABLE' }] });
  });

  it('keeps exam and outcome records to staff, and the shared reference data to system administrators', async () => {
    expect(codeOf(await student.gql(ATTEMPT, { i: { enrollmentId, examId: ptce, takenOn: '2026-09-01' } }))).toBe('FORBIDDEN');
    const save = `mutation($i: ExamInput!) { saveExam(input: $i) { code maxAttempts } }`;
    const input = { code: 'TX-JUR', name: 'Texas Jurisprudence Exam', body: 'TSBP', retakeWaitDays: [1], minScore: 0, maxScore: 100, passScore: 75 };
    const competency = `mutation($i: SaveCompetencyInput!) { saveCompetency(input: $i) { code } }`;
    const newCompetency = { code: '5.9E', domain: 'Local practice', domainNumber: 5, level: 'E', summary: 'Follows the state board rules' };
    expect(codeOf(await teacher.gql(save, { i: input }))).toBe('FORBIDDEN');
    // A program's admin is not a system administrator: the exam table and library are every program's.
    const [exams, library] = [await h.count('exams'), await h.count('competencies')];
    const refused = await admin.gql(save, { i: input });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toMatch(/only a system administrator can change them/);
    expect(codeOf(await admin.gql(competency, { i: newCompetency }))).toBe('FORBIDDEN');
    expect([await h.count('exams'), await h.count('competencies')]).toEqual([exams, library]);
    const me = await admin.gql(`{ me { isSystemAdmin permissions } }`);
    expect(me.data!.me).toMatchObject({ isSystemAdmin: false });
    expect(me.data!.me.permissions).not.toContain('REFERENCE_DATA_MANAGE');

    await h.ds.query(`UPDATE users SET is_system_admin = true WHERE id = $1`, [adminId]);
    await h.authSettled();
    const created = await admin.gql(save, { i: input });
    expect(created.data?.saveExam).toEqual({ code: 'TX-JUR', maxAttempts: null });
    expect((await admin.gql(competency, { i: newCompetency })).data?.saveCompetency).toEqual({ code: '5.9E' });
    expect(await h.count('audit_events', `action = 'competency.create' AND entity_id = (SELECT id::text FROM competencies WHERE code = '5.9E')`)).toBe(1);
    expect((await admin.gql(`{ me { permissions } }`)).data!.me.permissions).toContain('REFERENCE_DATA_MANAGE');
    // The library is shared with the other suites (one counts it): take the test's competency out again.
    await h.ds.query(`DELETE FROM competencies WHERE code = '5.9E'`);
  });
});
