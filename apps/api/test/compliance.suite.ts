import { ComplianceService } from '../src/modules/compliance/compliance.service';
import { PDF, upload } from './documents';
import { Client, codeOf, Harness } from './harness';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const STATES = `query($id: ID!) { enrollment(id: $id) { complianceCleared compliance { item { code } state validThrough } } }`;

describe('compliance documents and status', () => {
  let h: Harness;
  let admin: Client, teacher: Client, student: Client, preceptor: Client;
  let programId: string, enrollmentId: string, placementId: string;
  let items: { id: string; code: string }[];

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t, s, p] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR'), h.user('STUDENT'), h.user('PRECEPTOR')]);
    [admin, teacher, student, preceptor] = await Promise.all([a, t, s, p].map((u) => h.signedIn(u.email)));
    const created = await admin.gql(`mutation { createProgram(input: { name: "Compliance Program", level: ENTRY, timeZone: "UTC" }) { id complianceItems { id code } } }`);
    programId = created.data!.createProgram.id;
    items = created.data!.createProgram.complianceItems;
    expect(items.map((i) => i.code)).toContain('TB_TEST');
    const [c] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, 'CMP-1', 'Compliance cohort', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-200), day(200), day(-60), day(60)],
    );
    await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [c.id, t.id]);
    ({ enrollmentId } = await h.student(teacher, c.id, { userId: s.id, enrolledOn: day(-200) }));
    const site = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, { i: { programId, name: 'Clinic Pharmacy', address: '9 Elm St, Town, IL', setting: 'HOSPITAL', capacity: 3, agreementStartDate: day(-300), agreementEndDate: day(300) } });
    const pr = await admin.gql(`mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`, { i: { siteId: site.data!.createSite.id, userId: p.id, licenseNumber: 'RPH-777', licenseExpiresOn: day(300) } });
    // The student has no records yet: placed as a FLAG program would (BLOCK refuses an uncleared placement), then back to BLOCK.
    await h.ds.query(`UPDATE programs SET expired_compliance_policy = 'FLAG' WHERE id = $1`, [programId]);
    const pl = await teacher.gql(`mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`, { i: { enrollmentId, siteId: site.data!.createSite.id, preceptorId: pr.data!.addPreceptor.id, startDate: day(-20), endDate: day(20), plannedHours: 120 } });
    placementId = pl.data!.createPlacement.id;
    await h.ds.query(`UPDATE programs SET expired_compliance_policy = 'BLOCK' WHERE id = $1`, [programId]);
  });
  afterAll(() => h.stop());

  it('accepts a PDF upload, refuses other types by their bytes and files over 10 MB', async () => {
    const ok = await upload(h, student, enrollmentId, PDF, 'tb-test.pdf');
    expect(ok.status).toBe(201);
    const fake = await upload(h, student, enrollmentId, Buffer.from('MZ this is an executable'), 'tb-test.pdf');
    expect(fake.status).toBe(400);
    expect(fake.body.message).toMatch(/only PDF, JPEG and PNG files are accepted/);
    const big = await upload(h, student, enrollmentId, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'huge.pdf');
    expect(big.status).toBe(413);
    const anonymous = await upload(h, h.client(), enrollmentId, PDF, 'x.pdf');
    expect(anonymous.status).toBe(401);
    expect(await h.count('documents', 'enrollment_id = $1', [enrollmentId])).toBe(1);
  });

  it('refuses to verify a record without its document (only a waiver may have none), and changes nothing', async () => {
    const bls = items.find((i) => i.code === 'BLS_CPR') ?? items[0];
    const REVIEW = `mutation($i: ReviewComplianceRecordInput!) { reviewComplianceRecord(input: $i) { status } }`;
    const sub = await student.gql(`mutation($i: SubmitComplianceRecordInput!) { submitComplianceRecord(input: $i) { id } }`, { i: { enrollmentId, itemId: bls.id, completedOn: day(-3) } });
    const id = sub.data!.submitComplianceRecord.id as string;
    const refused = await teacher.gql(REVIEW, { i: { id, decision: 'VERIFY' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/verified only with its document attached/);
    expect(await h.count('compliance_records', `id = $1 AND status = 'PENDING' AND reviewed_by IS NULL`, [id])).toBe(1);
    expect(await h.count('audit_events', `entity_id = $1 AND action = 'compliance.verify'`, [id])).toBe(0);
    const waived = await teacher.gql(REVIEW, { i: { id, decision: 'WAIVE', reason: 'Card seen in person at orientation; copy to follow.' } });
    expect(waived.data?.reviewComplianceRecord.status).toBe('WAIVED');
  });

  it('goes from missing to pending to valid when an instructor verifies; the student cannot verify their own', async () => {
    const tb = items.find((i) => i.code === 'TB_TEST')!;
    const doc = await upload(h, student, enrollmentId, PDF, 'tb.pdf');
    const before = await student.gql(STATES, { id: enrollmentId });
    expect(before.data?.enrollment.compliance.find((s: any) => s.item.code === 'TB_TEST').state).toBe('MISSING');
    const sub = await student.gql(`mutation($i: SubmitComplianceRecordInput!) { submitComplianceRecord(input: $i) { id status expiresOn documentUrl } }`, { i: { enrollmentId, itemId: tb.id, completedOn: day(-5), documentId: doc.body.id } });
    expect(sub.data?.submitComplianceRecord).toMatchObject({ status: 'PENDING', documentUrl: `/api/documents/${doc.body.id}` });
    expect(sub.data?.submitComplianceRecord.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/); // annual: defaulted from the item's rule
    const own = await student.gql(`mutation($i: ReviewComplianceRecordInput!) { reviewComplianceRecord(input: $i) { status } }`, { i: { id: sub.data!.submitComplianceRecord.id, decision: 'VERIFY' } });
    expect(codeOf(own)).toBe('FORBIDDEN');
    const pending = await student.gql(STATES, { id: enrollmentId });
    expect(pending.data?.enrollment.compliance.find((s: any) => s.item.code === 'TB_TEST').state).toBe('PENDING_REVIEW');
    const noReason = await teacher.gql(`mutation($i: ReviewComplianceRecordInput!) { reviewComplianceRecord(input: $i) { status } }`, { i: { id: sub.data!.submitComplianceRecord.id, decision: 'REJECT' } });
    expect(noReason.errors![0].message).toMatch(/reason: tell the student why/);
    const ok = await teacher.gql(`mutation($i: ReviewComplianceRecordInput!) { reviewComplianceRecord(input: $i) { status } }`, { i: { id: sub.data!.submitComplianceRecord.id, decision: 'VERIFY' } });
    expect(ok.data?.reviewComplianceRecord.status).toBe('VERIFIED');
    const after = await student.gql(STATES, { id: enrollmentId });
    expect(after.data?.enrollment.compliance.find((s: any) => s.item.code === 'TB_TEST').state).toBe('VALID');
    const file = await fetch(h.url.replace('/graphql', `/api/documents/${doc.body.id}`), { headers: { cookie: teacher.cookie! } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a preceptor only cleared / not cleared, never the records or documents', async () => {
    const view = await preceptor.gql(`query($id: ID!) { enrollment(id: $id) { complianceCleared } }`, { id: enrollmentId });
    expect(view.data?.enrollment.complianceCleared).toBe(false);
    const records = await preceptor.gql(`query($id: ID!) { enrollment(id: $id) { compliance { state } } }`, { id: enrollmentId });
    expect(codeOf(records)).toBe('FORBIDDEN');
    const [doc] = await h.ds.query(`SELECT id FROM documents WHERE enrollment_id = $1 LIMIT 1`, [enrollmentId]);
    const file = await fetch(h.url.replace('/graphql', `/api/documents/${doc.id}`), { headers: { cookie: preceptor.cookie! } });
    expect(file.status).toBe(403);
  });

  it('blocks or flags externship hours logged while a required item has lapsed, as the program decides', async () => {
    const log = (hoursAgo: number) => student.gql(`mutation($i: LogHoursInput!) { logHours(input: $i) { id complianceFlag } }`, {
      i: { enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(), endedAt: new Date(Date.now() - (hoursAgo - 2) * 3_600_000).toISOString(), activityNote: 'Shift' },
    });
    const blocked = await log(30);
    expect(codeOf(blocked)).toBe('BAD_USER_INPUT');
    expect(blocked.errors![0].message).toMatch(/Compliance is not current for this shift: Criminal background check/);
    await admin.gql(`mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { expiredCompliancePolicy } }`, { i: { id: programId, expiredCompliancePolicy: 'FLAG' } });
    const flagged = await log(30);
    expect(flagged.data?.logHours.complianceFlag).toMatch(/^Compliance not current on the shift date: /);
    const didactic = await student.gql(`mutation($i: LogHoursInput!) { logHours(input: $i) { complianceFlag } }`, { i: { enrollmentId, component: 'DIDACTIC', startedAt: new Date(Date.now() - 60 * 3_600_000).toISOString(), endedAt: new Date(Date.now() - 58 * 3_600_000).toISOString(), activityNote: 'Lecture' } });
    expect(didactic.data?.logHours.complianceFlag).toBeNull();
    const bulk = await preceptor.gql(`mutation($i: ApproveHourEntriesInput!) { approveHourEntries(input: $i) { approved { id } refused { entryId reason } } }`, { i: { entries: [{ id: flagged.data!.logHours.id, version: 1 }] } });
    expect(bulk.data?.approveHourEntries).toEqual({ approved: [], refused: [{ entryId: flagged.data!.logHours.id, reason: 'COMPLIANCE_FLAG' }] });
  });

  it('lists documents waiting, items lapsed or expiring, on the instructor dashboard (not for preceptors)', async () => {
    const [{ cohort_id: cohortId }] = await h.ds.query(`SELECT cohort_id FROM enrollments WHERE id = $1`, [enrollmentId]);
    const tb = items.find((i) => i.code === 'TB_TEST')!;
    await student.gql(`mutation($i: SubmitComplianceRecordInput!) { submitComplianceRecord(input: $i) { id } }`, { i: { enrollmentId, itemId: tb.id, completedOn: day(-1) } });
    const d = await teacher.gql(`query($id: ID!) { cohort(id: $id) { dashboard(withinDays: 30) { documentsAwaitingReview expiringItems { item { code } state } } } }`, { id: cohortId });
    expect(d.data?.cohort.dashboard.documentsAwaitingReview).toBe(1);
    const states = d.data?.cohort.dashboard.expiringItems.map((x: any) => `${x.item.code}:${x.state}`);
    expect(states).toContain('BACKGROUND_CHECK:MISSING');
    expect(states).not.toContain('TB_TEST:MISSING');
  });

  it('records due reminders once, however often the daily job runs', async () => {
    const service = h.app.get(ComplianceService);
    const first = await service.runDailyReminders();
    expect(first).toBeGreaterThan(0);
    const count = await h.count('reminders', 'enrollment_id = $1', [enrollmentId]);
    expect(await service.runDailyReminders()).toBe(0);
    expect(await h.count('reminders', 'enrollment_id = $1', [enrollmentId])).toBe(count);
    const mine = await student.gql(`query($id: ID!) { enrollment(id: $id) { reminders { kind item { code } } } }`, { id: enrollmentId });
    expect(mine.data?.enrollment.reminders.map((r: any) => r.kind)).toContain('MISSING');
  });
});
