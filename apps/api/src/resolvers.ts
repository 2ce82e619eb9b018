import { AccountResolver } from './modules/account/account.resolver';
import { ApiTokenResolver } from './modules/account/api-token.resolver';
import { AuthConfigResolver } from './modules/account/auth-config.resolver';
import { SystemAdminResolver } from './modules/account/system-admin.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { CohortDashboardResolver } from './modules/cohort/cohort-dashboard.resolver';
import { CohortResolver } from './modules/cohort/cohort.resolver';
import { CompetencyResolver, CompetencySignoffResolver, EnrollmentCompetenciesResolver, ProgramCompetenciesResolver } from './modules/competency/competency.resolver';
import { ComplianceRecordResolver, EnrollmentComplianceResolver, ProgramComplianceResolver, ReminderResolver } from './modules/compliance/compliance.resolver';
import { EnrollmentExamsResolver, ExamAttemptResolver, ExamResolver, StudentCredentialsResolver } from './modules/exam/exam.resolver';
import { NotificationResolver } from './modules/notification/notification.resolver';
import { OutcomeResolver } from './modules/outcome/outcome.resolver';
import { ClockInResolver, EnrollmentHoursResolver, HourEntryResolver } from './modules/hours/hours.resolver';
import { PlacementResolver, PreceptorResolver, SiteResolver } from './modules/site/site.resolver';
import { ProgramResolver } from './modules/program/program.resolver';
import { DisclosureEventResolver, ReportResolver, ReportSnapshotResolver } from './modules/report/report.resolver';
import { StudentImportResolver } from './modules/student/student-import.resolver';
import { EnrollmentResolver, EnrollmentStatusEventResolver, StudentResolver } from './modules/student/student.resolver';
import { AuthResolver } from './modules/user/auth.resolver';

/** Every resolver: the app registers them, and schema.ts builds the committed schema from them. */
export const RESOLVERS = [
  AuthResolver, AccountResolver, ApiTokenResolver, AuthConfigResolver, ProgramResolver, CohortResolver, StudentResolver, EnrollmentResolver, EnrollmentStatusEventResolver, AuditResolver,
  SiteResolver, PreceptorResolver, PlacementResolver, HourEntryResolver, ClockInResolver, EnrollmentHoursResolver,
  ExamResolver, ExamAttemptResolver, EnrollmentExamsResolver, StudentCredentialsResolver, OutcomeResolver,
  ComplianceRecordResolver, ProgramComplianceResolver, EnrollmentComplianceResolver, ReminderResolver,
  CompetencyResolver, CompetencySignoffResolver, ProgramCompetenciesResolver, EnrollmentCompetenciesResolver,
  CohortDashboardResolver, ReportResolver, ReportSnapshotResolver, DisclosureEventResolver, StudentImportResolver,
  NotificationResolver, SystemAdminResolver,
];
