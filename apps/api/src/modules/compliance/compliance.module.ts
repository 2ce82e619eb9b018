import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { ComplianceRecordResolver, EnrollmentComplianceResolver, ProgramComplianceResolver, ReminderResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';
import { DocumentsController } from './documents.controller';
import { JobsService } from './jobs.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const COMPLIANCE_RESOLVERS = [ComplianceRecordResolver, ProgramComplianceResolver, EnrollmentComplianceResolver, ReminderResolver];

/** Compliance items, records, documents and their reminders. */
@Module({
  imports: [NotificationModule],
  controllers: [DocumentsController],
  providers: [ComplianceService, JobsService, ...COMPLIANCE_RESOLVERS],
})
export class ComplianceModule {}
