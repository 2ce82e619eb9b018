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

  /** Creates the queue (idempotent) and works it, one job at a time, on this copy. */
  async work<T extends object>(queue: string, options: Omit<PgBoss.Queue, 'name'>, handler: (data: T) => Promise<void>): Promise<void> {
    if (!this.boss) return;
    await this.boss.createQueue(queue, { name: queue, ...options });
    await this.boss.work<T>(queue, async ([job]) => handler(job.data));
  }

  async schedule(queue: string, cron: string): Promise<void> {
    await this.boss?.schedule(queue, cron, {}, { tz: 'UTC' });
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
