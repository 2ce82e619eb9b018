import { ApiToken, SsoLogin, UserToken } from '../modules/account/account.entity';
import { OutboundEmail } from '../modules/mail/outbound-email.entity';
import { Notification, NotificationPreference } from '../modules/notification/notification.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Cohort, CohortInstructor } from '../modules/cohort/cohort.entity';
import { ComplianceItem, ComplianceRecord, Reminder, StoredDocument } from '../modules/compliance/compliance.entity';
import { Competency, CompetencySignoff, PlacementCompetency, ProgramCompetency } from '../modules/competency/competency.entity';
import { Evaluation, EvaluationAnswer, EvaluationForm, EvaluationFormItem } from '../modules/evaluation/evaluation.entity';
import { Credential, Exam, ExamAttempt } from '../modules/exam/exam.entity';
import { ClockIn, HourEntry } from '../modules/hours/hour-entry.entity';
import { EmploymentRecord, OutcomeMarker } from '../modules/outcome/outcome.entity';
import { Program, ProgramAdmin, ProgramRequirement } from '../modules/program/program.entity';
import { DisclosureEvent, ReportSnapshot } from '../modules/report/report.entity';
import { Placement, Preceptor, Site } from '../modules/site/site.entity';
import { Enrollment, EnrollmentStatusEvent } from '../modules/student/enrollment.entity';
import { Student } from '../modules/student/student.entity';
import { LoginAttempt, Session } from '../modules/user/session.entity';
import { RateLimitHit } from '../common/auth/rate-limit.entity';
import { User } from '../common/auth/user.entity';

export const ENTITIES = [
  User, Session, LoginAttempt, Program, ProgramRequirement, ProgramAdmin, Cohort, CohortInstructor,
  Student, Enrollment, EnrollmentStatusEvent, AuditEvent, Site, Preceptor, Placement, HourEntry, ClockIn,
  Exam, ExamAttempt, Credential, EmploymentRecord, OutcomeMarker, ComplianceItem, StoredDocument, ComplianceRecord, Reminder,
  Competency, ProgramCompetency, CompetencySignoff, PlacementCompetency, ReportSnapshot, DisclosureEvent,
  UserToken, ApiToken, SsoLogin, OutboundEmail, Notification, NotificationPreference,
  RateLimitHit, EvaluationForm, EvaluationFormItem, Evaluation, EvaluationAnswer,
];
