import { Module } from '@nestjs/common';
import { NotificationJobs } from './notification-jobs.service';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const NOTIFICATION_RESOLVERS = [NotificationResolver];

/** In-app notifications, their email digests and the jobs that raise them. */
@Module({
  providers: [NotificationService, NotificationJobs, ...NOTIFICATION_RESOLVERS],
  exports: [NotificationService, NotificationJobs],
})
export class NotificationModule {}
