import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { loadEnv } from '../src/config/env';
import { JobQueue } from '../src/common/jobs/job-queue.service';
import { MailService } from '../src/modules/mail/mail.service';
import { createMailTransport, mailDir } from '../src/modules/mail/mail.transport';
import { Client, codeOf, Harness, PASSWORD } from './harness';
import { startSmtpServer } from './smtp';

const STRONG = 'lantern orchard 47 quietly';
const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email status role access { cohorts { id } programs { id } sites { id } } } }`;
const ACCEPT = `mutation($i: SetPasswordWithTokenInput!) { acceptInvitation(input: $i) { user { id email status } } }`;
const RESET = `mutation($i: SetPasswordWithTokenInput!) { resetPassword(input: $i) { user { id } } }`;
const FORGOT = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;

/** An .eml as a mail program shows it: folded headers unfolded, quoted-printable decoded (ASCII mail). */
export function readEml(raw: string): string {
  const [head, ...body] = raw.split(/\r?\n\r?\n/);
  const text = body.join('\n\n').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return `${head.replace(/\r?\n[ \t]+/g, ' ')}\n\n${text}`;
}

/** The newest link of `kind` emailed to `email`, read from the outbox as the mail would carry it. */
async function linkFor(h: Harness, email: string, path: 'invitation' | 'reset-password'): Promise<string> {
  const [row] = await h.ds.query(`SELECT text_body FROM outbound_emails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [email]);
  const m = row ? new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(row.text_body as string) : null;
  if (!m) throw new Error(`no ${path} email for ${email}`);
  return m[1];
}

describe('accounts: invitations, passwords, deactivation, scope of look-ups', () => {
  let h: Harness;
  let admin: Client, adminB: Client;
  let programA: string, programB: string, cohortA1: string, cohortA2: string, siteA: string;

  beforeAll(async () => {
    h = await Harness.start();
    const [a, b] = await Promise.all([h.user('ADMIN', 'Dana Director'), h.user('ADMIN')]);
    programA = await h.program(a.id);
    programB = await h.program(b.id);
    cohortA1 = await h.cohort(programA);
    cohortA2 = await h.cohort(programA);
    [admin, adminB] = await Promise.all([h.signedIn(a.email), h.signedIn(b.email)]);
    const [site] = await h.ds.query(
      `INSERT INTO sites (program_id, name, address, setting, capacity, agreement_start_date, agreement_end_date)
       VALUES ($1, 'Main St Pharmacy', '1 Main St', 'COMMUNITY', 4, '2026-01-01', '2027-12-31') RETURNING id`,
      [programA],
    );
    siteA = site.id;
  });
  afterAll(() => h.stop());

  const invite = (c: Client, input: Record<string, unknown>) => c.gql(INVITE, { i: input });

  it('invites an instructor: the email is written as an .eml with a single-use link that sets a password and signs them in, scoped to their cohort', async () => {
    const email = `ines-${randomUUID().slice(0, 6)}@college.test`;
    const r = await invite(admin, { email: email.toUpperCase(), displayName: 'Ines Instructor', role: 'INSTRUCTOR', cohortIds: [cohortA1] });
    expect(r.errors).toBeUndefined();
    expect(r.data?.inviteUser).toMatchObject({ email, status: 'INVITED', role: 'INSTRUCTOR', access: { cohorts: [{ id: cohortA1 }] } });
    expect(await h.count('audit_events', `action = 'user.invite' AND entity_id = $1`, [r.data?.inviteUser.id])).toBe(1);

    // The outbox is sent by the mail job; with no SMTP configured it writes .eml files.
    const sent = await h.app.get(MailService).deliverPending();
    expect(sent).toBeGreaterThanOrEqual(1);
    const dir = mailDir(loadEnv().PTP_DATA_DIR);
    const eml = readdirSync(dir).map((f) => readEml(readFileSync(join(dir, f), 'utf8'))).find((t) => t.includes(`To: ${email}`));
    expect(eml).toBeDefined();
    expect(eml).toMatch(/Subject: You are invited to the Program .* externship portal/);
    const token = await linkFor(h, email, 'invitation');
    expect(eml).toContain(`/invitation/${token}`);
    expect(await h.count('user_tokens', 'token_hash = $1', [token])).toBe(0); // only the hash is stored

    const info = await h.client().gql(`query($t: String!) { invitation(token: $t) { email displayName role } }`, { t: token });
    expect(info.data?.invitation).toEqual({ email, displayName: 'Ines Instructor', role: 'INSTRUCTOR' });

    const weak = await h.client().gql(ACCEPT, { i: { token, password: 'password1234' } });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'password' });
    expect(weak.errors?.[0].message).toMatch(/too easy to guess/);
    expect(codeOf(await h.client().gql(ACCEPT, { i: { token, password: 'short' } }))).toBe('BAD_USER_INPUT');

    const ines = h.client();
    const ok = await ines.gql(ACCEPT, { i: { token, password: STRONG } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.acceptInvitation.user).toMatchObject({ email, status: 'ACTIVE' });
    const cohorts = await ines.gql(`{ cohorts { edges { node { id } } } }`);
    expect(cohorts.data?.cohorts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([cohortA1]);

    // Single use: the same link again is refused, and the password now signs in.
    const again = await h.client().gql(ACCEPT, { i: { token, password: 'another fine passphrase 9' } });
    expect(codeOf(again)).toBe('NOT_FOUND');
    expect(again.errors?.[0].message).toMatch(/already used/);
    expect((await h.client().login(email, STRONG)).errors).toBeUndefined();
  });

  it('refuses an expired invitation, and a resent invitation replaces the old link', async () => {
    const email = `exp-${randomUUID().slice(0, 6)}@college.test`;
    const r = await invite(admin, { email, displayName: 'Eli Expired', role: 'INSTRUCTOR', cohortIds: [cohortA2] });
    const userId = r.data?.inviteUser.id as string;
    const first = await linkFor(h, email, 'invitation');
    const resent = await admin.gql(`mutation($u: ID!) { resendInvitation(userId: $u) { id status } }`, { u: userId });
    expect(resent.data?.resendInvitation.status).toBe('INVITED');
    const second = await linkFor(h, email, 'invitation');
    expect(second).not.toBe(first);
    expect((await h.client().gql(ACCEPT, { i: { token: first, password: STRONG } })).errors?.[0].message).toMatch(/already used or replaced/);

    await h.ds.query(`UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    const expired = await h.client().gql(`query($t: String!) { invitation(token: $t) { email } }`, { t: second });
    expect(codeOf(expired)).toBe('NOT_FOUND');
    expect(expired.errors?.[0].message).toMatch(/expired/);
    expect(codeOf(await h.client().gql(ACCEPT, { i: { token: second, password: STRONG } }))).toBe('NOT_FOUND');
    const [u] = await h.ds.query(`SELECT password_hash FROM users WHERE id = $1`, [userId]);
    expect(u.password_hash).toBeNull();
  });

  it('deactivation ends the person’s sessions at once and stops sign-in; reactivation lets them back', async () => {
    const email = `deact-${randomUUID().slice(0, 6)}@college.test`;
    const r = await invite(admin, { email, displayName: 'Dee Activated', role: 'INSTRUCTOR', cohortIds: [cohortA1] });
    const userId = r.data?.inviteUser.id as string;
    const person = h.client();
    await person.gql(ACCEPT, { i: { token: await linkFor(h, email, 'invitation'), password: STRONG } });
    const second = await h.signedIn(email, STRONG);
    expect((await person.gql(`{ me { id } }`)).data?.me.id).toBe(userId);

    const d = await admin.gql(`mutation($u: ID!) { deactivateUser(userId: $u) { status } }`, { u: userId });
    expect(d.data?.deactivateUser.status).toBe('DEACTIVATED');
    expect((await person.gql(`{ me { id } }`)).data?.me).toBeNull();
    expect((await second.gql(`{ me { id } }`)).data?.me).toBeNull();
    expect(await h.count('sessions', 'user_id = $1 AND revoked_at IS NULL', [userId])).toBe(0);
    const refused = await h.client().login(email, STRONG);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toMatch(/disabled/);
    const [audit] = await h.ds.query(`SELECT before, after FROM audit_events WHERE action = 'user.deactivate' AND entity_id = $1`, [userId]);
    expect(audit).toMatchObject({ before: { status: 'ACTIVE' }, after: { status: 'DEACTIVATED', revokedSessions: 2 } });

    const self = await admin.gql(`{ me { id } }`);
    expect(codeOf(await admin.gql(`mutation($u: ID!) { deactivateUser(userId: $u) { id } }`, { u: self.data?.me.id }))).toBe('BAD_USER_INPUT');

    expect((await admin.gql(`mutation($u: ID!) { reactivateUser(userId: $u) { status } }`, { u: userId })).data?.reactivateUser.status).toBe('ACTIVE');
    expect((await h.client().login(email, STRONG)).errors).toBeUndefined();
  });

  it('"forgot password" answers the same whether or not the email exists; the reset link is single-use and ends every other session', async () => {
    const u = await h.user('INSTRUCTOR', 'Rita Reset');
    const old = await h.signedIn(u.email);
    const unknown = await h.client().gql(FORGOT, { i: { email: `nobody-${randomUUID()}@college.test` } });
    const known = await h.client().gql(FORGOT, { i: { email: u.email } });
    expect(unknown).toEqual({ data: { requestPasswordReset: true } });
    expect(known).toEqual(unknown);
    expect(await h.count('outbound_emails', `to_address = $1 AND kind = 'password-reset'`, [u.email])).toBe(1);

    const token = await linkFor(h, u.email, 'reset-password');
    const fresh = h.client();
    const r = await fresh.gql(RESET, { i: { token, password: STRONG } });
    expect(r.errors).toBeUndefined();
    expect((await fresh.gql(`{ me { id } }`)).data?.me.id).toBe(u.id);
    expect((await old.gql(`{ me { id } }`)).data?.me).toBeNull();
    expect(codeOf(await h.client().login(u.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await h.client().login(u.email, STRONG)).errors).toBeUndefined();
    expect(codeOf(await h.client().gql(RESET, { i: { token, password: 'yet another long passphrase' } }))).toBe('NOT_FOUND');
  });

  it('changes a password only with the current one, keeping this session and ending the others', async () => {
    const u = await h.user('INSTRUCTOR');
    const here = await h.signedIn(u.email);
    const elsewhere = await h.signedIn(u.email);
    const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
    const wrong = await here.gql(CHANGE, { i: { currentPassword: 'not-my-password', newPassword: STRONG } });
    expect(wrong.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'currentPassword' });
    const weak = await here.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'qwertyuiop123' } });
    expect(weak.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'newPassword' });
    expect((await here.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: STRONG } })).data?.changePassword).toBe(true);
    expect((await here.gql(`{ me { id } }`)).data?.me.id).toBe(u.id);
    expect((await elsewhere.gql(`{ me { id } }`)).data?.me).toBeNull();
  });

  it('enrolling a student creates their account and emails an invitation', async () => {
    const teacher = await h.user('INSTRUCTOR');
    await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [cohortA1, teacher.id]);
    const t = await h.signedIn(teacher.email);
    const tag = randomUUID().slice(0, 8);
    const r = await t.gql(
      `mutation($i: EnrollStudentInput!) { enrollStudent(input: $i) { student { id } } }`,
      { i: { cohortId: cohortA1, enrolledOn: '2026-01-05', firstName: 'Nia', lastName: 'Newstart', email: `nia-${tag}@college.test`, studentNumber: `N-${tag}` } },
    );
    expect(r.errors).toBeUndefined();
    const [s] = await h.ds.query(`SELECT u.role, u.activated_at FROM students s JOIN users u ON u.id = s.user_id WHERE s.id = $1`, [r.data?.enrollStudent.student.id]);
    expect(s).toEqual({ role: 'STUDENT', activated_at: null });
    const token = await linkFor(h, `nia-${tag}@college.test`, 'invitation');
    const nia = h.client();
    expect((await nia.gql(ACCEPT, { i: { token, password: STRONG } })).errors).toBeUndefined();
    expect((await nia.gql(`{ me { role studentId } }`)).data?.me).toEqual({ role: 'STUDENT', studentId: r.data?.enrollStudent.student.id });

    // The instructor sees this student's account in Users, and may resend but not invite staff.
    const list = await t.gql(`{ users(first: 50) { edges { node { email role } } } }`);
    const emails = list.data?.users.edges.map((e: { node: { email: string } }) => e.node.email);
    expect(emails).toContain(`nia-${tag}@college.test`);
    expect(list.data?.users.edges.every((e: { node: { role: string } }) => e.node.role === 'STUDENT')).toBe(true);
    expect(codeOf(await invite(t, { email: `x-${tag}@college.test`, displayName: 'X', role: 'INSTRUCTOR', cohortIds: [cohortA1] }))).toBe('FORBIDDEN');
  });

  it('look-ups and the Users list return only people inside the caller’s programs', async () => {
    const tag = randomUUID().slice(0, 6);
    await invite(admin, { email: `a-inst-${tag}@college.test`, displayName: `A Instructor ${tag}`, role: 'INSTRUCTOR', cohortIds: [cohortA1] });
    await invite(admin, { email: `a-prec-${tag}@college.test`, displayName: `A Preceptor ${tag}`, role: 'PRECEPTOR', siteId: siteA, licenseNumber: 'RPH-12345', licenseExpiresOn: '2028-06-30' });
    const cohortB = await h.cohort(programB);
    await invite(adminB, { email: `b-inst-${tag}@college.test`, displayName: `B Instructor ${tag}`, role: 'INSTRUCTOR', cohortIds: [cohortB] });
    // An admin cannot hand out access to another director's program.
    expect(codeOf(await invite(adminB, { email: `sneak-${tag}@college.test`, displayName: 'Sneak', role: 'INSTRUCTOR', cohortIds: [cohortA1] }))).toBe('FORBIDDEN');
    const missing = await invite(admin, { email: `p-${tag}@college.test`, displayName: 'No Site', role: 'PRECEPTOR' });
    expect(missing.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'siteId' });

    const names = (r: { data?: Record<string, { email: string }[]> | null }, key: string) => (r.data?.[key] ?? []).map((u) => u.email);
    const instA = names(await admin.gql(`{ instructors { email } }`), 'instructors');
    expect(instA).toContain(`a-inst-${tag}@college.test`);
    expect(instA).not.toContain(`b-inst-${tag}@college.test`);
    const instB = names(await adminB.gql(`{ instructors { email } }`), 'instructors');
    expect(instB).toEqual([`b-inst-${tag}@college.test`]);
    const precA = names(await admin.gql(`{ preceptorUsers { email } }`), 'preceptorUsers');
    expect(precA).toContain(`a-prec-${tag}@college.test`);
    expect(names(await adminB.gql(`{ preceptorUsers { email } }`), 'preceptorUsers')).toEqual([]);

    const search = await adminB.gql(`query($s: String) { users(filter: { search: $s }) { totalCount } }`, { s: tag });
    expect(search.data?.users.totalCount).toBe(1);
    const filtered = await admin.gql(`query($s: String) { users(filter: { search: $s, role: PRECEPTOR, status: INVITED }) { edges { node { email access { sites { name } } } } } }`, { s: tag });
    expect(filtered.data?.users.edges).toEqual([{ node: { email: `a-prec-${tag}@college.test`, access: { sites: [{ name: 'Main St Pharmacy' }] } } }]);
    const outside = await adminB.gql(`query($s: String) { users(filter: { search: $s }) { edges { node { id } } } }`, { s: `a-inst-${tag}` });
    expect(outside.data?.users.edges).toEqual([]);
  });

  it('changes an account’s role and scope with an audited before/after, and signs the person out', async () => {
    const email = `move-${randomUUID().slice(0, 6)}@college.test`;
    const r = await invite(admin, { email, displayName: 'Mo Mover', role: 'INSTRUCTOR', cohortIds: [cohortA1] });
    const userId = r.data?.inviteUser.id as string;
    const UPDATE = `mutation($i: UpdateUserAccessInput!) { updateUserAccess(input: $i) { role access { cohorts { id } programs { id } } } }`;
    const moved = await admin.gql(UPDATE, { i: { userId, cohortIds: [cohortA2] } });
    expect(moved.data?.updateUserAccess.access.cohorts).toEqual([{ id: cohortA2 }]);
    const promoted = await admin.gql(UPDATE, { i: { userId, role: 'ADMIN', programIds: [programA] } });
    expect(promoted.data?.updateUserAccess).toEqual({ role: 'ADMIN', access: { cohorts: [], programs: [{ id: programA }] } });
    const audits = await h.ds.query(`SELECT before, after FROM audit_events WHERE action = 'user.access.update' AND entity_id = $1 ORDER BY occurred_at`, [userId]);
    expect(audits).toHaveLength(2);
    expect(audits[0].before).toMatchObject({ role: 'INSTRUCTOR', cohortIds: [cohortA1] });
    expect(audits[0].after).toMatchObject({ role: 'INSTRUCTOR', cohortIds: [cohortA2] });
    expect(audits[1].after).toMatchObject({ role: 'ADMIN', programIds: [programA], cohortIds: [] });
    expect(codeOf(await admin.gql(UPDATE, { i: { userId, role: 'STUDENT' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('mail outbox: retried after a failing SMTP server, sent exactly once', () => {
  let h: Harness;
  let smtpServer: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    h = await Harness.start();
    smtpServer = await startSmtpServer(1);
  });
  afterAll(async () => {
    await smtpServer.close();
    await h.stop();
  });

  it('records the failed attempt, succeeds on the retry, and two workers never send one email twice', async () => {
    const env = { ...loadEnv(), SMTP_URL: smtpServer.url, SMTP_HOST: undefined };
    const smtp = new MailService(h.ds, h.app.get(JobQueue), createMailTransport(env));
    const other = new MailService(h.ds, h.app.get(JobQueue), createMailTransport(env));
    const [id] = await h.ds.transaction((em) => smtp.enqueue(em, [{ to: 'pat@college.test', subject: 'Hello', text: 'One email, once.', kind: 'test' }]));

    await expect(smtp.deliver(id)).rejects.toThrow(/Try again later/);
    const [failed] = await h.ds.query(`SELECT attempts, last_error, sent_at FROM outbound_emails WHERE id = $1`, [id]);
    expect(failed).toMatchObject({ attempts: 1, sent_at: null });
    expect(failed.last_error).toMatch(/Try again later/);

    const outcomes = await Promise.all([smtp.deliver(id), other.deliver(id), smtp.deliver(id)]);
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(smtpServer.received).toHaveLength(1);
    expect(smtpServer.received[0]).toContain('One email, once.');
    expect(await smtp.deliver(id)).toBe('skipped');
    const [done] = await h.ds.query(`SELECT attempts, last_error, sent_at FROM outbound_emails WHERE id = $1`, [id]);
    expect(done.attempts).toBe(2);
    expect(done.last_error).toBeNull();
    expect(done.sent_at).not.toBeNull();
  });
});
