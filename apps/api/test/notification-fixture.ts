import { MailService } from '../src/modules/mail/mail.service';
import { NotificationService } from '../src/modules/notification/notification.service';
import { Client, Harness } from './harness';

/** The harness's programs are in New York: digests and "expires in N days" follow its clock. */
const TZ = 'America/New_York';

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
export function nextMoment(hour: number, weekly = false): Date {
  for (let date = nyToday(); ; date = addDays(date, 1)) {
    const t = nyInstant(date, hour);
    if (t.getTime() > Date.now() && (!weekly || local(t).weekday === 'Mon')) return t;
  }
}
export const day = (offset: number) => addDays(nyToday(), offset);

const NOTIFICATIONS = `query { notifications(first: 50) { totalCount edges { node { id kind title body link itemCount readAt emailStatus emailedAt digest programName subjectType subjectId } } } }`;
export const UNREAD = `query { unreadNotificationCount }`;

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

export async function inbox(c: Client): Promise<Node[]> {
  const r = await c.gql<{ notifications: { edges: { node: Node }[] } }>(NOTIFICATIONS);
  if (!r.data) throw new Error(r.errors?.[0].message);
  return r.data.notifications.edges.map((e) => e.node);
}

export type NotificationFixture = Awaited<ReturnType<typeof startNotificationFixture>>;

/**
 * A started harness with a New York program: its admin, a cohort on externship with its instructor, the
 * students Sam Zebrawski (`me`) and a peer, and a site with its preceptor, everyone signed in.
 */
export async function startNotificationFixture() {
  const h = await Harness.start();
  const service = h.app.get(NotificationService);
  const mail = h.app.get(MailService);
  const [a, t, p, s, s2] = await Promise.all([h.user('ADMIN', 'Dana Director'), h.user('INSTRUCTOR', 'Ian Instructor'), h.user('PRECEPTOR', 'Pat Preceptor'), h.user('STUDENT', 'Sam Student'), h.user('STUDENT', 'Peer Student')]);
  const users = { admin: a, teacher: t, preceptor: p, student: s, peer: s2 };
  const programId = await h.program(a.id, 'America/New_York');
  const [{ name: programName }] = await h.ds.query(`SELECT name FROM programs WHERE id = $1`, [programId]);
  const [{ id: cohortId }] = await h.ds.query(
    `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
     VALUES ($1, 'NTF-1', 'Notified cohort', $2, $3, $4, $5) RETURNING id`,
    [programId, day(-300), day(200), day(-90), day(90)],
  );
  await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [cohortId, t.id]);
  const [admin, teacher, preceptor, student, peer] = await Promise.all([a, t, p, s, s2].map((u) => h.signedIn(u.email)));
  const me = await h.student(teacher, cohortId, { userId: s.id, enrolledOn: day(-300), firstName: 'Sam', lastName: 'Zebrawski' });
  await h.student(teacher, cohortId, { userId: s2.id, enrolledOn: day(-300) });
  const site = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, {
    i: { programId, name: 'Elm Street Pharmacy', address: '5 Elm St, Springfield', setting: 'COMMUNITY', capacity: 4, agreementStartDate: day(-400), agreementEndDate: day(400) },
  });
  const siteId: string = site.data!.createSite.id;
  const pr = await admin.gql(`mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`, { i: { siteId, userId: p.id, licenseNumber: 'RPH-1', licenseExpiresOn: day(500) } });
  const preceptorId: string = pr.data!.addPreceptor.id;

  /** Everything waiting goes to the outbox, and the outbox is sent (.eml files). */
  async function sendAll(now = new Date()) {
    await service.dispatchEmails(now);
    await mail.deliverPending();
  }
  return { h, service, mail, users, admin, teacher, preceptor, student, peer, programId, programName, cohortId, siteId, preceptorId, me, sendAll };
}
