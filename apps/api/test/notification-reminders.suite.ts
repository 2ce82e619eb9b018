import { ComplianceService } from '../src/modules/compliance/compliance.service';
import { NotificationJobs } from '../src/modules/notification/notification-jobs.service';
import { upload } from './documents';
import { Client, codeOf, Harness } from './harness';
import { day, inbox, nextMoment, NotificationFixture, startNotificationFixture, UNREAD } from './notification-fixture';

/* Notifications of compliance, documents and deadlines (notification-fixture.ts's program), and who reads and marks them. */
describe('notifications: compliance reminders, documents, deadlines, scope', () => {
  let h: Harness;
  let admin: Client, teacher: Client, student: Client, peer: Client;
  let users: NotificationFixture['users'];
  let programId: string, programName: string, cohortId: string;
  let me: NotificationFixture['me'];
  let service: NotificationFixture['service'];
  let mail: NotificationFixture['mail'];
  let sendAll: NotificationFixture['sendAll'];

  beforeAll(async () => {
    ({ h, admin, teacher, student, peer, users, programId, programName, cohortId, me, service, mail, sendAll } = await startNotificationFixture());
  });
  afterAll(() => h.stop());

  it('compliance: the daily job notifies the student of each new reminder in the program’s days, and gathers them into the instructor’s weekly digest', async () => {
    const [{ id: itemId }] = await h.ds.query(
      `INSERT INTO compliance_items (program_id, code, name, validity, validity_months) VALUES ($1, 'BLS', 'BLS/CPR card', 'MONTHS', 24) RETURNING id`,
      [programId],
    );
    const doc = await upload(h, student, me.enrollmentId);
    const sub = await student.gql(`mutation($i: SubmitComplianceRecordInput!) { submitComplianceRecord(input: $i) { id } }`, { i: { enrollmentId: me.enrollmentId, itemId, completedOn: day(-700), expiresOn: day(30), documentId: doc.body.id } });
    await teacher.gql(`mutation($i: ReviewComplianceRecordInput!) { reviewComplianceRecord(input: $i) { status } }`, { i: { id: sub.data!.submitComplianceRecord.id, decision: 'VERIFY' } });
    const compliance = h.app.get(ComplianceService);

    // No date given: each program's own date (New York here), as the scheduled job runs it.
    expect(await compliance.runDailyReminders()).toBeGreaterThanOrEqual(2); // expiring for Sam, missing for the peer
    expect(await compliance.runDailyReminders()).toBe(0);
    const [reminder] = (await inbox(student)).filter((n) => n.kind === 'COMPLIANCE_REMINDER');
    expect(reminder).toMatchObject({ subjectType: 'Reminder', link: '/me', title: `Your BLS/CPR card expires in 30 days (${new Date(`${day(30)}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })})` });
    const peerReminder = (await inbox(peer)).find((n) => n.kind === 'COMPLIANCE_REMINDER');
    expect(peerReminder?.title).toBe('BLS/CPR card is still missing');
    const [cohort] = (await inbox(teacher)).filter((n) => n.kind === 'COHORT_COMPLIANCE');
    expect(cohort).toMatchObject({ subjectId: cohortId, digest: 'WEEKLY', link: `/cohorts/${cohortId}`, title: '2 new compliance reminders in cohort NTF-1' });

    // The student's reminder is emailed now; it counts as notified only once the email went.
    await service.dispatchEmails();
    const [pending] = await h.ds.query(`SELECT notified_at FROM reminders WHERE id = $1`, [reminder.subjectId]);
    expect(pending.notified_at).toBeNull();
    await mail.deliverPending();
    const [notified] = await h.ds.query(`SELECT notified_at FROM reminders WHERE id = $1`, [reminder.subjectId]);
    expect(notified.notified_at).not.toBeNull();

    // The instructor's digest waits for Monday at 07:00, New York time.
    const monday = nextMoment(7, true);
    await sendAll(new Date(monday.getTime() - 60_000));
    expect(await h.count('outbound_emails', `user_id = $1 AND kind = 'digest-weekly'`, [users.teacher.id])).toBe(0);
    await sendAll(new Date(monday.getTime() + 60_000));
    const [weekly] = await h.ds.query(`SELECT subject, text_body FROM outbound_emails WHERE user_id = $1 AND kind = 'digest-weekly'`, [users.teacher.id]);
    expect(weekly.subject).toBe(`${programName}: your weekly summary: 2 new compliance reminders in cohort NTF-1`);
    expect(weekly.text_body).not.toMatch(/Zebrawski|Peer Student/);
  });

  it('a rejected document reaches the student with the reason', async () => {
    const [{ id: itemId }] = await h.ds.query(`SELECT id FROM compliance_items WHERE program_id = $1 AND code = 'BLS'`, [programId]);
    const sub = await student.gql(`mutation($i: SubmitComplianceRecordInput!) { submitComplianceRecord(input: $i) { id } }`, { i: { enrollmentId: me.enrollmentId, itemId, completedOn: day(-3) } });
    await teacher.gql(`mutation($i: ReviewComplianceRecordInput!) { reviewComplianceRecord(input: $i) { status } }`, { i: { id: sub.data!.submitComplianceRecord.id, decision: 'REJECT', reason: 'The card is not signed.' } });
    const n = (await inbox(student)).find((x) => x.kind === 'DOCUMENT_REJECTED');
    expect(n).toMatchObject({ subjectType: 'ComplianceRecord', subjectId: sub.data!.submitComplianceRecord.id, title: 'Your BLS/CPR card document was not accepted' });
    expect(n?.body).toContain('"The card is not signed."');
  });

  it('agreements and licenses ending within 90 and 30 days reach the program’s admins once; a retake window that opens reaches the student', async () => {
    const jobs = h.app.get(NotificationJobs);
    const site = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, {
      i: { programId, name: 'Ending Soon Pharmacy', address: '1 Last St', setting: 'HOSPITAL', capacity: 1, agreementStartDate: day(-300), agreementEndDate: day(80) },
    });
    const endingSite = site.data!.createSite.id;
    const lapsing = await h.user('PRECEPTOR', 'Lee Lapsing');
    await admin.gql(`mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`, { i: { siteId: endingSite, userId: lapsing.id, licenseNumber: 'RPH-2', licenseExpiresOn: day(20) } });
    const exams = await teacher.gql(`{ exams { id code } }`);
    const ptce = exams.data!.exams.find((x: { code: string }) => x.code === 'PTCE');
    const attempt = await teacher.gql(`mutation($i: RecordExamAttemptInput!) { recordExamAttempt(input: $i) { id } }`, { i: { enrollmentId: me.enrollmentId, examId: ptce.id, takenOn: day(-62), scaledScore: 1250 } });
    expect(attempt.errors).toBeUndefined();

    expect(await jobs.runDailyChecks({ today: day(0) })).toBeGreaterThanOrEqual(3);
    expect(await jobs.runDailyChecks({ today: day(0) })).toBe(0);
    const mine = await inbox(admin);
    expect(mine.find((n) => n.kind === 'AGREEMENT_EXPIRING')).toMatchObject({ subjectId: endingSite, link: `/sites/${endingSite}` });
    expect(mine.find((n) => n.kind === 'AGREEMENT_EXPIRING')?.body).toContain('within 90 days');
    expect(mine.find((n) => n.kind === 'LICENSE_EXPIRING')).toMatchObject({ link: `/sites/${endingSite}` });
    expect(mine.find((n) => n.kind === 'LICENSE_EXPIRING')?.title).toMatch(/^Lee Lapsing \(Ending Soon Pharmacy\): preceptor license expires on /);
    const retake = (await inbox(student)).find((n) => n.kind === 'EXAM_RETAKE_OPEN');
    expect(retake).toMatchObject({ subjectType: 'ExamAttempt', subjectId: attempt.data!.recordExamAttempt.id, link: '/me' });
    expect(retake?.body).toContain('attempt 2 at the');

    // Twenty days on, the agreement is within 30 days: a second warning, once.
    expect(await jobs.runDailyChecks({ today: day(55) })).toBeGreaterThanOrEqual(1);
    expect((await inbox(admin)).filter((n) => n.kind === 'AGREEMENT_EXPIRING' && n.subjectId === endingSite).map((n) => n.body.match(/within (\d+) days/)?.[1])).toEqual(['30', '90']);
  });

  it('scope: a person only ever reads and marks their own notifications', async () => {
    const [theirs] = await inbox(student);
    expect((await inbox(peer)).map((n) => n.id)).not.toContain(theirs.id);
    expect(codeOf(await peer.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: theirs.id }))).toBe('NOT_FOUND');
    expect(codeOf(await h.client().gql(UNREAD))).toBe('UNAUTHENTICATED');

    const studentUnread = (await student.gql(UNREAD)).data!.unreadNotificationCount as number;
    expect(studentUnread).toBeGreaterThan(0);
    const all = await peer.gql(`mutation { markAllNotificationsRead }`);
    expect(all.data?.markAllNotificationsRead).toBeGreaterThan(0);
    expect((await peer.gql(UNREAD)).data?.unreadNotificationCount).toBe(0);
    expect((await student.gql(UNREAD)).data?.unreadNotificationCount).toBe(studentUnread);
    expect((await inbox(peer)).every((n) => n.readAt !== null)).toBe(true);
  });
});
