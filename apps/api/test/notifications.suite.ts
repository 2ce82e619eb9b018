import { readFileSync } from 'node:fs';
import { loadEnv } from '../src/config/env';
import { JobQueue } from '../src/common/jobs/job-queue.service';
import { MailService } from '../src/modules/mail/mail.service';
import { createMailTransport } from '../src/modules/mail/mail.transport';
import { NotificationService } from '../src/modules/notification/notification.service';
import { Client, codeOf, Harness } from './harness';
import { day, inbox, nextMoment, NotificationFixture, startNotificationFixture, UNREAD } from './notification-fixture';
import { startSmtpServer } from './smtp';

const HOUR = 3_600_000;
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

const LOG = `mutation($i: LogHoursInput!) { logHours(input: $i) { id version } }`;
const REVIEW = `mutation($i: ReviewHourEntryInput!) { reviewHourEntry(input: $i) { id status version } }`;
const PREFS = `query { notificationPreferences { digestHour kinds { kind label email digest } } }`;
const SET_PREFS = `mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { digestHour kinds { kind email } } }`;

/* Notifications of placements and hours (notification-fixture.ts's program): the inbox, the daily digest, preferences and email delivery. */
describe('notifications: placements and hours, digests, preferences, email', () => {
  let h: Harness;
  let teacher: Client, preceptor: Client, student: Client, peer: Client;
  let users: NotificationFixture['users'];
  let programName: string, siteId: string, preceptorId: string, placementId: string;
  let me: NotificationFixture['me'];
  let service: NotificationService;
  let mail: MailService;
  let sendAll: NotificationFixture['sendAll'];
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

  beforeAll(async () => {
    ({ h, teacher, preceptor, student, peer, users, programName, siteId, preceptorId, me, service, mail, sendAll } = await startNotificationFixture());
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
