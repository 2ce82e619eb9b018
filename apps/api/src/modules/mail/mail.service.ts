import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.service';
import { MailTransport } from './mail.transport';

export interface MailDraft {
  to: string;
  subject: string;
  text: string;
  kind: string;
  userId?: string | null;
}

/** Runs inside the transaction that marks an email sent (e.g. to stamp what the email carried). */
export type SentHook = (em: EntityManager, emailId: string) => Promise<void>;

const QUEUE = 'send-email';
const SWEEP_QUEUE = 'send-email-sweep';
/** Retries of one email: 30 s, then doubling (pg-boss backoff), about a day in all. */
const RETRY = { retryLimit: 10, retryDelay: 30, retryBackoff: true };

/**
 * The outbox (docs/accounts.md): `enqueue` writes the email and its pg-boss job inside the caller's
 * transaction, so an email exists exactly when the change that causes it commits and survives a
 * restart. `deliver` sends one email at most once: it locks the row, sends, and sets sent_at in the
 * same transaction; a failure is recorded and the job retried. A sweep every five minutes picks up
 * anything left unsent (an email queued while jobs were off, or whose retries ran out).
 */
@Injectable()
export class MailService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Mail');
  private readonly sentHooks: SentHook[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.logger.log(`Outgoing email goes to ${this.transport.description}`);
    // A cohort import queues hundreds of invitations at once: 25 per poll, every second.
    await this.jobs.work<{ id: string }>(QUEUE, { ...RETRY, batchSize: 25, pollingIntervalSeconds: 1 }, async ({ id }) => {
      await this.deliver(id);
    });
    await this.jobs.work(SWEEP_QUEUE, { retryLimit: 0 }, async () => {
      await this.deliverPending({ olderThanSeconds: 120 });
    });
    await this.jobs.schedule(SWEEP_QUEUE, '*/5 * * * *');
  }

  /**
   * `hook` runs in the same transaction as sent_at, after the send succeeded: what it records
   * (a notification's emailed_at) is true exactly when the email went, and rolls back with it.
   */
  onSent(hook: SentHook): void {
    this.sentHooks.push(hook);
  }

  async enqueue(em: EntityManager, drafts: MailDraft[]): Promise<string[]> {
    if (drafts.length === 0) return [];
    const rows: { id: string }[] = await em.query(
      `INSERT INTO outbound_emails (to_address, subject, text_body, kind, user_id)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::varchar[], $5::uuid[]) RETURNING id`,
      [drafts.map((d) => d.to), drafts.map((d) => d.subject.slice(0, 200)), drafts.map((d) => d.text), drafts.map((d) => d.kind), drafts.map((d) => d.userId ?? null)],
    );
    await this.jobs.insertInTransaction(em, QUEUE, rows.map((r) => ({ id: r.id })), RETRY);
    return rows.map((r) => r.id);
  }

  /** Sends one email unless it was sent already or another worker holds it. Throws on a failed send (the job retries). */
  async deliver(id: string): Promise<'sent' | 'skipped'> {
    try {
      return await this.ds.transaction(async (em) => {
        const [row]: { id: string; to_address: string; subject: string; text_body: string; kind: string }[] = await em.query(
          `SELECT id, to_address, subject, text_body, kind FROM outbound_emails WHERE id = $1 AND sent_at IS NULL FOR UPDATE SKIP LOCKED`,
          [id],
        );
        if (!row) return 'skipped';
        const where = await this.transport.send({ id: row.id, to: row.to_address, subject: row.subject, text: row.text_body, kind: row.kind });
        await em.query(`UPDATE outbound_emails SET sent_at = now(), attempts = attempts + 1, last_error = NULL, delivered_to = $2 WHERE id = $1`, [id, where.slice(0, 500)]);
        for (const hook of this.sentHooks) await hook(em, id);
        this.logger.log(`Sent ${row.kind} email to ${row.to_address} (${where})`);
        return 'sent';
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.ds.query(`UPDATE outbound_emails SET attempts = attempts + 1, last_error = $2 WHERE id = $1 AND sent_at IS NULL`, [id, message.slice(0, 2000)]);
      this.logger.warn(`Email ${id} not sent (will retry): ${message}`);
      throw err;
    }
  }

  /** Sends what is waiting (oldest first); a failure is recorded and the rest still go. Returns how many were sent. */
  async deliverPending(opts: { olderThanSeconds?: number; limit?: number } = {}): Promise<number> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM outbound_emails WHERE sent_at IS NULL AND created_at <= now() - make_interval(secs => $1) ORDER BY created_at LIMIT $2`,
      [opts.olderThanSeconds ?? 0, opts.limit ?? 500],
    );
    let sent = 0;
    for (const { id } of rows) {
      const outcome = await this.deliver(id).catch(() => 'failed' as const);
      if (outcome === 'sent') sent++;
    }
    return sent;
  }
}
