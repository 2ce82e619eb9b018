/** Compliance items students must keep valid before and during an externship (docs/design.md §2, §3.6). */
import { daysBetween } from './validation';

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

/*
 * The validity rule, in the small pieces the API's SQL is generated from
 * (apps/api/src/modules/compliance/compliance.sql.ts, one SQL expression per piece), so the two
 * cannot drift; apps/api/test/compliance-rules.suite.ts checks they agree on random records.
 */

/** Review statuses whose records count toward validity: a waiver counts like a verification. */
export const ACCEPTED_STATUSES: readonly ComplianceReviewStatus[] = ['VERIFIED', 'WAIVED'];

/**
 * The valid-through of a record that never expires. PostgreSQL's date 'infinity' sorts after every
 * date, and the string sorts after every ISO date, so "latest" is one max on both sides.
 */
export const NEVER_EXPIRES = 'infinity';

/** Expiring-soon windows, narrowest first: the first with at least the days left names the state. */
export const EXPIRY_WARNINGS: readonly { withinDays: number; state: ComplianceState }[] = [
  { withinDays: 7, state: 'EXPIRING_7' },
  { withinDays: 30, state: 'EXPIRING_30' },
  { withinDays: 60, state: 'EXPIRING_60' },
];

/** Whether a record counts on `day`: accepted, and completed by then (a future completion does not). */
export const countsOn = (r: ComplianceRecordLike, day: string) => ACCEPTED_STATUSES.includes(r.status) && r.completedOn <= day;

/** Through when a record keeps its item valid: its expiry (set from the item's validity at submission, `defaultExpiry`). */
export const recordValidThrough = (r: ComplianceRecordLike) => r.expiresOn ?? NEVER_EXPIRES;

/** The item's valid-through on `day`: the latest of the records that count (null: none counts). */
export const validThroughOn = (records: ComplianceRecordLike[], day: string): string | null =>
  records.filter((r) => countsOn(r, day)).reduce<string | null>((latest, r) => {
    const through = recordValidThrough(r);
    return latest === null || through > latest ? through : latest;
  }, null);

/** A valid-through (from `validThroughOn`) reaches `day`; nothing on file reaches no day. */
export const coversDay = (validThrough: string | null, day: string) => validThrough !== null && validThrough >= day;

/** The status of a record waiting for review, shown when nothing valid is on file. */
export const AWAITING_REVIEW: ComplianceReviewStatus = 'PENDING';
export const awaitsReview = (r: ComplianceRecordLike) => r.status === AWAITING_REVIEW;

/** The state of a valid item with `daysLeft` until it expires (null: never). */
export const stateForDaysLeft = (daysLeft: number | null): ComplianceState =>
  daysLeft === null ? 'VALID' : (EXPIRY_WARNINGS.find((w) => daysLeft <= w.withinDays)?.state ?? 'VALID');

export interface ItemCompliance {
  state: ComplianceState;
  /** Through when the accepted record is valid (null: no expiry, or nothing accepted). */
  validThrough: string | null;
  daysLeft: number | null;
  /** Valid today and through `coverUntil` (e.g. the placement's end date). */
  coversUntil: boolean;
}

/**
 * The state of one required item for a student on `today`: the newest accepted record (verified
 * or waived) decides; a record waiting for review shows as pending when nothing valid is on file.
 */
export function itemCompliance(records: ComplianceRecordLike[], today: string, coverUntil: string | null = null): ItemCompliance {
  const latest = validThroughOn(records, today);
  const validThrough = latest === NEVER_EXPIRES ? null : latest;
  const daysLeft = validThrough === null ? null : daysBetween(today, validThrough);
  if (!coversDay(latest, today)) {
    const state = records.some(awaitsReview) ? 'PENDING_REVIEW' : latest !== null ? 'EXPIRED' : 'MISSING';
    return { state, validThrough, daysLeft, coversUntil: false };
  }
  return { state: stateForDaysLeft(daysLeft), validThrough, daysLeft, coversUntil: coverUntil === null || coversDay(latest, coverUntil) };
}

/** Cleared for the externship: every required item valid (expiring soon still counts as valid). */
export const isCleared = (states: ComplianceState[]) =>
  states.every((s) => s === 'VALID' || s === 'EXPIRING_60' || s === 'EXPIRING_30' || s === 'EXPIRING_7');
