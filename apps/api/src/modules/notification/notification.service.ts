import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DEFAULT_DIGEST_HOUR, type DigestCadence, NOTIFICATION_KINDS, type NotificationKind, notificationKindsFor } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { entityColumns, hydrate, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import { badInput, notFound } from '../../common/graphql/errors';
import { ENV } from '../../config/config.module';
import { Env, publicUrl } from '../../config/env';
import { MailDraft, MailService } from '../mail/mail.service';
import type { User } from '../../common/auth/user.entity';
import { Notification } from './notification.entity';
import { OPEN_GROUP } from './notification.sql';
import { digestEmail, notificationEmail } from './notification.text';

type Db = Pick<EntityManager, 'query'>;

/** One notification to write (see `create`). */
export interface NotificationDraft {
  programId: string;
  recipientId: string;
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  /** Writes it at most once per recipient (the daily jobs run again and again). */
  dedupeKey?: string;
}

/** A gathered notification: `count` more events for the open one of this group, or a new one. */
export interface GatheredDraft extends Omit<NotificationDraft, 'dedupeKey'> {
  groupKey: string;
  count: number;
}

export interface PreferenceState {
  digestHour: number;
  emailOff: NotificationKind[];
}

interface PendingRow extends Record<string, unknown> {
  email: string;
  display_name: string;
  disabled: boolean;
  email_off: string[];
  program_name: string;
  time_zone: string;
}

/** Rows the dispatcher takes at a time. */
const BATCH = 200;

/**
 * The latest digest moment at or before $1 (now) for a person: today (or this week's Monday) at
 * their digest hour in the program's time zone, or the one before when that is still ahead.
 * `tz` and `hour` are SQL expressions; `cadence` the notification's digest column.
 */
const lastDigestMoment = (tz: string, hour: string, cadence: string) => `(
  SELECT CASE WHEN m.local <= ($1::timestamptz AT TIME ZONE ${tz}) THEN m.local ELSE m.local - m.step END AT TIME ZONE ${tz}
    FROM (SELECT date_trunc(CASE ${cadence} WHEN 'WEEKLY' THEN 'week' ELSE 'day' END, $1::timestamptz AT TIME ZONE ${tz}) + make_interval(hours => ${hour}) AS local,
                 CASE ${cadence} WHEN 'WEEKLY' THEN interval '7 days' ELSE interval '1 day' END AS step) m)`;

/**
 * Notifications (docs/notifications.md): rows written in the transaction of the event, read in the
 * inbox, emailed through the mail outbox. The dispatcher turns waiting notifications into outbox
 * emails exactly once (rows locked, status moved in the same transaction as the enqueue), and the
 * mail sender stamps emailed_at in the transaction that marks the email sent.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly ds: DataSource,
    private readonly mail: MailService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onModuleInit(): void {
    this.mail.onSent((em, emailId) => this.markEmailed(em, emailId));
  }

  /** Writes notifications inside the caller's transaction; those with a dedupe key already written are skipped. Returns how many are new. */
  async create(em: Db, drafts: NotificationDraft[]): Promise<number> {
    if (!drafts.length) return 0;
    const rows: unknown[] = await em.query(
      `INSERT INTO notifications (program_id, recipient_id, kind, subject_type, subject_id, data, digest, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::notification_kind[], $4::varchar[], $5::uuid[], $6::jsonb[], $7::digest_cadence[], $8::varchar[])
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        drafts.map((d) => d.programId), drafts.map((d) => d.recipientId), drafts.map((d) => d.kind), drafts.map((d) => d.subjectType), drafts.map((d) => d.subjectId),
        drafts.map((d) => JSON.stringify(d.data ?? {})), drafts.map((d) => NOTIFICATION_KINDS[d.kind].digest), drafts.map((d) => d.dedupeKey ?? null),
      ],
    );
    return rows.length;
  }

  /** Adds events to the open notification of each group (one per recipient and group until its digest goes), or opens one. */
  async gather(em: Db, drafts: GatheredDraft[]): Promise<void> {
    if (!drafts.length) return;
    await em.query(
      `INSERT INTO notifications (program_id, recipient_id, kind, subject_type, subject_id, data, item_count, digest, group_key)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::notification_kind[], $4::varchar[], $5::uuid[], $6::jsonb[], $7::int[], $8::digest_cadence[], $9::varchar[])
       ${OPEN_GROUP} DO UPDATE SET item_count = notifications.item_count + EXCLUDED.item_count, data = EXCLUDED.data, read_at = NULL, updated_at = now()`,
      [
        drafts.map((d) => d.programId), drafts.map((d) => d.recipientId), drafts.map((d) => d.kind), drafts.map((d) => d.subjectType), drafts.map((d) => d.subjectId),
        drafts.map((d) => JSON.stringify(d.data ?? {})), drafts.map((d) => d.count), drafts.map((d) => NOTIFICATION_KINDS[d.kind].digest), drafts.map((d) => d.groupKey),
      ],
    );
  }

  // ---- the inbox: a person only ever reads and changes their own ----

  list(user: User, page: PageArgs, unreadOnly = false) {
    const where = ['n.recipient_id = $1'];
    if (unreadOnly) where.push('n.read_at IS NULL');
    // Microseconds as a number: rows written in one statement share a timestamp, and a cursor
    // holding a millisecond Date would skip those not yet shown.
    return paginate(this.ds, Notification, { alias: 'n', from: 'notifications n', where, params: [user.id], sortExpr: `floor(extract(epoch FROM n.created_at) * 1000000)::bigint`, direction: SortDirection.DESC }, page);
  }

  async unreadCount(user: User): Promise<number> {
    const [row]: { n: number }[] = await this.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [user.id]);
    return row.n;
  }

  async markRead(user: User, id: string): Promise<Notification> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `WITH n AS (UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND recipient_id = $2 RETURNING *)
       SELECT ${entityColumns(this.ds, Notification, 'n')} FROM n`,
      [id, user.id],
    );
    if (!rows[0]) throw notFound('Notification');
    return hydrate(this.ds, Notification, rows[0]);
  }

  async markAllRead(user: User): Promise<number> {
    const rows: unknown[] = await this.ds.query(`WITH n AS (UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING 1) SELECT * FROM n`, [user.id]);
    return rows.length;
  }

  async preferences(user: Pick<User, 'id'>): Promise<PreferenceState> {
    const [row]: { digest_hour: number; email_off: string[] }[] = await this.ds.query(`SELECT digest_hour, email_off FROM notification_preferences WHERE user_id = $1`, [user.id]);
    return { digestHour: row?.digest_hour ?? DEFAULT_DIGEST_HOUR, emailOff: (row?.email_off ?? []) as NotificationKind[] };
  }

  async updatePreferences(user: User, input: { digestHour?: number | null; emailOff?: NotificationKind[] | null }): Promise<PreferenceState> {
    const mine = notificationKindsFor(user.role);
    const foreign = (input.emailOff ?? []).filter((k) => !mine.includes(k));
    if (foreign.length) throw badInput(`emailOff: ${foreign.join(', ')} ${foreign.length === 1 ? 'is' : 'are'} not sent to your role.`);
    const current = await this.preferences(user);
    const next = { digestHour: input.digestHour ?? current.digestHour, emailOff: [...new Set(input.emailOff ?? current.emailOff)].sort() };
    await this.ds.query(
      `INSERT INTO notification_preferences (user_id, digest_hour, email_off) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET digest_hour = EXCLUDED.digest_hour, email_off = EXCLUDED.email_off, updated_at = now()`,
      [user.id, next.digestHour, next.emailOff],
    );
    return next;
  }

  // ---- email ----

  /**
   * Mail sender hook: the email went, so what it carried is emailed (and a compliance reminder
   * notified), in the transaction that marks the email sent.
   */
  async markEmailed(em: EntityManager, emailId: string): Promise<void> {
    await em.query(
      `WITH n AS (UPDATE notifications SET emailed_at = now(), email_status = 'SENT' WHERE email_id = $1 RETURNING subject_type, subject_id)
       UPDATE reminders SET notified_at = now() WHERE notified_at IS NULL AND id IN (SELECT subject_id FROM n WHERE subject_type = 'Reminder')`,
      [emailId],
    );
  }

  /**
   * Moves waiting notifications to the outbox: each one on its own, and digests (per person, program
   * and cadence) once their moment has come. Kinds the person turned off, and deactivated accounts,
   * become in-app only. Safe to run on several API copies at once. Returns the emails queued.
   */
  async dispatchEmails(now = new Date()): Promise<number> {
    let queued = 0;
    for (;;) {
      const { taken, emails } = await this.ds.transaction((em) => this.dispatchImmediate(em, now));
      queued += emails;
      if (taken < BATCH) break;
    }
    return queued + (await this.ds.transaction((em) => this.dispatchDigests(em, now)));
  }

  private pendingSelect(condition: string) {
    return `SELECT ${entityColumns(this.ds, Notification, 'n')}, u.email, u.display_name, u.disabled_at IS NOT NULL AS disabled,
                   coalesce(np.email_off, '{}') AS email_off, p.name AS program_name, p.time_zone
              FROM notifications n
              JOIN users u ON u.id = n.recipient_id
              JOIN programs p ON p.id = n.program_id
              LEFT JOIN notification_preferences np ON np.user_id = n.recipient_id
             WHERE n.email_status = 'PENDING' AND ${condition}`;
  }

  private async dispatchImmediate(em: EntityManager, now: Date): Promise<{ taken: number; emails: number }> {
    const rows: PendingRow[] = await em.query(
      `${this.pendingSelect('n.digest IS NULL AND n.created_at <= $1')} ORDER BY n.created_at LIMIT ${BATCH} FOR UPDATE OF n SKIP LOCKED`,
      [now],
    );
    const off: string[] = [];
    const send: { id: string; draft: MailDraft }[] = [];
    const base = publicUrl(this.env);
    for (const row of rows) {
      const n = hydrate(this.ds, Notification, row);
      if (row.disabled || row.email_off.includes(n.kind)) {
        off.push(n.id);
        continue;
      }
      const mail = notificationEmail({ displayName: row.display_name, email: row.email }, n, { name: row.program_name, timeZone: row.time_zone }, base);
      send.push({ id: n.id, draft: { ...mail, kind: `notification-${n.kind.toLowerCase().replace(/_/g, '-')}`, userId: n.recipientId } });
    }
    await this.settle(em, off, send.map((s) => [s.id]), await this.mail.enqueue(em, send.map((s) => s.draft)));
    return { taken: rows.length, emails: send.length };
  }

  private async dispatchDigests(em: EntityManager, now: Date): Promise<number> {
    // One copy builds digests at a time, so one person's digest is never split between two copies.
    const [{ locked }]: { locked: boolean }[] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('notification-digests')) AS locked`);
    if (!locked) return 0;
    const rows: PendingRow[] = await em.query(
      `${this.pendingSelect(`n.digest IS NOT NULL AND n.created_at < ${lastDigestMoment('p.time_zone', `coalesce(np.digest_hour, ${DEFAULT_DIGEST_HOUR})`, 'n.digest')}`)}
       ORDER BY n.recipient_id, n.program_id, n.digest, n.created_at FOR UPDATE OF n`,
      [now],
    );
    const groups = new Map<string, { row: PendingRow; items: Notification[] }>();
    const off: string[] = [];
    for (const row of rows) {
      const n = hydrate(this.ds, Notification, row);
      if (row.disabled || row.email_off.includes(n.kind)) {
        off.push(n.id);
        continue;
      }
      const key = `${n.recipientId}|${n.programId}|${n.digest}`;
      const group = groups.get(key) ?? { row, items: [] };
      group.items.push(n);
      groups.set(key, group);
    }
    const base = publicUrl(this.env);
    const list = [...groups.values()];
    const drafts = list.map(({ row, items }) => ({
      ...digestEmail({ displayName: row.display_name, email: row.email }, items, { name: row.program_name, timeZone: row.time_zone }, items[0].digest as DigestCadence, base),
      kind: `digest-${String(items[0].digest).toLowerCase()}`,
      userId: items[0].recipientId,
    }));
    await this.settle(em, off, list.map((g) => g.items.map((n) => n.id)), await this.mail.enqueue(em, drafts));
    if (list.length) this.logger.log(`Queued ${list.length} digest email(s)`);
    return list.length;
  }

  /** In the dispatcher's transaction: `off` become in-app only; each group of ids is carried by the email at the same index. */
  private async settle(em: EntityManager, off: string[], carried: string[][], emailIds: string[]): Promise<void> {
    if (off.length) await em.query(`UPDATE notifications SET email_status = 'NONE' WHERE id = ANY($1::uuid[])`, [off]);
    if (!emailIds.length) return;
    const ids = carried.flat();
    const emails = carried.flatMap((group, i) => group.map(() => emailIds[i]));
    await em.query(
      `UPDATE notifications n SET email_status = 'QUEUED', email_id = v.email_id FROM unnest($1::uuid[], $2::uuid[]) AS v(id, email_id) WHERE n.id = v.id`,
      [ids, emails],
    );
  }
}
