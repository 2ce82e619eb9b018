import {
  ENROLLMENT_STATUS_LABELS, EXAM_RESULT_LABELS, HOUR_ENTRY_STATUS_LABELS, minutesAsFixedHoursText, PRACTICE_SETTING_LABELS, REASON_CODE_LABELS, type ComplianceReviewStatus, type PracticeSetting,
} from '@ptp/shared';
import { COMPONENT_LABELS } from './student-export.service';
import type { RecordEnrollment } from './student-record.types';

/** One table of the record, as the PDF prints it and the zip writes it (one CSV per key). */
export interface RecordTable {
  key: 'status-history' | 'hour-totals' | 'requirements' | 'hours' | 'exams' | 'compliance' | 'competencies' | 'evaluations';
  title: string;
  columns: string[];
  /** Relative column widths in the PDF. */
  widths: number[];
  rows: string[][];
  /** Printed under the table. */
  note?: string;
}

/** The columns of each table (also the CSV headers, after Program and Cohort). */
export const RECORD_COLUMNS: Record<RecordTable['key'], string[]> = {
  'status-history': ['Effective', 'Status', 'Reason', 'Note', 'Recorded'],
  'hour-totals': ['Component', 'Setting', 'Approved hours', 'Pending hours'],
  'requirements': ['Requirement', 'Required hours', 'Approved hours', 'Pending hours', 'Met'],
  'hours': ['Date', 'Time', 'Hours', 'Component', 'Site', 'Activity', 'Logged', 'Status', 'Reviewed', 'Review comment'],
  'exams': ['Exam', 'Attempt', 'Taken on', 'Result', 'Scaled score'],
  'compliance': ['Item', 'Completed', 'Expires', 'Status', 'Reviewed', 'Review reason', 'Document'],
  'competencies': ['Competency', 'Domain', 'Signed on', 'Signed by', 'Note'],
  'evaluations': ['Evaluation', 'Completed', 'Evaluator', 'Summary'],
};

const COMPLIANCE_STATUS_LABELS: Record<ComplianceReviewStatus, string> = { PENDING: 'Awaiting review', VERIFIED: 'Verified', REJECTED: 'Rejected', WAIVED: 'Waived' };

/** "12.50" hours from minutes: the shared export form (`minutesAsFixedHoursText`), as the roster and hour-log CSVs print them. */
export const hours = minutesAsFixedHoursText;

const setting = (s: PracticeSetting | null) => (s ? (PRACTICE_SETTING_LABELS[s] ?? s) : '');
const reviewed = (who: string | null, at: string | null) => [who, at].filter(Boolean).join(', ');

/** Every table of one enrollment, in the order the PDF prints them. Evaluations only when there are any. */
export function enrollmentTables(e: RecordEnrollment): RecordTable[] {
  const totals = e.hourTotals;
  const tables: RecordTable[] = [
    {
      key: 'status-history', title: 'Enrollment status history', columns: RECORD_COLUMNS['status-history'], widths: [1.1, 1.4, 1.8, 2.6, 1.8],
      rows: e.statusHistory.map((s) => [
        s.effectiveOn, ENROLLMENT_STATUS_LABELS[s.status] ?? s.status, REASON_CODE_LABELS[s.reasonCode] ?? s.reasonCode, s.note ?? '', reviewed(s.recordedBy, s.recordedAt),
      ]),
    },
    {
      key: 'hour-totals', title: 'Hours by component and setting', columns: RECORD_COLUMNS['hour-totals'], widths: [2, 2, 1.5, 1.5],
      rows: [
        ...totals.map((t) => [COMPONENT_LABELS[t.component] ?? t.component, setting(t.setting), hours(t.approvedMinutes), hours(t.pendingMinutes)]),
        ['Total', '', hours(e.progress.approvedMinutes), hours(e.progress.pendingMinutes)],
      ],
    },
    {
      key: 'requirements', title: 'Progress toward requirements', columns: RECORD_COLUMNS['requirements'], widths: [2.4, 1.3, 1.3, 1.3, 0.8],
      rows: [
        ...e.progress.requirements.map((r) => [
          `${COMPONENT_LABELS[r.component] ?? r.component}${r.setting ? `, ${setting(r.setting)}` : ''}`, hours(r.requiredMinutes), hours(r.approvedMinutes), hours(r.pendingMinutes), r.met ? 'Yes' : 'No',
        ]),
        ['All hours', hours(e.progress.requiredMinutes), hours(e.progress.approvedMinutes), hours(e.progress.pendingMinutes), e.progress.complete ? 'Yes' : 'No'],
        [`Rotations: ${e.progress.rotation.description}`, '', e.progress.rotation.rotationMinutes.map(hours).join(' + '), '', e.progress.rotation.met ? 'Yes' : 'No'],
      ],
      note: e.progress.complete
        ? 'Every requirement is met.'
        : e.progress.projectedCompletionDate
          ? `At the pace of the last 14 days the remaining hours would be done by ${e.progress.projectedCompletionDate}.`
          : undefined,
    },
    {
      key: 'hours', title: 'Hour entries and their review', columns: RECORD_COLUMNS['hours'],
      widths: [1.05, 1, 0.6, 1.2, 1.2, 1.8, 1.2, 0.9, 1.4, 1.6],
      rows: e.hourEntries.map((h) => [
        h.day, `${h.start}–${h.end}`, hours(h.minutes), `${COMPONENT_LABELS[h.component] ?? h.component}${h.setting ? `, ${setting(h.setting)}` : ''}`, h.site ?? '', h.activityNote, h.loggedAt,
        HOUR_ENTRY_STATUS_LABELS[h.status] ?? h.status, reviewed(h.reviewer, h.reviewedAt), h.reviewComment ?? '',
      ]),
      note: e.hourEntries.length ? `Times in ${e.timeZone}.` : undefined,
    },
    {
      key: 'exams', title: 'Certification exam attempts', columns: RECORD_COLUMNS['exams'], widths: [3, 0.8, 1.2, 1.2, 1],
      rows: e.examAttempts.map((a) => [
        `${a.examName} (${a.examCode})`, String(a.attemptNumber), a.takenOn, EXAM_RESULT_LABELS[a.result] ?? a.result, a.scaledScore == null ? '' : String(a.scaledScore),
      ]),
    },
    {
      key: 'compliance', title: 'Compliance items', columns: RECORD_COLUMNS['compliance'], widths: [2, 1, 1, 1.1, 1.3, 1.8, 1.6],
      rows: e.compliance.map((c) => [
        c.item, c.completedOn, c.expiresOn ?? 'Never', COMPLIANCE_STATUS_LABELS[c.status] ?? c.status, c.reviewedAt ?? '', c.reviewReason ?? '', c.documentName ?? '',
      ]),
    },
    {
      key: 'competencies', title: 'Competencies signed off', columns: RECORD_COLUMNS['competencies'], widths: [3, 1.8, 1, 1.4, 1.8],
      rows: e.competencies.map((c) => [`${c.code} ${c.summary}`, c.domain, c.signedOn, c.signedBy, c.note ?? '']),
    },
  ];
  if (e.evaluations.length) {
    tables.push({
      key: 'evaluations', title: 'Evaluations', columns: RECORD_COLUMNS['evaluations'], widths: [2, 1, 1.5, 3.5],
      rows: e.evaluations.map((v) => [v.title, v.completedOn, v.evaluator, v.summary]),
    });
  }
  return tables;
}
