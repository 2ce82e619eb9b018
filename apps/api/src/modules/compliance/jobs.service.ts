import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../../common/jobs/job-queue.service';
import { NotificationJobs } from '../notification/notification-jobs.service';
import { ComplianceService } from './compliance.service';

const QUEUE = 'compliance-reminders';
/** The morning checks run once a program's local time has passed this hour (its time zone decides "today"). */
const MORNING_HOUR = 6;

/**
 * The daily checks (idempotent) on the shared pg-boss queue: compliance reminders, agreements and
 * licenses ending, retake windows opening, each turned into notifications. The schedule is hourly
 * so every program gets its run in its own morning; a program already done today adds nothing.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly jobs: JobQueue,
    private readonly compliance: ComplianceService,
    private readonly notificationJobs: NotificationJobs,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.running) return;
    await this.jobs.work(QUEUE, {}, async () => {
      const reminders = await this.compliance.runDailyReminders(undefined, { fromLocalHour: MORNING_HOUR });
      const others = await this.notificationJobs.runDailyChecks({ fromLocalHour: MORNING_HOUR });
      if (reminders || others) this.logger.log(`Daily checks: ${reminders} compliance reminder(s), ${others} other notification(s)`);
    });
    await this.jobs.schedule(QUEUE, '5 * * * *');
    // Catch up at start (deduplicated across copies by the singleton key).
    await this.jobs.send(QUEUE, {}, { singletonKey: `daily-${new Date().toISOString().slice(0, 13)}` });
  }
}
