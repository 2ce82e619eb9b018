import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../../common/jobs/job-queue.service';
import { ComplianceService } from './compliance.service';

const QUEUE = 'compliance-reminders';

/** The daily compliance reminders (idempotent), on the shared pg-boss queue. */
@Injectable()
export class JobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly jobs: JobQueue,
    private readonly compliance: ComplianceService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.running) return;
    await this.jobs.work(QUEUE, {}, async () => {
      const n = await this.compliance.runDailyReminders();
      this.logger.log(`Compliance reminders: ${n} new`);
    });
    await this.jobs.schedule(QUEUE, '0 6 * * *');
    // Catch up today's run at start (deduplicated across copies by the singleton key).
    await this.jobs.send(QUEUE, {}, { singletonKey: `daily-${new Date().toISOString().slice(0, 10)}` });
  }
}
