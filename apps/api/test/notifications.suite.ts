import { readFileSync } from 'node:fs';
import { loadEnv } from '../src/config/env';
import { JobQueue } from '../src/common/jobs/job-queue.service';
import { ComplianceService } from '../src/modules/compliance/compliance.service';
import { MailService } from '../src/modules/mail/mail.service';
import { createMailTransport } from '../src/modules/mail/mail.transport';
import { NotificationJobs } from '../src/modules/notification/notification-jobs.service';
import { NotificationService } from '../src/modules/notification/notification.service';
import { upload } from './documents';
import { Client, codeOf, Harness } from './harness';
import { startSmtpServer } from './smtp';

/** The harness's programs are in New York: digests and "expires in N days" follow its clock. */
const TZ = 'America/New_York';
const HOUR = 3_600_000;

function local(d: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', weekday: 'short' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday: parts.weekday as string };
}
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const nyToday = () => local(new Date()).date;
/** The instant it is `hour`:00 in New York on `date`. */
function nyInstant(date: string, hour: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  for (const offset of [4, 5]) {
    const t = new Date(Date.UTC(y, m - 1, d, hour + offset));
    const l = local(t);
    if (l.date === date && l.hour === hour) return t;
  }
  throw new Error(`no ${hour}:00 on ${date} in ${TZ}`);
}
/** The first digest moment after now: `hour`:00 New York time, on a Monday when weekly. */
function nextMoment(hour: number, weekly = false): Date {
  for (let date = nyToday(); ; date = addDays(date, 1)) {
    const t = nyInstant(date, hour);
    if (t.getTime() > Date.now() && (!weekly || local(t).weekday === 'Mon')) return t;
  }
}
const day = (offset: number) => addDays(nyToday(), offset);
/** `hour`:00 UTC, `daysAgo` UTC days back. */
const at = (daysAgo: number, hour: number) => {
  const d = new Date(`${new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);
  d.setUTCHours(hour);
  return d.toISOString();
};
/** An .eml as a mail program shows it: folded headers unfolded, quoted-printable decoded. */
const readEml = (raw: string) => {
  const [head, ...body] = raw.split(/\r?\n\r?\n/);
  const text = body.join('\n\n').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return `${head.replace(/\r?\n[ \t]+/g, ' ')}\n\n${text}`;
};

const NOTIFICATIONS = `query { notifications(first: 50) { totalCount edges { node { id kind title body link itemCount readAt emailStatus emailedAt digest programName subjectType subjectId } } } }`;
const UNREAD = `query { unreadNotificationCount }`;
const LOG = `mutation($i: LogHoursInput!) { logHours(input: $i) { id version } }`;
const REVIEW = `mutation($i: ReviewHourEntryInput!) { reviewHourEntry(input: $i) { id status version } }`;
const PREFS = `query { notificationPreferences { digestHour kinds { kind label email digest } } }`;
const SET_PREFS = `mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { digestHour kinds { kind email } } }`;

interface Node {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  itemCount: number;
  readAt: string | null;
  emailStatus: string;
  emailedAt: string | null;
  digest: string | null;
  programName: string;
  subjectType: string;
  subjectId: string;
}

async function inbox(c: Client): Promise<Node[]> {
  const r = await c.gql<{ notifications: { edges: { node: Node }[] } }>(NOTIFICATIONS);
  if (!r.data) throw new Error(r.errors?.[0].message);
  return r.data.notifications.edges.map((e) => e.node);
}

describe('notifications: events, inbox, digests, preferences, email', () => {
  let h: Harness;
  let admin: Client, teacher: Client, preceptor: Client, student: Client, peer: Client;
  let users: Record<'admin' | 'teacher' | 'preceptor' | 'student' | 'peer', { id: string; email: string }>;
  let programId: string, programName: string, cohortId: string, siteId: string, preceptorId: string, placementId: string;
  let me: { studentId: string; enrollmentId: string };
  let service: NotificationService;
  let mail: MailService;
  let shift = 40;

  /** A fresh shift for the student, a few hours each, further back each time (never overlapping). */
  async function logShift(): Promise<{ id: string; version: number }> {
    shift += 1;
    const r = await student.gql<{ logHours: { id: string; version: number } }>(LOG, {
      i: { enrollmentId: me.enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: at(shift - 20, 13), endedAt: at(shift - 20, 17), activityNote: 'Counted and filled' },
    });
    if (!r.data) throw new Error(r.errors?.[0].message);
    return r.data.logHours;
  }

  /** Everything waiting goes to the outbox, and the outbox is sent (.eml files). */
  async function sendAll(now = new Date()) {
    await service.dispatchEmails(now);
    await mail.deliverPending();
  }

  beforeAll(async () => {
    h = await Harness.start();
    service = h.app.get(NotificationService);
    mail = h.app.get(MailService);
    const [a, t, p, s, s2] = await Promise.all([h.user('ADMIN', 'Dana Director'), h.user('INSTRUCTOR', 'Ian Instructor'), h.user('PRECEPTOR', 'Pat Preceptor'), h.user('STUDENT', 'Sam Student'), h.user('STUDENT', 'Peer Student')]);
    users = { admin: a, teacher: t, preceptor: p, student: s, peer: s2 };
    programId = await h.program(a.id, 'America/New_York');
    [{ name: programName }] = await h.ds.query(`SELECT name FROM programs WHERE id = $1`, [programId]);
    [{ id: cohortId }] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, 'NTF-1', 'Notified cohort', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-300), day(200), day(-90), day(90)],
    );
    await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [cohortId, t.id]);
    [admin, teacher, preceptor, student, peer] = await Promise.all([a, t, p, s, s2].map((u) => h.signedIn(u.email)));
    me = await h.student(teacher, cohortId, { userId: s.id, enrolledOn: day(-300), firstName: 'Sam', lastName: 'Zebrawski' });
    await h.student(teacher, cohortId, { userId: s2.id, enrolledOn: day(-300) });
    const site = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, {
      i: { programId, name: 'Elm Street Pharmacy', address: '5 Elm St, Springfield', setting: 'COMMUNITY', capacity: 4, agreementStartDate: day(-400), agreementEndDate: day(400) },
    });
    siteId = site.data!.createSite.id;
    const pr = await admin.gql(`mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`, { i: { siteId, userId: p.id, licenseNumber: 'RPH-1', licenseExpiresOn: day(500) } });
    preceptorId = pr.data!.addPreceptor.id;
  });
  afterAll(() => h.stop());

  it('a new placement reaches the student and the preceptor; the preceptor’s email does not name the student', async () => {
    const r = await teacher.gql(`mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`, {
      i: { enrollmentId: me.enrollmentId, siteId, preceptorId, startDate: day(-80), endDate: day(80), plannedHours: 160 },
    });
    expect(r.errors).toBeUndefined();
    placementId = r.data!.createPlacement.id;

    const [mine] = (await inbox(student)).filter((n) => n.kind === 'PLACEMENT_CREATED');
    expect(mine).toMatchObject({ subjectType: 'Placement', subjectId: placementId, link: '/me', readAt: null, emailStatus: 'PENDING', programName, title: 'You are placed at Elm Street Pharmacy' });
    expect(mine.body).toContain('with Pat Preceptor as your preceptor');
    const [theirs] = (await inbox(preceptor)).filter((n) => n.kind === 'PLACEMENT_CREATED');
    expect(theirs.title).toBe('Sam Zebrawski is placed with you at Elm Street Pharmacy');

    await sendAll();
    const [email] = await h.ds.query(`SELECT subject, text_body, sent_at FROM outbound_emails WHERE user_id = $1 AND kind = 'notification-placement-created'`, [users.preceptor.id]);
    expect(email.sent_at).not.toBeNull();
    expect(email.subject).toBe(`${programName}: A student is placed with you at Elm Street Pharmacy`);
    expect(email.text_body).not.toMatch(/Zebrawski|Sam/);
    expect(email.text_body).toContain(`${programName} externship portal`);
    expect(email.text_body).toMatch(/\/notifications\/preferences$/m);
    const [stamped] = (await inbox(preceptor)).filter((n) => n.kind === 'PLACEMENT_CREATED');
    expect(stamped.emailStatus).toBe('SENT');
    expect(stamped.emailedAt).not.toBeNull();
  });

  it('hours sent back: the student’s bell counts it, it opens the entry, and the email with the comment is stamped only once sent', async () => {
    const before = (await student.gql(UNREAD)).data!.unreadNotificationCount as number;
    const entry = await logShift();
    const r = await preceptor.gql(REVIEW, { i: { id: entry.id, version: entry.version, decision: 'NEEDS_INFO', comment: 'Which pharmacist supervised the compounding?' } });
    expect(r.data?.reviewHourEntry.status).toBe('NEEDS_INFO');
    expect((await student.gql(UNREAD)).data!.unreadNotificationCount).toBe(before + 1);

    const [n] = (await inbox(student)).filter((x) => x.kind === 'HOURS_SENT_BACK' && x.subjectId === entry.id);
    expect(n).toMatchObject({ link: `/hours?entry=${entry.id}`, emailStatus: 'PENDING', emailedAt: null });
    expect(n.title).toMatch(/^Your hours of \w{3}, \w{3} \d+ \(4 h\) were sent back for more information$/);
    expect(n.body).toContain('Pat Preceptor asked: "Which pharmacist supervised the compounding?"');

    await service.dispatchEmails();
    const [queued] = await h.ds.query(`SELECT email_status, email_id, emailed_at FROM notifications WHERE id = $1`, [n.id]);
    expect(queued).toMatchObject({ email_status: 'QUEUED', emailed_at: null });
    await mail.deliverPending();
    const [sent] = await h.ds.query(`SELECT n.email_status, n.emailed_at, o.delivered_to, o.to_address FROM notifications n JOIN outbound_emails o ON o.id = n.email_id WHERE n.id = $1`, [n.id]);
    expect(sent.email_status).toBe('SENT');
    expect(sent.emailed_at).not.toBeNull();
    expect(sent.to_address).toBe(users.student.email);
    const eml = readEml(readFileSync(sent.delivered_to, 'utf8'));
    expect(eml).toContain('Which pharmacist supervised the compounding?');
    expect(eml).toContain(`/hours?entry=${entry.id}`);

    const read = await student.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, { id: n.id });
    expect(read.data?.markNotificationRead.readAt).not.toBeNull();
    expect((await student.gql(UNREAD)).data!.unreadNotificationCount).toBe(before);
  });

  it('rejected and reopened hours reach the student with the reviewer’s words; a reopened entry waits for the preceptor again', async () => {
    const rejected = await logShift();
    await preceptor.gql(REVIEW, { i: { id: rejected.id, version: rejected.version, decision: 'REJECT', comment: 'You were not scheduled that day.' } });
    const approved = await logShift();
    const ok = await preceptor.gql(REVIEW, { i: { id: approved.id, version: approved.version, decision: 'APPROVE' } });
    const waitingBefore = (await inbox(preceptor)).find((n) => n.kind === 'HOURS_WAITING' && n.emailStatus === 'PENDING')?.itemCount ?? 0;
    const reopen = await teacher.gql(`mutation($i: ReopenHourEntryInput!) { reopenHourEntry(input: $i) { status } }`, { i: { id: approved.id, version: ok.data!.reviewHourEntry.version, reason: 'The times overlap a class.' } });
    expect(reopen.data?.reopenHourEntry.status).toBe('SUBMITTED');

    const mine = await inbox(student);
    expect(mine.find((n) => n.kind === 'HOURS_REJECTED' && n.subjectId === rejected.id)?.body).toContain('Pat Preceptor gave this reason: "You were not scheduled that day."');
    expect(mine.find((n) => n.kind === 'HOURS_REOPENED' && n.subjectId === approved.id)?.body).toContain('Ian Instructor reopened them: "The times overlap a class."');
    expect(mine.filter((n) => n.subjectId === approved.id).map((n) => n.kind)).toEqual(['HOURS_REOPENED']); // approval itself notifies nobody
    expect((await inbox(preceptor)).find((n) => n.kind === 'HOURS_WAITING' && n.emailStatus === 'PENDING')?.itemCount).toBe(waitingBefore + 1);
  });

  it('gathers new hours into one notification per site and one daily digest email at the preceptor’s digest hour, New York time', async () => {
    // Close whatever the earlier tests gathered, so this test starts a fresh day.
    await service.dispatchEmails(new Date(Date.now() + 25 * HOUR));
    await mail.deliverPending();
    const digestsBefore = await h.count('outbound_emails', `user_id = $1 AND kind = 'digest-daily'`, [users.preceptor.id]);
    const set = await preceptor.gql(SET_PREFS, { i: { digestHour: 18 } });
    expect(set.data?.updateNotificationPreferences.digestHour).toBe(18);
    const statementsBefore = await h.count('notifications', `recipient_id = $1 AND kind = 'HOURS_WAITING'`, [users.preceptor.id]);
    for (let i = 0; i < 3; i++) await logShift();

    const waiting = (await inbox(preceptor)).filter((n) => n.kind === 'HOURS_WAITING' && n.emailStatus === 'PENDING');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ itemCount: 3, digest: 'DAILY', link: '/review', title: '3 new hour entries waiting for your review at Elm Street Pharmacy' });
    expect(await h.count('notifications', `recipient_id = $1 AND kind = 'HOURS_WAITING'`, [users.preceptor.id])).toBe(statementsBefore + 1);

    const moment = nextMoment(18);
    await sendAll(new Date(moment.getTime() - 30 * 60_000));
    expect(await h.count('outbound_emails', `user_id = $1 AND kind = 'digest-daily'`, [users.preceptor.id])).toBe(digestsBefore);
    await sendAll(new Date(moment.getTime() + 5 * 60_000));
    const digests = await h.ds.query(`SELECT subject, text_body FROM outbound_emails WHERE user_id = $1 AND kind = 'digest-daily' ORDER BY created_at`, [users.preceptor.id]);
    expect(digests).toHaveLength(digestsBefore + 1);
    const digest = digests[digests.length - 1];
    expect(digest.subject).toBe(`${programName}: your daily summary: 3 new hour entries waiting for your review at Elm Street Pharmacy`);
    expect(digest.text_body).toContain(`Your daily summary from the ${programName} externship portal`);
    expect(digest.text_body).not.toContain('Zebrawski');
    const [closed] = await h.ds.query(`SELECT email_status, emailed_at FROM notifications WHERE id = $1`, [waiting[0].id]);
    expect(closed.email_status).toBe('SENT');

    // The digest went: the next entry opens a new notification.
    await logShift();
    const open = (await inbox(preceptor)).filter((n) => n.kind === 'HOURS_WAITING' && n.emailStatus === 'PENDING');
    expect(open.map((n) => n.itemCount)).toEqual([1]);
    expect(open[0].id).not.toBe(waiting[0].id);
  });

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

  it('preferences: a kind turned off stays in the inbox only; the person chooses their digest hour; nobody turns off kinds their role does not get', async () => {
    const defaults = await peer.gql(PREFS);
    expect(defaults.data?.notificationPreferences.digestHour).toBe(7);
    expect(defaults.data?.notificationPreferences.kinds.every((k: { email: boolean }) => k.email)).toBe(true);
    expect(defaults.data?.notificationPreferences.kinds.map((k: { kind: string }) => k.kind)).toContain('HOURS_REJECTED');
    expect(defaults.data?.notificationPreferences.kinds.map((k: { kind: string }) => k.kind)).not.toContain('HOURS_WAITING');

    const off = await student.gql(SET_PREFS, { i: { emailOff: ['HOURS_REJECTED'] } });
    expect(off.data?.updateNotificationPreferences.kinds.find((k: { kind: string }) => k.kind === 'HOURS_REJECTED').email).toBe(false);
    const entry = await logShift();
    await preceptor.gql(REVIEW, { i: { id: entry.id, version: entry.version, decision: 'REJECT', comment: 'Duplicate of another shift.' } });
    await sendAll();
    const n = (await inbox(student)).find((x) => x.kind === 'HOURS_REJECTED' && x.subjectId === entry.id);
    expect(n).toMatchObject({ emailStatus: 'NONE', emailedAt: null, readAt: null });
    expect(await h.count('outbound_emails', `user_id = $1 AND text_body LIKE '%Duplicate of another shift%'`, [users.student.id])).toBe(0);

    expect(codeOf(await student.gql(SET_PREFS, { i: { emailOff: ['HOURS_WAITING'] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await student.gql(SET_PREFS, { i: { digestHour: 24 } }))).toBe('BAD_USER_INPUT');
    expect((await student.gql(PREFS)).data?.notificationPreferences.kinds.find((k: { kind: string }) => k.kind === 'HOURS_REJECTED').email).toBe(false);
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

  describe('email delivery across API copies', () => {
    let second: Harness;
    let smtpServer: Awaited<ReturnType<typeof startSmtpServer>>;

    beforeAll(async () => {
      second = await Harness.start();
      smtpServer = await startSmtpServer(1);
    });
    afterAll(async () => {
      await smtpServer.close();
      await second.stop();
    });

    it('two API instances dispatch one email per notification; after a failing SMTP attempt the retry sends it once and only then stamps it', async () => {
      // Make sure nothing older is waiting, then one event.
      await service.dispatchEmails();
      const entry = await logShift();
      await preceptor.gql(REVIEW, { i: { id: entry.id, version: entry.version, decision: 'NEEDS_INFO', comment: 'Once, please.' } });
      const [{ id }] = await h.ds.query(`SELECT id FROM notifications WHERE subject_id = $1 AND kind = 'HOURS_SENT_BACK'`, [entry.id]);

      await Promise.all([service.dispatchEmails(), second.app.get(NotificationService).dispatchEmails(), service.dispatchEmails()]);
      const [row] = await h.ds.query(`SELECT email_status, email_id FROM notifications WHERE id = $1`, [id]);
      expect(row.email_status).toBe('QUEUED');
      expect(await h.count('outbound_emails', `user_id = $1 AND text_body LIKE '%Once, please.%'`, [users.student.id])).toBe(1);

      const env = { ...loadEnv(), SMTP_URL: smtpServer.url, SMTP_HOST: undefined };
      const workers = [h, second].map((x) => {
        const worker = new MailService(x.ds, x.app.get(JobQueue), createMailTransport(env));
        const notifications = x.app.get(NotificationService);
        worker.onSent((em, emailId) => notifications.markEmailed(em, emailId));
        return worker;
      });
      await expect(workers[0].deliver(row.email_id)).rejects.toThrow(/Try again later/);
      const [failed] = await h.ds.query(`SELECT n.email_status, n.emailed_at, o.attempts FROM notifications n JOIN outbound_emails o ON o.id = n.email_id WHERE n.id = $1`, [id]);
      expect(failed).toMatchObject({ email_status: 'QUEUED', emailed_at: null, attempts: 1 });

      const outcomes = await Promise.all([workers[0].deliver(row.email_id), workers[1].deliver(row.email_id), workers[1].deliver(row.email_id)]);
      expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
      expect(smtpServer.received).toHaveLength(1);
      expect(smtpServer.received[0]).toContain('Once, please.');
      const [done] = await h.ds.query(`SELECT email_status, emailed_at FROM notifications WHERE id = $1`, [id]);
      expect(done.email_status).toBe('SENT');
      expect(done.emailed_at).not.toBeNull();
    });
  });
});
