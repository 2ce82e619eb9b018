import { Client, codeOf, Harness, programDay } from './harness';
import { upload } from './documents';
import { externship } from './fixtures';

const day = programDay;
const PLACE = `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id complianceGaps } }`;
const GAPS = `query($f: PlacementFilter) { placements(first: 5, filter: $f) { edges { node { id complianceGaps } } } }`;
const SUBMIT = `mutation($i: SubmitComplianceRecordInput!) { submitComplianceRecord(input: $i) { id } }`;
const REVIEW = `mutation($i: ReviewComplianceRecordInput!) { reviewComplianceRecord(input: $i) { status } }`;
const UPDATE = `mutation($i: UpdateHourEntryInput!) { updateHourEntry(input: $i) { id version startedAt endedAt clockedStartedAt clockedEndedAt editReason } }`;
const SET_ADMIN = `mutation($i: SetSystemAdminInput!) { setSystemAdmin(input: $i) { id isSystemAdmin } }`;

const setUp = (h: Harness) => externship(h);

describe('integrity rules: placement compliance', () => {
  let h: Harness;
  let ctx: Awaited<ReturnType<typeof setUp>>;
  let student: Client;
  let enrollmentId: string, hepB: string, tb: string;

  beforeAll(async () => {
    h = await Harness.start();
    ctx = await setUp(h);
    const s = await h.user('STUDENT');
    student = await h.signedIn(s.email);
    enrollmentId = (await h.student(ctx.teacher, ctx.cohortId, { userId: s.id, enrolledOn: day(-200) })).enrollmentId;
    [{ id: hepB }] = await h.ds.query(`INSERT INTO compliance_items (program_id, code, name, validity, sort_order) VALUES ($1, 'HEPB', 'Immunization: Hepatitis B', 'ONE_TIME', 1) RETURNING id`, [ctx.programId]);
    [{ id: tb }] = await h.ds.query(`INSERT INTO compliance_items (program_id, code, name, validity, sort_order) VALUES ($1, 'TB', 'TB test', 'ANNUAL', 2) RETURNING id`, [ctx.programId]);
    // Hepatitis B verified but recorded as expiring before the placement would end; no TB test at all.
    await h.ds.query(
      `INSERT INTO compliance_records (program_id, enrollment_id, item_id, completed_on, expires_on, status, reviewed_by, reviewed_at, submitted_by)
       VALUES ($1, $2, $3, $4, $5, 'VERIFIED', $6, now(), $6)`,
      [ctx.programId, enrollmentId, hepB, day(-100), day(20), ctx.adminId],
    );
  });
  afterAll(() => h.stop());

  const input = () => ({ enrollmentId, siteId: ctx.siteId, preceptorId: ctx.preceptorId, startDate: day(0), endDate: day(40), plannedHours: 120 });

  it('under BLOCK refuses the placement, naming each item and its problem, and writes nothing', async () => {
    const [placements, audits] = [await h.count('placements'), await h.count('audit_events', `action = 'placement.create'`)];
    const r = await ctx.teacher.gql(PLACE, { i: input() });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toContain(`Immunization: Hepatitis B expires ${day(20)}, before the placement ends ${day(40)}`);
    expect(r.errors![0].message).toContain('TB test is missing');
    expect(r.errors![0].message).toMatch(/^enrollmentId: the student is not compliance-cleared through the placement's end/);
    expect([await h.count('placements'), await h.count('audit_events', `action = 'placement.create'`)]).toEqual([placements, audits]);
  });

  it('under FLAG creates it, shows the gaps, audits them, and the gaps clear as records are verified', async () => {
    await h.ds.query(`UPDATE programs SET expired_compliance_policy = 'FLAG' WHERE id = $1`, [ctx.programId]);
    const made = await ctx.teacher.gql(PLACE, { i: input() });
    expect(made.errors).toBeUndefined();
    const { id, complianceGaps } = made.data!.createPlacement;
    const expected = [`Immunization: Hepatitis B expires ${day(20)}, before the placement ends ${day(40)}`, 'TB test is missing'];
    expect(complianceGaps).toEqual(expected);
    const [audit] = await h.ds.query(`SELECT after FROM audit_events WHERE action = 'placement.create' AND entity_id = $1`, [id]);
    expect(audit.after.complianceGaps).toEqual(expected);

    const gapsOf = async (c: Client) => (await c.gql(GAPS, { f: { enrollmentId } })).data!.placements.edges[0].node.complianceGaps;
    expect(await gapsOf(student)).toEqual(expected);
    // Preceptors see cleared or not, never the student's items.
    expect(await gapsOf(ctx.preceptor)).toEqual(['Not compliance-cleared through the placement end']);

    const submit = async (itemId: string, completedOn: string, expiresOn?: string) => {
      const doc = await upload(h, student, enrollmentId);
      const r = await student.gql(SUBMIT, { i: { enrollmentId, itemId, completedOn, documentId: doc.body.id, ...(expiresOn ? { expiresOn } : {}) } });
      return r.data!.submitComplianceRecord.id as string;
    };
    const tbRecord = await submit(tb, day(-1));
    expect(await gapsOf(ctx.teacher)).toEqual([expected[0], 'TB test is waiting for review']);
    expect((await ctx.teacher.gql(REVIEW, { i: { id: tbRecord, decision: 'VERIFY' } })).data!.reviewComplianceRecord.status).toBe('VERIFIED');
    expect(await gapsOf(ctx.teacher)).toEqual([expected[0]]);
    const renewal = await submit(hepB, day(-1), day(500));
    expect(await gapsOf(ctx.teacher)).toEqual([`${expected[0]} (a newer record is waiting for review)`]);
    await ctx.teacher.gql(REVIEW, { i: { id: renewal, decision: 'VERIFY' } });
    expect(await gapsOf(ctx.teacher)).toEqual([]);
    expect(await gapsOf(ctx.preceptor)).toEqual([]);
  });
});

describe('integrity rules: clocked shifts edited afterwards', () => {
  let h: Harness;
  let ctx: Awaited<ReturnType<typeof setUp>>;
  let student: Client;
  let enrollmentId: string, placementId: string;

  beforeAll(async () => {
    h = await Harness.start();
    ctx = await setUp(h);
    const s = await h.user('STUDENT');
    student = await h.signedIn(s.email);
    enrollmentId = (await h.student(ctx.teacher, ctx.cohortId, { userId: s.id, enrolledOn: day(-200) })).enrollmentId;
    const p = await ctx.teacher.gql(PLACE, { i: { enrollmentId, siteId: ctx.siteId, preceptorId: ctx.preceptorId, startDate: day(-30), endDate: day(30), plannedHours: 120 } });
    placementId = p.data!.createPlacement.id;
  });
  afterAll(() => h.stop());

  async function clockedEntry() {
    const c = await student.gql(`mutation($i: ClockInInput!) { clockIn(input: $i) { id } }`, { i: { enrollmentId, placementId } });
    expect(c.errors).toBeUndefined();
    // Clocked in three hours ago (after any earlier entry of this test).
    await h.ds.query(`UPDATE clock_ins SET started_at = date_trunc('second', now()) - interval '3 hours' WHERE enrollment_id = $1`, [enrollmentId]);
    await h.ds.query(`DELETE FROM hour_entries WHERE enrollment_id = $1`, [enrollmentId]);
    const out = await student.gql(`mutation { clockOut(input: { enrollmentId: "${enrollmentId}", activityNote: "Front counter" }) { id version startedAt endedAt clockedStartedAt clockedEndedAt editReason } }`);
    expect(out.errors).toBeUndefined();
    return out.data!.clockOut as { id: string; version: number; startedAt: string; endedAt: string; clockedStartedAt: string; clockedEndedAt: string; editReason: null };
  }

  it('clock-out remembers the server-stamped times', async () => {
    const e = await clockedEntry();
    expect(e.clockedStartedAt).toBe(e.startedAt);
    expect(e.clockedEndedAt).toBe(e.endedAt);
    expect(e.editReason).toBeNull();
  });

  it('refuses moving a clocked time without a reason and changes nothing; with a reason keeps both times and audits it', async () => {
    const e = await clockedEntry();
    const earlier = new Date(new Date(e.startedAt).getTime() - 30 * 60_000).toISOString();
    const refused = await student.gql(UPDATE, { i: { id: e.id, version: e.version, startedAt: earlier } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/^editReason: /);
    expect(refused.errors![0].extensions?.fields).toEqual([{ field: 'editReason', message: 'is required when changing clocked times' }]);
    const blank = await student.gql(UPDATE, { i: { id: e.id, version: e.version, startedAt: earlier, editReason: '   ' } });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    const [row] = await h.ds.query(`SELECT version, started_at, edit_reason FROM hour_entries WHERE id = $1`, [e.id]);
    expect([row.version, row.started_at.toISOString(), row.edit_reason]).toEqual([e.version, e.startedAt, null]);

    const ok = await student.gql(UPDATE, { i: { id: e.id, version: e.version, startedAt: earlier, editReason: 'Forgot to clock in when I arrived' } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateHourEntry).toMatchObject({ startedAt: earlier, endedAt: e.endedAt, clockedStartedAt: e.startedAt, clockedEndedAt: e.endedAt, editReason: 'Forgot to clock in when I arrived' });
    const [audit] = await h.ds.query(`SELECT before, after FROM audit_events WHERE action = 'hours.update' AND entity_id = $1`, [e.id]);
    expect(audit.after.editReason).toBe('Forgot to clock in when I arrived');
    expect(audit.before.editReason).toBeNull();

    // The reviewer reads both times.
    const read = await ctx.preceptor.gql(`query($f: HourEntryFilter) { hourEntries(first: 5, filter: $f) { edges { node { startedAt clockedStartedAt editReason } } } }`, { f: { enrollmentId } });
    expect(read.data!.hourEntries.edges[0].node).toEqual({ startedAt: earlier, clockedStartedAt: e.startedAt, editReason: 'Forgot to clock in when I arrived' });

    // A later edit of the note alone needs no new reason and keeps it; moving the times back on the clock clears it.
    const note = await student.gql(UPDATE, { i: { id: e.id, version: ok.data!.updateHourEntry.version, activityNote: 'Front counter and refills' } });
    expect(note.data!.updateHourEntry.editReason).toBe('Forgot to clock in when I arrived');
    const back = await student.gql(UPDATE, { i: { id: e.id, version: note.data!.updateHourEntry.version, startedAt: e.startedAt } });
    expect(back.data!.updateHourEntry).toMatchObject({ startedAt: e.startedAt, editReason: null });
  });

  it('needs no reason to edit an entry logged by hand', async () => {
    await h.ds.query(`DELETE FROM hour_entries WHERE enrollment_id = $1`, [enrollmentId]);
    const start = new Date(Date.now() - 6 * 3_600_000);
    start.setUTCSeconds(0, 0);
    const logged = await student.gql(`mutation($i: LogHoursInput!) { logHours(input: $i) { id version } }`, {
      i: { enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: start.toISOString(), endedAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(), activityNote: 'Inventory' },
    });
    expect(logged.errors).toBeUndefined();
    const { id, version } = logged.data!.logHours;
    const moved = await student.gql(UPDATE, { i: { id, version, startedAt: new Date(start.getTime() - 15 * 60_000).toISOString() } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateHourEntry).toMatchObject({ clockedStartedAt: null, clockedEndedAt: null, editReason: null });
  });
});

describe('integrity rules: granting system administrator', () => {
  let h: Harness;
  let ctx: Awaited<ReturnType<typeof setUp>>;
  let sys: Client, other: Client;
  let sysId: string, otherId: string, instructorId: string;
  let othersBefore: string[] = [];

  beforeAll(async () => {
    h = await Harness.start();
    ctx = await setUp(h);
    const [s, o] = await Promise.all([h.user('ADMIN', 'Sam System'), h.user('ADMIN', 'Olive Other')]);
    [sysId, otherId] = [s.id, o.id];
    await h.ds.query(`INSERT INTO program_admins (program_id, user_id) VALUES ($1, $2), ($1, $3)`, [ctx.programId, s.id, o.id]);
    // This suite needs to know every system administrator: set the others aside and restore them afterwards.
    othersBefore = (await h.ds.query(`UPDATE users SET is_system_admin = false WHERE is_system_admin RETURNING id`)).map((r: { id: string }) => r.id);
    await h.ds.query(`UPDATE users SET is_system_admin = true WHERE id = $1`, [s.id]);
    await h.authSettled();
    [sys, other] = await Promise.all([h.signedIn(s.email), h.signedIn(o.email)]);
    [{ id: instructorId }] = await h.ds.query(`SELECT user_id AS id FROM cohort_instructors WHERE cohort_id = $1`, [ctx.cohortId]);
  });
  afterAll(async () => {
    await h.ds.query(`UPDATE users SET is_system_admin = true WHERE id = ANY($1::uuid[])`, [othersBefore]);
    await h.authSettled();
    await h.stop();
  });

  it('only a system administrator may grant it; to an active admin account, with a reason; audited', async () => {
    const i = { userId: otherId, systemAdmin: true, reason: 'Second steward of the exam table' };
    for (const c of [ctx.admin, other, ctx.teacher]) {
      const r = await c.gql(SET_ADMIN, { i });
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    expect((await ctx.admin.gql(SET_ADMIN, { i })).errors![0].message).toMatch(/Only a system administrator can grant or revoke/);
    expect(codeOf(await sys.gql(SET_ADMIN, { i: { ...i, reason: '  ' } }))).toBe('BAD_USER_INPUT');
    const instructor = await sys.gql(SET_ADMIN, { i: { ...i, userId: instructorId } });
    expect(codeOf(instructor)).toBe('BAD_USER_INPUT');
    expect(instructor.errors![0].message).toMatch(/only a program director \(admin\) account/);
    expect(await h.count('users', 'is_system_admin')).toBe(1);

    const granted = await sys.gql(SET_ADMIN, { i });
    expect(granted.data!.setSystemAdmin).toEqual({ id: otherId, isSystemAdmin: true });
    const [audit] = await h.ds.query(`SELECT actor_id, before, after FROM audit_events WHERE action = 'user.systemAdmin.grant' AND entity_id = $1`, [otherId]);
    expect(audit).toEqual({ actor_id: sysId, before: { isSystemAdmin: false }, after: { isSystemAdmin: true, reason: 'Second steward of the exam table' } });
    expect((await other.gql(`{ me { permissions } }`)).data!.me.permissions).toEqual(expect.arrayContaining(['REFERENCE_DATA_MANAGE', 'SYSTEM_ADMIN_GRANT']));
    expect(codeOf(await sys.gql(SET_ADMIN, { i }))).toBe('BAD_USER_INPUT'); // already one
  });

  it('revokes, but never the last active system administrator', async () => {
    const revoked = await other.gql(SET_ADMIN, { i: { userId: sysId, systemAdmin: false, reason: 'Moved to another campus' } });
    expect(revoked.data!.setSystemAdmin).toEqual({ id: sysId, isSystemAdmin: false });
    const [audit] = await h.ds.query(`SELECT before, after FROM audit_events WHERE action = 'user.systemAdmin.revoke' AND entity_id = $1`, [sysId]);
    expect(audit).toEqual({ before: { isSystemAdmin: true }, after: { isSystemAdmin: false, reason: 'Moved to another campus' } });
    expect(codeOf(await sys.gql(SET_ADMIN, { i: { userId: sysId, systemAdmin: true, reason: 'Take it back' } }))).toBe('FORBIDDEN');

    const self = await other.gql(SET_ADMIN, { i: { userId: otherId, systemAdmin: false, reason: 'Stepping down' } });
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
    expect(self.errors![0].message).toMatch(/you are the only active system administrator/);
    expect(await h.count('users', 'id = $1 AND is_system_admin', [otherId])).toBe(1);
    expect(await h.count('audit_events', `action = 'user.systemAdmin.revoke' AND entity_id = $1`, [otherId])).toBe(0);
  });

  it('the last system administrator cannot be deactivated or moved to another role either', async () => {
    const deactivate = await sys.gql(`mutation($id: ID!) { deactivateUser(userId: $id) { id status } }`, { id: otherId });
    expect(codeOf(deactivate)).toBe('BAD_USER_INPUT');
    expect(deactivate.errors![0].message).toBe('userId: Olive Other is the only active system administrator, so you cannot deactivate the account. Grant another director system administrator first.');
    const demote = await sys.gql(`mutation($i: UpdateUserAccessInput!) { updateUserAccess(input: $i) { id role } }`, { i: { userId: otherId, role: 'INSTRUCTOR', cohortIds: [ctx.cohortId] } });
    expect(codeOf(demote)).toBe('BAD_USER_INPUT');
    expect(demote.errors![0].message).toMatch(/only active system administrator, so you cannot make them instructor/);
    expect(await h.count('users', `id = $1 AND is_system_admin AND role = 'ADMIN' AND disabled_at IS NULL`, [otherId])).toBe(1);

    // With a second system administrator, a role change away from admin ends the flag, and the audit row says so.
    await h.ds.query(`UPDATE users SET is_system_admin = true WHERE id = $1`, [sysId]);
    await h.authSettled();
    const moved = await sys.gql(`mutation($i: UpdateUserAccessInput!) { updateUserAccess(input: $i) { id role } }`, { i: { userId: otherId, role: 'INSTRUCTOR', cohortIds: [ctx.cohortId] } });
    expect(moved.errors).toBeUndefined();
    expect(await h.count('users', 'id = $1 AND is_system_admin', [otherId])).toBe(0);
    const [audit] = await h.ds.query(`SELECT before, after FROM audit_events WHERE action = 'user.access.update' AND entity_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [otherId]);
    expect(audit.before).toMatchObject({ isSystemAdmin: true });
    expect(audit.after).toMatchObject({ isSystemAdmin: false });
  });
});
