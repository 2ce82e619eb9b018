import { ACCOUNT_RESOLVERS } from './modules/account/account.module';
import { AUDIT_RESOLVERS } from './modules/audit/audit.module';
import { COHORT_RESOLVERS } from './modules/cohort/cohort.module';
import { COMPETENCY_RESOLVERS } from './modules/competency/competency.module';
import { COMPLIANCE_RESOLVERS } from './modules/compliance/compliance.module';
import { EVALUATION_RESOLVERS } from './modules/evaluation/evaluation.module';
import { EXAM_RESOLVERS } from './modules/exam/exam.module';
import { HOURS_RESOLVERS } from './modules/hours/hours.module';
import { NOTIFICATION_RESOLVERS } from './modules/notification/notification.module';
import { OUTCOME_RESOLVERS } from './modules/outcome/outcome.module';
import { PROGRAM_RESOLVERS } from './modules/program/program.module';
import { REPORT_RESOLVERS } from './modules/report/report.module';
import { SITE_RESOLVERS } from './modules/site/site.module';
import { STUDENT_RESOLVERS } from './modules/student/student.module';
import { USER_RESOLVERS } from './modules/user/user.module';

/** Every resolver, from each feature module's list: schema.ts builds the committed schema from them. */
export const RESOLVERS = [
  ...USER_RESOLVERS, ...ACCOUNT_RESOLVERS, ...PROGRAM_RESOLVERS, ...COHORT_RESOLVERS, ...STUDENT_RESOLVERS, ...AUDIT_RESOLVERS,
  ...SITE_RESOLVERS, ...HOURS_RESOLVERS, ...EXAM_RESOLVERS, ...OUTCOME_RESOLVERS, ...COMPLIANCE_RESOLVERS, ...COMPETENCY_RESOLVERS,
  ...REPORT_RESOLVERS, ...NOTIFICATION_RESOLVERS, ...EVALUATION_RESOLVERS,
];
