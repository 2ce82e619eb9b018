import type { Role } from './roles';

/** What a notification is about (docs/notifications.md). The API writes them; the web labels them. */
export const NotificationKind = {
  HOURS_SENT_BACK: 'HOURS_SENT_BACK',
  HOURS_REJECTED: 'HOURS_REJECTED',
  HOURS_REOPENED: 'HOURS_REOPENED',
  HOURS_WAITING: 'HOURS_WAITING',
  PLACEMENT_CREATED: 'PLACEMENT_CREATED',
  COMPLIANCE_REMINDER: 'COMPLIANCE_REMINDER',
  DOCUMENT_REJECTED: 'DOCUMENT_REJECTED',
  COHORT_COMPLIANCE: 'COHORT_COMPLIANCE',
  AGREEMENT_EXPIRING: 'AGREEMENT_EXPIRING',
  LICENSE_EXPIRING: 'LICENSE_EXPIRING',
  EXAM_RETAKE_OPEN: 'EXAM_RETAKE_OPEN',
  EVALUATION_SUBMITTED: 'EVALUATION_SUBMITTED',
  EVALUATION_OVERDUE: 'EVALUATION_OVERDUE',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** Where a notification's email stands: NONE (in-app only), PENDING (waiting to be emailed, now or in a digest), QUEUED (in the outbox), SENT. */
export const NotificationEmailStatus = { NONE: 'NONE', PENDING: 'PENDING', QUEUED: 'QUEUED', SENT: 'SENT' } as const;
export type NotificationEmailStatus = (typeof NotificationEmailStatus)[keyof typeof NotificationEmailStatus];

/** Digest kinds are collected and emailed together at the person's digest hour (program time zone). */
export const DigestCadence = { DAILY: 'DAILY', WEEKLY: 'WEEKLY' } as const;
export type DigestCadence = (typeof DigestCadence)[keyof typeof DigestCadence];

export interface NotificationKindInfo {
  label: string;
  /** Who receives this kind (the preferences page lists only these). */
  roles: readonly Role[];
  /** Emailed as a digest rather than one email per notification. */
  digest: DigestCadence | null;
}

export const NOTIFICATION_KINDS: Readonly<Record<NotificationKind, NotificationKindInfo>> = {
  HOURS_SENT_BACK: { label: 'Hours sent back for more information', roles: ['STUDENT'], digest: null },
  HOURS_REJECTED: { label: 'Hours rejected', roles: ['STUDENT'], digest: null },
  HOURS_REOPENED: { label: 'Approved hours reopened', roles: ['STUDENT'], digest: null },
  HOURS_WAITING: { label: 'New hours waiting for your review (daily summary)', roles: ['PRECEPTOR'], digest: 'DAILY' },
  PLACEMENT_CREATED: { label: 'New placements', roles: ['STUDENT', 'PRECEPTOR'], digest: null },
  COMPLIANCE_REMINDER: { label: 'Compliance items expiring, expired or missing', roles: ['STUDENT'], digest: null },
  DOCUMENT_REJECTED: { label: 'Compliance documents rejected', roles: ['STUDENT'], digest: null },
  COHORT_COMPLIANCE: { label: "Your cohorts' compliance (weekly summary)", roles: ['INSTRUCTOR'], digest: 'WEEKLY' },
  AGREEMENT_EXPIRING: { label: 'Affiliation agreements ending', roles: ['ADMIN'], digest: null },
  LICENSE_EXPIRING: { label: 'Preceptor licenses expiring', roles: ['ADMIN'], digest: null },
  EXAM_RETAKE_OPEN: { label: 'Exam retake window open', roles: ['STUDENT'], digest: null },
  EVALUATION_SUBMITTED: { label: 'Your preceptor submitted an evaluation of you', roles: ['STUDENT'], digest: null },
  EVALUATION_OVERDUE: { label: 'Evaluations of your students a week past due', roles: ['PRECEPTOR'], digest: null },
};

export const NOTIFICATION_KIND_LIST: readonly NotificationKind[] = Object.values(NotificationKind);

export const notificationKindsFor = (role: Role): NotificationKind[] => NOTIFICATION_KIND_LIST.filter((k) => NOTIFICATION_KINDS[k].roles.includes(role));

/** The hour of the day (program time zone) digests go out, unless the person chose another. */
export const DEFAULT_DIGEST_HOUR = 7;
/** Days before an affiliation agreement ends, or a preceptor license expires, that admins hear about it. */
export const EXPIRY_WARNING_DAYS: readonly number[] = [90, 30];

/**
 * The warning that applies `daysLeft` days before an end date: the smallest threshold at or above
 * it (90 for 31–90 days, 30 for 0–30), null when it is further off or already past. A job that
 * misses a day still sends the warning, once, on the next run.
 */
export function expiryThreshold(daysLeft: number, thresholds: readonly number[] = EXPIRY_WARNING_DAYS): number | null {
  if (daysLeft < 0) return null;
  const at = [...thresholds].sort((a, b) => a - b).find((t) => daysLeft <= t);
  return at ?? null;
}
