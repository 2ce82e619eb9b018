import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';

/**
 * The API's one pg-boss instance (PostgreSQL-backed jobs: a schedule fires once however many API
 * copies run, any copy may work a queue, and jobs outlive restarts). Off when JOBS_ENABLED=false
 * (tests then call the work functions directly): every method is then a no-op.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | null = null;
  /** Queue creation, one at a time: pg-boss creates a partition per queue, and concurrent creations
   *  at start (several features bootstrapping at once) deadlock on a fresh database. */
  private setup: Promise<unknown> = Promise.resolve();

  constructor(@Inject(ENV) private readonly env: Env) {}

  async onModuleInit(): Promise<void> {
    if (!this.env.JOBS_ENABLED || !this.env.DATABASE_URL) return;
    const boss = new PgBoss({ connectionString: this.env.DATABASE_URL, max: 2 });
    boss.on('error', (err: Error) => this.logger.error(`pg-boss: ${err.message}`));
    await boss.start();
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  /**
   * Creates the queue (idempotent) and works it on this copy. `batchSize` jobs are fetched per poll
   * (every `pollingIntervalSeconds`, default 2) and handled one after another; a job that throws
   * fails (and is retried) on its own, the others of the batch complete.
   */
  async work<T extends object>(
    queue: string,
    options: Omit<PgBoss.Queue, 'name'> & { batchSize?: number; pollingIntervalSeconds?: number },
    handler: (data: T) => Promise<void>,
  ): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    const { batchSize = 1, pollingIntervalSeconds = 2, ...queueOptions } = options;
    const created = this.setup.then(() => boss.createQueue(queue, { name: queue, ...queueOptions }));
    this.setup = created.catch(() => undefined);
    await created;
    await boss.work<T>(queue, { batchSize, pollingIntervalSeconds }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data);
        } catch (err) {
          if (jobs.length === 1) throw err;
          // pg-boss completes the batch's still-active jobs when this handler returns; this one is failed first.
          await boss.fail(queue, job.id, { message: err instanceof Error ? err.message : String(err) });
        }
      }
    });
  }

  async schedule(queue: string, cron: string): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    const scheduled = this.setup.then(() => boss.schedule(queue, cron, {}, { tz: 'UTC' }));
    this.setup = scheduled.catch(() => undefined);
    await scheduled;
  }

  async send(queue: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    await this.boss?.send(queue, data, options);
  }

  /** Queues jobs inside the caller's transaction: they exist exactly when the change commits. */
  async insertInTransaction(em: EntityManager, queue: string, data: object[], retry: PgBoss.RetryOptions = {}): Promise<void> {
    if (!this.boss || data.length === 0) return;
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await em.query(text, values)) as unknown[] }) };
    await this.boss.insert(data.map((d) => ({ name: queue, data: d, ...retry })), { db });
  }
}
