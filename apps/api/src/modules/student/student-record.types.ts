import type {
  ComplianceReviewStatus, EnrollmentStatus, ExamResult, HourComponent, HourEntryStatus, PracticeSetting, Progress, ReasonCode,
} from '@ptp/shared';

/** Everything the portal holds about one student that the caller may see: the FERPA record. */
export interface StudentRecordData {
  studentId: string;
  programId: string;
  programName: string;
  name: string;
  studentNumber: string;
  email: string;
  phone: string | null;
  generatedAt: Date;
  /** Who produced it: the student themself, or a staff member. */
  generatedBy: string;
  /** Time zone the generation time is printed in (the student's program's). */
  timeZone: string;
  enrollments: RecordEnrollment[];
}

export interface RecordEnrollment {
  id: string;
  programName: string;
  cohortCode: string;
  cohortName: string;
  timeZone: string;
  enrolledOn: string;
  status: EnrollmentStatus;
  statusSince: string;
  statusHistory: RecordStatusEvent[];
  /** Approved and pending minutes per component and setting, from the maintained totals. */
  hourTotals: RecordHourTotal[];
  progress: Progress;
  hourEntries: RecordHourEntry[];
  examAttempts: RecordExamAttempt[];
  compliance: RecordComplianceItem[];
  competencies: RecordCompetency[];
  evaluations: RecordEvaluation[];
  documents: RecordDocument[];
}

export interface RecordStatusEvent {
  status: EnrollmentStatus;
  effectiveOn: string;
  reasonCode: ReasonCode;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface RecordHourTotal {
  component: HourComponent;
  setting: PracticeSetting | null;
  approvedMinutes: number;
  pendingMinutes: number;
}

export interface RecordHourEntry {
  day: string;
  start: string;
  end: string;
  minutes: number;
  component: HourComponent;
  setting: PracticeSetting | null;
  site: string | null;
  activityNote: string;
  status: HourEntryStatus;
  loggedAt: string;
  reviewer: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

export interface RecordExamAttempt {
  examCode: string;
  examName: string;
  attemptNumber: number;
  takenOn: string;
  result: ExamResult;
  scaledScore: number | null;
}

export interface RecordComplianceItem {
  item: string;
  completedOn: string;
  expiresOn: string | null;
  status: ComplianceReviewStatus;
  reviewReason: string | null;
  reviewedAt: string | null;
  submittedAt: string;
  documentName: string | null;
}

export interface RecordCompetency {
  code: string;
  domain: string;
  summary: string;
  signedOn: string;
  signedBy: string;
  note: string | null;
}

/** A submitted preceptor evaluation of the student (`EvaluationService.forRecord`); the PDF prints them. */
export interface RecordEvaluation {
  title: string;
  completedOn: string;
  evaluator: string;
  summary: string;
}

export interface RecordDocument {
  id: string;
  originalName: string;
  storageKey: string;
  uploadedAt: string;
}
