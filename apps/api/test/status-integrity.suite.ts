import { Client, codeOf, Harness } from './harness';

const STATUS = `mutation($i: RecordStatusChangeInput!) { recordStatusChange(input: $i) { id status statusSince
  statusHistory { id status overrideReason unmetRequirements voidedAt voidReason voidedBy { id } } } }`;
const CORRECT = `mutation($i: CorrectStatusEventInput!) { correctStatusEvent(input: $i) { id status statusSince
  statusHistory { id status reasonCode note voidedAt voidReason voidedBy { id } } } }`;
const GRADUATE = { status: 'GRADUATED', effectiveOn: '2026-06-26', reasonCode: 'PROGRAM_REQUIREMENTS_MET' };
const PERIOD = { periodStart: '2026-01-01', periodEnd: '2026-06-30' };
const REPORT = `query($input: ReportInput!) { outcomeReport(input: $input) {
  employmentRule figures { key count } rates { key numerator denominator }
  f: students(figureKey: "abhes.F") { enrollmentId evidence } g: students(figureKey: "status.G") { enrollmentId } } }`;

describe('graduation requirements, status corrections and verified employment', () => {
  let h: Harness;
  let admin: Client, teacher: Client;
  let adminId: string, programId: string, cohortId: string, itemId: string, competencyId: string;

  /** An approved 10-hour didactic day for the enrollment (what the hours module would have stored). */
  const approvedHours = (enrollmentId: string, hours: number) =>
    h.ds.query(
      `INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, activity_note, status, logged_by)
       VALUES ($1, $2, NULL, 'DIDACTIC', NULL, timestamptz '2026-03-02 08:00Z', timestamptz '2026-03-02 08:00Z' + make_interval(hours => $3), 'Lecture', 'APPROVED', $4)`,
      [programId, enrollmentId, hours, adminId],
    );
  /** Every requirement of the test program met: 10 approved hours, the compliance item, the competency. */
  const meetRequirements = async (enrollmentId: string) => {
    await approvedHours(enrollmentId, 10);
    await h.ds.query(
      `INSERT INTO compliance_records (program_id, enrollment_id, item_id, completed_on, status, review_reason, reviewed_by, reviewed_at, submitted_by)
       VALUES ($1, $2, $3, '2026-01-10', 'WAIVED', 'Completed at a previous school', $4, now(), $4)`,
      [programId, enrollmentId, itemId, adminId],
    );
    await h.ds.query(`INSERT INTO competency_signoffs (program_id, enrollment_id, competency_id, signed_by, signed_on) VALUES ($1, $2, $3, $4, '2026-05-01')`, [programId, enrollmentId, competencyId, adminId]);
  };
  const history = (enrollmentId: string) =>
    h.ds.query(`SELECT id, status::text, voided_at IS NOT NULL AS voided FROM enrollment_status_events WHERE enrollment_id = $1 ORDER BY effective_on, seq`, [enrollmentId]);

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR')]);
    adminId = a.id;
    programId = await h.program(adminId);
    // A small program: 10 didactic hours, one compliance item and one competency.
    await h.ds.query(`UPDATE programs SET min_total_hours = 10, min_rotations = 0, min_single_rotation_hours = NULL WHERE id = $1`, [programId]);
    await h.ds.query(`DELETE FROM program_requirements WHERE program_id = $1`, [programId]);
    await h.ds.query(`INSERT INTO program_requirements (program_id, component, setting, min_hours) VALUES ($1, 'DIDACTIC', NULL, 10)`, [programId]);
    [{ id: itemId }] = await h.ds.query(`INSERT INTO compliance_items (program_id, code, name, validity) VALUES ($1, 'BGC', 'Background check', 'ONE_TIME') RETURNING id`, [programId]);
    [{ id: competencyId }] = await h.ds.query(`SELECT id FROM competencies ORDER BY code LIMIT 1`);
    await h.ds.query(`INSERT INTO program_competencies (program_id, competency_id) VALUES ($1, $2)`, [programId, competencyId]);
    cohortId = await h.cohort(programId, [t.id]);
    [admin, teacher] = await Promise.all([h.signedIn(a.email), h.signedIn(t.email)]);
  });
  afterAll(() => h.stop());

  it('refuses a graduation over unmet requirements, listing each gap, and changes nothing', async () => {
    const { enrollmentId } = await h.student(teacher, cohortId);
    await approvedHours(enrollmentId, 4);
    const gaps = await teacher.gql(`query($id: ID!) { enrollment(id: $id) { graduationGaps } }`, { id: enrollmentId });
    const expected = ['4 of 10 approved hours', 'Didactic: 4 of 10 approved hours', '1 compliance item missing: Background check', '0 of 1 competencies signed off'];
    expect(gaps.data?.enrollment.graduationGaps).toEqual(expected);
    const audits = await h.count('audit_events', 'entity_id = $1', [enrollmentId]);
    for (const c of [teacher, admin]) {
      const r = await c.gql(STATUS, { i: { enrollmentId, ...GRADUATE } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toContain(`status: the program's graduation requirements are not met: ${expected.join('; ')}.`);
      expect(r.errors![0].extensions!.fields!.map((f) => f.message)).toEqual(expected);
    }
    // An instructor may not override; a too-short reason is refused too.
    expect(codeOf(await teacher.gql(STATUS, { i: { enrollmentId, ...GRADUATE, overrideReason: 'Dean approved the exception in writing' } }))).toBe('FORBIDDEN');
    const short = await admin.gql(STATUS, { i: { enrollmentId, ...GRADUATE, overrideReason: 'ok fine' } });
    expect(short.errors![0].message).toBe('overrideReason: explain the override in at least 10 characters.');
    expect(await h.count('enrollment_status_events', 'enrollment_id = $1', [enrollmentId])).toBe(1);
    expect(await h.count('audit_events', 'entity_id = $1', [enrollmentId])).toBe(audits);
    const [e] = await h.ds.query(`SELECT status::text FROM enrollments WHERE id = $1`, [enrollmentId]);
    expect(e.status).toBe('ENROLLED');
  });

  it('graduates a student who meets every requirement without an override', async () => {
    const { enrollmentId } = await h.student(teacher, cohortId);
    await meetRequirements(enrollmentId);
    const r = await teacher.gql(STATUS, { i: { enrollmentId, ...GRADUATE } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordStatusChange.status).toBe('GRADUATED');
    expect(r.data!.recordStatusChange.statusHistory[1]).toMatchObject({ status: 'GRADUATED', overrideReason: null, unmetRequirements: null });
  });

  it('records an admin override with its reason and the unmet list, in the history and the audit row', async () => {
    const { enrollmentId } = await h.student(teacher, cohortId);
    const reason = 'Hours completed at the partner college; transcript on file';
    const r = await admin.gql(STATUS, { i: { enrollmentId, ...GRADUATE, overrideReason: reason } });
    expect(r.errors).toBeUndefined();
    const unmet = ['0 of 10 approved hours', 'Didactic: 0 of 10 approved hours', '1 compliance item missing: Background check', '0 of 1 competencies signed off'];
    expect(r.data!.recordStatusChange.statusHistory[1]).toMatchObject({ status: 'GRADUATED', overrideReason: reason, unmetRequirements: unmet });
    const [audit] = await h.ds.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'enrollment.statusChange'`, [enrollmentId]);
    expect(audit.after).toMatchObject({ status: 'GRADUATED', overrideReason: reason, unmetRequirements: unmet });
  });

  it('lets an admin void a wrong graduation: kept in history, status follows the log, the report leaves it out', async () => {
    const { enrollmentId } = await h.student(teacher, cohortId);
    await meetRequirements(enrollmentId);
    const grad = await teacher.gql(STATUS, { i: { enrollmentId, ...GRADUATE } });
    const eventId = grad.data!.recordStatusChange.statusHistory[1].id;
    const before = await admin.gql(REPORT, { input: { programId, ...PERIOD } });
    expect(before.data!.outcomeReport.g.map((s: { enrollmentId: string }) => s.enrollmentId)).toContain(enrollmentId);

    // An instructor cannot correct; a short reason is refused; nothing changes.
    expect(codeOf(await teacher.gql(CORRECT, { i: { eventId, reason: 'Recorded for the wrong student' } }))).toBe('FORBIDDEN');
    expect((await admin.gql(CORRECT, { i: { eventId, reason: 'wrong' } })).errors![0].message).toBe('reason: explain the correction in at least 10 characters.');
    expect(await history(enrollmentId)).toEqual([expect.objectContaining({ voided: false }), expect.objectContaining({ status: 'GRADUATED', voided: false })]);

    const reason = 'Recorded for the wrong student; she is still in class';
    const r = await admin.gql(CORRECT, { i: { eventId, reason } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.correctStatusEvent).toMatchObject({ status: 'ENROLLED', statusSince: '2026-01-05' });
    expect(r.data!.correctStatusEvent.statusHistory[1]).toMatchObject({ id: eventId, status: 'GRADUATED', voidReason: reason, voidedBy: { id: adminId } });
    expect(r.data!.correctStatusEvent.statusHistory[1].voidedAt).not.toBeNull();
    const [audit] = await h.ds.query(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'enrollment.statusCorrect'`, [enrollmentId]);
    expect(audit.before).toMatchObject({ status: 'GRADUATED', eventId });
    expect(audit.after).toMatchObject({ status: 'ENROLLED', voidedEventId: eventId, reason });
    const after = await admin.gql(REPORT, { input: { programId, ...PERIOD } });
    expect(after.data!.outcomeReport.g.map((s: { enrollmentId: string }) => s.enrollmentId)).not.toContain(enrollmentId);
    const G = (x: typeof before) => x.data!.outcomeReport.figures.find((f: { key: string }) => f.key === 'status.G').count;
    expect(G(after)).toBe(G(before) - 1);

    // Voided once, for good; the log stays append-only otherwise.
    expect((await admin.gql(CORRECT, { i: { eventId, reason } })).errors![0].message).toBe('eventId: this event has already been voided.');
    await expect(h.ds.query(`UPDATE enrollment_status_events SET void_reason = 'rewritten' WHERE id = $1`, [eventId])).rejects.toThrow(/append-only/);
    // The student can graduate again, properly, later.
    expect((await teacher.gql(STATUS, { i: { enrollmentId, ...GRADUATE, effectiveOn: '2026-06-30' } })).data?.recordStatusChange.status).toBe('GRADUATED');
  });

  it('replaces a wrong terminal status with the right one, checked like any transition', async () => {
    const { enrollmentId } = await h.student(teacher, cohortId);
    const w = await teacher.gql(STATUS, { i: { enrollmentId, status: 'TRANSFERRED_OUT', effectiveOn: '2026-04-01', reasonCode: 'RELOCATION' } });
    const eventId = w.data!.recordStatusChange.statusHistory[1].id;
    const wrongReason = await admin.gql(CORRECT, { i: { eventId, reason: 'She withdrew, she did not transfer', correctedStatus: 'WITHDRAWN', correctedReasonCode: 'PROGRAM_REQUIREMENTS_MET' } });
    expect(wrongReason.errors![0].message).toMatch(/^reasonCode: "All program requirements met" is not a reason for "Withdrawn"/);
    const first = (await history(enrollmentId))[0].id;
    expect((await admin.gql(CORRECT, { i: { eventId: first, reason: 'Trying to void the enrollment' } })).errors![0].message).toBe('eventId: only the current status can be corrected; correct the later events first.');
    const r = await admin.gql(CORRECT, { i: { eventId, reason: 'She withdrew, she did not transfer', correctedStatus: 'WITHDRAWN', correctedReasonCode: 'FINANCIAL' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.correctStatusEvent).toMatchObject({ status: 'WITHDRAWN', statusSince: '2026-04-01' });
    expect(r.data!.correctStatusEvent.statusHistory.map((e: { status: string; voidedAt: string | null }) => [e.status, e.voidedAt !== null])).toEqual([
      ['ENROLLED', false], ['TRANSFERRED_OUT', true], ['WITHDRAWN', false],
    ]);
  });

  it('counts only verified employment as placement when the program says so, and says which rule it used', async () => {
    const job = (enrollmentId: string, verified: boolean) =>
      admin.gql(`mutation($i: AddEmploymentRecordInput!) { addEmploymentRecord(input: $i) { id } }`, {
        i: { enrollmentId, employer: 'Main St Pharmacy', jobTitle: 'Pharmacy Technician', relation: 'IN_FIELD', startDate: '2026-07-06', ...(verified ? { verifiedOn: '2026-07-20', verificationSource: 'Employer phone call' } : {}) },
      });
    const verified = await h.student(teacher, cohortId);
    const unverified = await h.student(teacher, cohortId);
    for (const s of [verified, unverified]) {
      await meetRequirements(s.enrollmentId);
      await teacher.gql(STATUS, { i: { enrollmentId: s.enrollmentId, ...GRADUATE } });
    }
    expect((await job(verified.enrollmentId, true)).errors).toBeUndefined();
    expect((await job(unverified.enrollmentId, false)).errors).toBeUndefined();
    const placement = (x: Record<string, any>) => x.data!.outcomeReport.rates.find((r: { key: string }) => r.key === 'abhes.placement');
    const placed = (x: Record<string, any>) => x.data!.outcomeReport.f.map((s: { enrollmentId: string }) => s.enrollmentId);

    const all = await admin.gql(REPORT, { input: { programId, ...PERIOD } });
    expect(all.data!.outcomeReport.employmentRule).toBe('Placement counts recorded employment, verified or not yet verified.');
    expect(placed(all)).toEqual(expect.arrayContaining([verified.enrollmentId, unverified.enrollmentId]));
    expect(all.data!.outcomeReport.f.find((s: { enrollmentId: string }) => s.enrollmentId === unverified.enrollmentId).evidence).toMatch(/not yet verified/);

    // Only a program manager may change the setting; the change is audited.
    expect(codeOf(await teacher.gql(`mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id } }`, { i: { id: programId, countOnlyVerifiedEmployment: true } }))).toBe('FORBIDDEN');
    const set = await admin.gql(`mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { countOnlyVerifiedEmployment } }`, { i: { id: programId, countOnlyVerifiedEmployment: true } });
    expect(set.data?.updateProgram.countOnlyVerifiedEmployment).toBe(true);
    const [audit] = await h.ds.query(`SELECT before->>'countOnlyVerifiedEmployment' AS b, after->>'countOnlyVerifiedEmployment' AS a FROM audit_events WHERE entity_id = $1 AND action = 'program.update'`, [programId]);
    expect(audit).toEqual({ b: 'false', a: 'true' });

    const strict = await admin.gql(REPORT, { input: { programId, ...PERIOD } });
    expect(strict.data!.outcomeReport.employmentRule).toBe('Placement counts verified employment only (program setting).');
    expect(placed(strict)).toContain(verified.enrollmentId);
    expect(placed(strict)).not.toContain(unverified.enrollmentId);
    expect(placement(strict).numerator).toBe(placement(all).numerator - 1);
    expect(placement(strict).denominator).toBe(placement(all).denominator);
  });
});
