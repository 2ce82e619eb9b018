/** Compliance items students must keep valid before and during an externship (docs/design.md §2, §3.6). */
export const ValidityKind = { ONE_TIME: 'ONE_TIME', MONTHS: 'MONTHS', ANNUAL: 'ANNUAL' } as const;
export type ValidityKind = (typeof ValidityKind)[keyof typeof ValidityKind];

export const ComplianceReviewStatus = { PENDING: 'PENDING', VERIFIED: 'VERIFIED', REJECTED: 'REJECTED', WAIVED: 'WAIVED' } as const;
export type ComplianceReviewStatus = (typeof ComplianceReviewStatus)[keyof typeof ComplianceReviewStatus];

/** What a program does with hours logged while a required item has expired. */
export const ExpiredCompliancePolicy = { BLOCK: 'BLOCK', FLAG: 'FLAG' } as const;
export type ExpiredCompliancePolicy = (typeof ExpiredCompliancePolicy)[keyof typeof ExpiredCompliancePolicy];

export const ComplianceState = {
  VALID: 'VALID',
  EXPIRING_60: 'EXPIRING_60',
  EXPIRING_30: 'EXPIRING_30',
  EXPIRING_7: 'EXPIRING_7',
  EXPIRED: 'EXPIRED',
  PENDING_REVIEW: 'PENDING_REVIEW',
  MISSING: 'MISSING',
} as const;
export type ComplianceState = (typeof ComplianceState)[keyof typeof ComplianceState];

export const COMPLIANCE_STATE_LABELS: Record<ComplianceState, string> = {
  VALID: 'Valid',
  EXPIRING_60: 'Expires within 60 days',
  EXPIRING_30: 'Expires within 30 days',
  EXPIRING_7: 'Expires within 7 days',
  EXPIRED: 'Expired',
  PENDING_REVIEW: 'Waiting for review',
  MISSING: 'Missing',
};

export interface ComplianceItemTemplate {
  code: string;
  name: string;
  validity: ValidityKind;
  /** For MONTHS. */
  validityMonths: number | null;
}

/** The default required items of a new program; programs may add, remove and edit them. */
export const DEFAULT_COMPLIANCE_ITEMS: readonly ComplianceItemTemplate[] = [
  { code: 'BACKGROUND_CHECK', name: 'Criminal background check', validity: 'ONE_TIME', validityMonths: null },
  { code: 'DRUG_SCREEN', name: 'Drug screen (10-panel)', validity: 'MONTHS', validityMonths: 12 },
  { code: 'MMR', name: 'MMR immunity (vaccination or titer)', validity: 'ONE_TIME', validityMonths: null },
  { code: 'VARICELLA', name: 'Varicella immunity (vaccination or titer)', validity: 'ONE_TIME', validityMonths: null },
  { code: 'TDAP', name: 'Tdap vaccination', validity: 'MONTHS', validityMonths: 120 },
  { code: 'HEPATITIS_B', name: 'Hepatitis B series or titer', validity: 'ONE_TIME', validityMonths: null },
  { code: 'FLU', name: 'Influenza vaccination (current season)', validity: 'ANNUAL', validityMonths: null },
  { code: 'TB_TEST', name: 'TB test (PPD or QuantiFERON)', validity: 'ANNUAL', validityMonths: null },
  { code: 'BLS_CPR', name: 'BLS/CPR card', validity: 'MONTHS', validityMonths: 24 },
  { code: 'HIPAA_TRAINING', name: 'HIPAA training', validity: 'ANNUAL', validityMonths: null },
  { code: 'LIABILITY_INSURANCE', name: 'Student liability insurance', validity: 'ANNUAL', validityMonths: null },
  { code: 'STATE_REGISTRATION', name: 'State technician or trainee registration', validity: 'MONTHS', validityMonths: 24 },
];

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The expiry an item's validity rule gives a completion date (null: never expires). */
export function defaultExpiry(item: Pick<ComplianceItemTemplate, 'validity' | 'validityMonths'>, completedOn: string): string | null {
  if (item.validity === 'ONE_TIME') return null;
  const months = item.validity === 'ANNUAL' ? 12 : (item.validityMonths ?? 12);
  // Valid through the day before the same date `months` later.
  const end = new Date(`${addMonths(completedOn, months)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export interface ComplianceRecordLike {
  status: ComplianceReviewStatus;
  completedOn: string;
  expiresOn: string | null;
}

export interface ItemCompliance {
  state: ComplianceState;
  /** Through when the accepted record is valid (null: no expiry, or nothing accepted). */
  validThrough: string | null;
  daysLeft: number | null;
  /** Valid through `coverUntil` (e.g. the placement's end date). */
  coversUntil: boolean;
}

/**
 * The state of one required item for a student on `today`: the newest accepted record (verified
 * or waived) decides; a record waiting for review shows as pending when nothing valid is on file.
 */
export function itemCompliance(records: ComplianceRecordLike[], today: string, coverUntil: string | null = null): ItemCompliance {
  const accepted = records
    .filter((r) => r.status === 'VERIFIED' || r.status === 'WAIVED')
    .filter((r) => r.completedOn <= today)
    .sort((a, b) => (b.expiresOn ?? '9999-12-31').localeCompare(a.expiresOn ?? '9999-12-31'))[0];
  const pending = records.some((r) => r.status === 'PENDING');
  if (!accepted || (accepted.expiresOn !== null && accepted.expiresOn < today)) {
    const state = pending ? 'PENDING_REVIEW' : accepted ? 'EXPIRED' : 'MISSING';
    return { state, validThrough: accepted?.expiresOn ?? null, daysLeft: accepted?.expiresOn ? daysBetween(today, accepted.expiresOn) : null, coversUntil: false };
  }
  const validThrough = accepted.expiresOn;
  const daysLeft = validThrough === null ? null : daysBetween(today, validThrough);
  const state: ComplianceState =
    daysLeft === null || daysLeft > 60 ? 'VALID' : daysLeft > 30 ? 'EXPIRING_60' : daysLeft > 7 ? 'EXPIRING_30' : 'EXPIRING_7';
  return { state, validThrough, daysLeft, coversUntil: coverUntil === null || validThrough === null || validThrough >= coverUntil };
}

/** Cleared for the externship: every required item valid (expiring soon still counts as valid). */
export const isCleared = (states: ComplianceState[]) =>
  states.every((s) => s === 'VALID' || s === 'EXPIRING_60' || s === 'EXPIRING_30' || s === 'EXPIRING_7');
