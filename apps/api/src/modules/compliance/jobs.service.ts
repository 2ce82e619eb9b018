import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { ComplianceService } from './compliance.service';

const QUEUE = 'compliance-reminders';

/**
 * Background jobs on pg-boss (PostgreSQL-backed): the schedule fires once per day however many API
 * copies run, and each copy may work the queue. The reminder job itself is idempotent.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | null = null;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly compliance: ComplianceService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.JOBS_ENABLED || !this.env.DATABASE_URL) return;
    const boss = new PgBoss({ connectionString: this.env.DATABASE_URL, max: 2 });
    boss.on('error', (err: Error) => this.logger.error(`pg-boss: ${err.message}`));
    await boss.start();
    await boss.createQueue(QUEUE);
    await boss.schedule(QUEUE, '0 6 * * *', {}, { tz: 'UTC' });
    await boss.work(QUEUE, async () => {
      const n = await this.compliance.runDailyReminders();
      this.logger.log(`Compliance reminders: ${n} new`);
    });
    // Catch up today's run at start (deduplicated across copies by the singleton key).
    await boss.send(QUEUE, {}, { singletonKey: `daily-${new Date().toISOString().slice(0, 10)}` });
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
  }
}
