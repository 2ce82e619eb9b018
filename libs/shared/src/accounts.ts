import type { Role } from './roles';

/** Where an account stands: invited (no password set yet), active, or deactivated by staff. */
export const UserStatus = {
  INVITED: 'INVITED',
  ACTIVE: 'ACTIVE',
  DEACTIVATED: 'DEACTIVATED',
} as const;
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DEACTIVATED: 'Deactivated',
};

/** What the invitation form asks for, per role: the scope that decides what the person sees. */
export const ROLE_SCOPE: Record<Role, { scope: 'programs' | 'cohorts' | 'site' | 'enrollment'; label: string }> = {
  ADMIN: { scope: 'programs', label: 'Programs they direct' },
  INSTRUCTOR: { scope: 'cohorts', label: 'Cohorts they teach' },
  PRECEPTOR: { scope: 'site', label: 'Site where they precept' },
  STUDENT: { scope: 'enrollment', label: 'Invited by enrolling them in a cohort' },
};

/** Password rules told to the person before they type (the server also runs a strength estimator). */
export const PASSWORD_RULES = 'At least 12 characters. Common passwords, names and keyboard patterns are refused.';
