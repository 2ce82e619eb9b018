import type { ComplianceState } from './compliance';
import { minutesAsHoursText, type Progress } from './hours';
import { PRACTICE_SETTING_LABELS } from './program';

/** The append-only enrollment status log (docs/design.md §3.1). */
export const EnrollmentStatus = {
  ENROLLED: 'ENROLLED',
  LEAVE_OF_ABSENCE: 'LEAVE_OF_ABSENCE',
  RETURNED_FROM_LEAVE: 'RETURNED_FROM_LEAVE',
  WITHDRAWN: 'WITHDRAWN',
  DISMISSED: 'DISMISSED',
  RE_ENTERED: 'RE_ENTERED',
  TRANSFERRED_OUT: 'TRANSFERRED_OUT',
  GRADUATED: 'GRADUATED',
  COMPLETED_NON_GRADUATE: 'COMPLETED_NON_GRADUATE',
} as const;
export type EnrollmentStatus = (typeof EnrollmentStatus)[keyof typeof EnrollmentStatus];

export const ENROLLMENT_STATUS_LABELS: Record<EnrollmentStatus, string> = {
  ENROLLED: 'Enrolled',
  LEAVE_OF_ABSENCE: 'On leave',
  RETURNED_FROM_LEAVE: 'Returned from leave',
  WITHDRAWN: 'Withdrawn',
  DISMISSED: 'Dismissed',
  RE_ENTERED: 'Re-entered',
  TRANSFERRED_OUT: 'Transferred out',
  GRADUATED: 'Graduated',
  COMPLETED_NON_GRADUATE: 'Completed (non-graduate)',
};

/** Statuses in which a student counts as enrolled (on leave counts, docs/design.md §4.1). */
export const ENROLLED_STATUSES: readonly EnrollmentStatus[] = [
  'ENROLLED',
  'LEAVE_OF_ABSENCE',
  'RETURNED_FROM_LEAVE',
  'RE_ENTERED',
];

/** Statuses in which a student is in class or on externship (enrolled and not on leave): may log hours, can be at risk. */
export const ACTIVE_STATUSES: readonly EnrollmentStatus[] = ['ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED'];

export const ReasonCode = {
  NEW_START: 'NEW_START',
  TRANSFER_IN: 'TRANSFER_IN',
  MEDICAL: 'MEDICAL',
  PERSONAL: 'PERSONAL',
  FINANCIAL: 'FINANCIAL',
  ACADEMIC: 'ACADEMIC',
  ATTENDANCE: 'ATTENDANCE',
  CONDUCT: 'CONDUCT',
  EMPLOYMENT_CONFLICT: 'EMPLOYMENT_CONFLICT',
  RELOCATION: 'RELOCATION',
  MILITARY: 'MILITARY',
  FAMILY_CARE: 'FAMILY_CARE',
  PREGNANCY: 'PREGNANCY',
  INCARCERATION: 'INCARCERATION',
  CONTINUING_EDUCATION: 'CONTINUING_EDUCATION',
  DEATH: 'DEATH',
  LEAVE_ENDED: 'LEAVE_ENDED',
  RETURN_TO_PROGRAM: 'RETURN_TO_PROGRAM',
  PROGRAM_REQUIREMENTS_MET: 'PROGRAM_REQUIREMENTS_MET',
  REQUIREMENTS_MET_WITHOUT_CREDENTIAL: 'REQUIREMENTS_MET_WITHOUT_CREDENTIAL',
  TRANSFER_TO_OTHER_PROGRAM: 'TRANSFER_TO_OTHER_PROGRAM',
  OTHER: 'OTHER',
} as const;
export type ReasonCode = (typeof ReasonCode)[keyof typeof ReasonCode];

export const REASON_CODE_LABELS: Record<ReasonCode, string> = {
  NEW_START: 'New start',
  TRANSFER_IN: 'Transfer in from another program',
  MEDICAL: 'Health / medical',
  PERSONAL: 'Personal',
  FINANCIAL: 'Financial',
  ACADEMIC: 'Academic progress',
  ATTENDANCE: 'Attendance',
  CONDUCT: 'Conduct',
  EMPLOYMENT_CONFLICT: 'Work schedule conflict',
  RELOCATION: 'Relocation',
  MILITARY: 'Military service',
  FAMILY_CARE: 'Family care',
  PREGNANCY: 'Pregnancy',
  INCARCERATION: 'Incarceration',
  CONTINUING_EDUCATION: 'Continuing education',
  DEATH: 'Death',
  LEAVE_ENDED: 'Leave ended',
  RETURN_TO_PROGRAM: 'Return to program',
  PROGRAM_REQUIREMENTS_MET: 'All program requirements met',
  REQUIREMENTS_MET_WITHOUT_CREDENTIAL: 'Requirements met, no credential awarded',
  TRANSFER_TO_OTHER_PROGRAM: 'Transfer to another program',
  OTHER: 'Other (explain in the note)',
};

const LEAVING: ReasonCode[] = [
  'MEDICAL', 'PERSONAL', 'FINANCIAL', 'ACADEMIC', 'ATTENDANCE', 'CONDUCT', 'EMPLOYMENT_CONFLICT',
  'RELOCATION', 'MILITARY', 'FAMILY_CARE', 'PREGNANCY', 'INCARCERATION', 'CONTINUING_EDUCATION',
  'DEATH', 'OTHER',
];

/** Which reason codes fit which status. */
export const STATUS_REASONS: Record<EnrollmentStatus, readonly ReasonCode[]> = {
  ENROLLED: ['NEW_START', 'TRANSFER_IN'],
  LEAVE_OF_ABSENCE: ['MEDICAL', 'PERSONAL', 'FINANCIAL', 'MILITARY', 'FAMILY_CARE', 'PREGNANCY', 'OTHER'],
  RETURNED_FROM_LEAVE: ['LEAVE_ENDED'],
  WITHDRAWN: LEAVING,
  DISMISSED: ['ACADEMIC', 'ATTENDANCE', 'CONDUCT', 'OTHER'],
  RE_ENTERED: ['RETURN_TO_PROGRAM'],
  TRANSFERRED_OUT: ['TRANSFER_TO_OTHER_PROGRAM', 'RELOCATION', 'OTHER'],
  GRADUATED: ['PROGRAM_REQUIREMENTS_MET'],
  COMPLETED_NON_GRADUATE: ['REQUIREMENTS_MET_WITHOUT_CREDENTIAL', 'OTHER'],
};

/** The transitions the log allows; anything else is refused (docs/design.md §3.1). */
export const STATUS_TRANSITIONS: Record<EnrollmentStatus, readonly EnrollmentStatus[]> = {
  ENROLLED: ['LEAVE_OF_ABSENCE', 'WITHDRAWN', 'DISMISSED', 'TRANSFERRED_OUT', 'GRADUATED', 'COMPLETED_NON_GRADUATE'],
  RETURNED_FROM_LEAVE: ['LEAVE_OF_ABSENCE', 'WITHDRAWN', 'DISMISSED', 'TRANSFERRED_OUT', 'GRADUATED', 'COMPLETED_NON_GRADUATE'],
  RE_ENTERED: ['LEAVE_OF_ABSENCE', 'WITHDRAWN', 'DISMISSED', 'TRANSFERRED_OUT', 'GRADUATED', 'COMPLETED_NON_GRADUATE'],
  LEAVE_OF_ABSENCE: ['RETURNED_FROM_LEAVE', 'WITHDRAWN', 'DISMISSED', 'TRANSFERRED_OUT'],
  WITHDRAWN: ['RE_ENTERED'],
  DISMISSED: ['RE_ENTERED'],
  TRANSFERRED_OUT: [],
  GRADUATED: [],
  COMPLETED_NON_GRADUATE: [],
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether `next` may follow `current` on `effectiveOn` (ISO dates). Used by the API before it
 * writes and by the web to offer only the statuses that make sense.
 */
export function checkStatusTransition(
  current: { status: EnrollmentStatus; effectiveOn: string } | null,
  next: { status: EnrollmentStatus; effectiveOn: string; reasonCode: ReasonCode; note?: string | null },
): TransitionCheck {
  const label = ENROLLMENT_STATUS_LABELS;
  if (!STATUS_REASONS[next.status].includes(next.reasonCode)) {
    return {
      ok: false,
      message: `reasonCode: "${REASON_CODE_LABELS[next.reasonCode] ?? next.reasonCode}" is not a reason for "${label[next.status]}". Choose one of: ${STATUS_REASONS[next.status].map((r) => REASON_CODE_LABELS[r]).join(', ')}.`,
    };
  }
  if (next.reasonCode === 'OTHER' && !next.note?.trim()) {
    return { ok: false, message: 'note: explain the reason when the reason code is "Other".' };
  }
  if (current === null) {
    return next.status === 'ENROLLED'
      ? { ok: true }
      : { ok: false, message: 'status: the first status of an enrollment must be "Enrolled".' };
  }
  if (!STATUS_TRANSITIONS[current.status].includes(next.status)) {
    const allowed = STATUS_TRANSITIONS[current.status];
    return {
      ok: false,
      message:
        allowed.length === 0
          ? `status: the student is "${label[current.status]}"; no further status change is possible.`
          : `status: a student who is "${label[current.status]}" cannot become "${label[next.status]}". Allowed: ${allowed.map((s) => label[s]).join(', ')}.`,
    };
  }
  if (next.effectiveOn < current.effectiveOn) {
    return {
      ok: false,
      message: `effectiveOn: the change cannot take effect before the current status began (${current.effectiveOn}).`,
    };
  }
  return { ok: true };
}

export function allowedNextStatuses(current: EnrollmentStatus | null): readonly EnrollmentStatus[] {
  return current === null ? ['ENROLLED'] : STATUS_TRANSITIONS[current];
}

/** Shortest override reason accepted when a graduation is recorded over unmet requirements. */
export const OVERRIDE_REASON_MIN = 10;

const capitalize = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
/** Approved hours short of a minimum, rounded down to a tenth: 399.97 h reads "399.9 of 400", never "400 of 400". */
const shortHours = (minutes: number) => minutesAsHoursText(Math.floor(minutes / 6) * 6);

/** What graduation checks, as the progress page shows it (computeProgress) plus compliance and competencies. */
export interface GraduationFacts {
  progress: Pick<Progress, 'requiredMinutes' | 'approvedMinutes' | 'requirements' | 'rotation'>;
  /** Required (active) compliance items with their state as of the graduation. */
  compliance: { name: string; state: ComplianceState }[];
  /** The program's competencies; none adopted: none required. */
  competencies: { required: number; signed: number };
}

/**
 * The program requirements a graduation would leave unmet, one line each ("312 of 400 approved
 * hours", "2 compliance items missing: …"); empty when the student may graduate. Approved hours
 * only; a certification exam is not a graduation requirement (docs/design.md §3.1, §4: exams are outcomes).
 */
export function graduationGaps(facts: GraduationFacts): string[] {
  const gaps: string[] = [];
  const { progress } = facts;
  if (progress.approvedMinutes < progress.requiredMinutes) {
    gaps.push(`${shortHours(progress.approvedMinutes)} of ${minutesAsHoursText(progress.requiredMinutes)} approved hours`);
  }
  for (const r of progress.requirements) {
    if (r.met) continue;
    const where = r.setting ? ` (${PRACTICE_SETTING_LABELS[r.setting]})` : '';
    gaps.push(`${capitalize(r.component)}${where}: ${shortHours(r.approvedMinutes)} of ${minutesAsHoursText(r.requiredMinutes)} approved hours`);
  }
  if (!progress.rotation.met) gaps.push(`Rotation rule not met: ${progress.rotation.description}`);
  const missing = facts.compliance.filter((c) => c.state === 'MISSING' || c.state === 'PENDING_REVIEW');
  const expired = facts.compliance.filter((c) => c.state === 'EXPIRED');
  const items = (n: number) => `${n} compliance item${n === 1 ? '' : 's'}`;
  if (missing.length) gaps.push(`${items(missing.length)} missing: ${missing.map((c) => c.name).join(', ')}`);
  if (expired.length) gaps.push(`${items(expired.length)} expired: ${expired.map((c) => c.name).join(', ')}`);
  const { required, signed } = facts.competencies;
  if (signed < required) gaps.push(`${signed} of ${required} competencies signed off`);
  return gaps;
}
