import { Module } from '@nestjs/common';
import { ReportArchiveService } from './report-archive.service';
import { ReportsController } from './report.controller';
import { DisclosureEventResolver, ReportResolver, ReportSnapshotResolver } from './report.resolver';
import { ReportService } from './report.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const REPORT_RESOLVERS = [ReportResolver, ReportSnapshotResolver, DisclosureEventResolver];

/** Accreditation and outcome reports, snapshots, exports and the disclosure log. */
@Module({
  controllers: [ReportsController],
  providers: [ReportService, ReportArchiveService, ...REPORT_RESOLVERS],
})
export class ReportModule {}
