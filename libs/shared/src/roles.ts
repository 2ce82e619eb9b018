/** The four kinds of people who use the portal (docs/design.md §1). */
export const Role = {
  ADMIN: 'ADMIN',
  INSTRUCTOR: 'INSTRUCTOR',
  PRECEPTOR: 'PRECEPTOR',
  STUDENT: 'STUDENT',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/**
 * The permission catalogue. The API checks these with `@Can(...)`; the web app uses the same
 * catalogue to hide what the API would refuse. Row-level scope (which cohorts, which students)
 * is a separate check made by the API's scope service.
 */
export const Permission = {
  PROGRAM_READ: 'PROGRAM_READ',
  PROGRAM_MANAGE: 'PROGRAM_MANAGE',
  COHORT_READ: 'COHORT_READ',
  COHORT_MANAGE: 'COHORT_MANAGE',
  INSTRUCTOR_ASSIGN: 'INSTRUCTOR_ASSIGN',
  STUDENT_READ: 'STUDENT_READ',
  STUDENT_ENROLL: 'STUDENT_ENROLL',
  STUDENT_UPDATE: 'STUDENT_UPDATE',
  ENROLLMENT_STATUS_CHANGE: 'ENROLLMENT_STATUS_CHANGE',
  /** Record a graduation although program requirements are unmet, with an override reason (admins). */
  GRADUATION_OVERRIDE: 'GRADUATION_OVERRIDE',
  /** Void a wrong status event, optionally replacing it, with a reason (admins). */
  ENROLLMENT_STATUS_CORRECT: 'ENROLLMENT_STATUS_CORRECT',
  USER_READ: 'USER_READ',
  /** Deactivate and reactivate accounts (admins: their programs' people; instructors: only their
   *  cohorts' students, checked by the account service). Inviting staff needs STAFF_MANAGE too. */
  USER_MANAGE: 'USER_MANAGE',
  /** Invite staff accounts and change a staff account's role, scope or name (program directors). */
  STAFF_MANAGE: 'STAFF_MANAGE',
  /** Personal API tokens for scripts and integrations. */
  API_TOKEN_MANAGE: 'API_TOKEN_MANAGE',
  AUDIT_READ: 'AUDIT_READ',
  SITE_READ: 'SITE_READ',
  SITE_MANAGE: 'SITE_MANAGE',
  PLACEMENT_MANAGE: 'PLACEMENT_MANAGE',
  HOURS_READ: 'HOURS_READ',
  /** Log one's own hours (students). */
  HOURS_LOG: 'HOURS_LOG',
  /** Log hours on a student's behalf (audited as such). */
  HOURS_LOG_FOR_STUDENT: 'HOURS_LOG_FOR_STUDENT',
  HOURS_REVIEW: 'HOURS_REVIEW',
  /** Reopen an approved entry, with a reason. */
  HOURS_REOPEN: 'HOURS_REOPEN',
  /**
   * Edit the reference data every program shares: the exam table and the competency library.
   * Held by system administrators only (an account flag, not a role): an admin of one program must
   * not change what other programs rely on.
   */
  REFERENCE_DATA_MANAGE: 'REFERENCE_DATA_MANAGE',
  /** Grant or revoke the system administrator flag (audited with a reason). Held by system administrators only. */
  SYSTEM_ADMIN_GRANT: 'SYSTEM_ADMIN_GRANT',
  /** Record exam attempts, credentials, employment and outcome markers. */
  OUTCOME_RECORD: 'OUTCOME_RECORD',
  /** Read compliance records and documents (never preceptors: they see cleared / not cleared). */
  COMPLIANCE_READ: 'COMPLIANCE_READ',
  COMPLIANCE_SUBMIT: 'COMPLIANCE_SUBMIT',
  COMPLIANCE_REVIEW: 'COMPLIANCE_REVIEW',
  /** Edit a program's required items and its expired-item policy. */
  COMPLIANCE_MANAGE: 'COMPLIANCE_MANAGE',
  /** Choose which competencies of the library a program adopts. */
  COMPETENCY_MANAGE: 'COMPETENCY_MANAGE',
  COMPETENCY_SIGNOFF: 'COMPETENCY_SIGNOFF',
  /** The cohort dashboard: pending reviews, compliance, exams and at-risk students of a cohort. */
  COHORT_DASHBOARD_VIEW: 'COHORT_DASHBOARD_VIEW',
  /** Generate accreditation and outcome reports (scoped: an instructor sees only their cohorts). */
  REPORT_VIEW: 'REPORT_VIEW',
  /** Download a report as PDF or CSV; every export is written to the disclosure log. */
  REPORT_EXPORT: 'REPORT_EXPORT',
  REPORT_SNAPSHOT_SAVE: 'REPORT_SNAPSHOT_SAVE',
  /** Read the log of exports of student records (FERPA). */
  DISCLOSURE_LOG_READ: 'DISCLOSURE_LOG_READ',
  /** Set a program's outcome benchmarks. */
  BENCHMARK_MANAGE: 'BENCHMARK_MANAGE',
  /** Read evaluations within scope: preceptor evaluations one by one, site evaluations as averages (docs/evaluations.md). */
  EVALUATION_READ: 'EVALUATION_READ',
  /** Fill one's own evaluations: the preceptor's of their placed students, the student's of their site. */
  EVALUATION_FILL: 'EVALUATION_FILL',
  /** Acknowledge a submitted preceptor evaluation of oneself: the student's record that they read it (students). */
  EVALUATION_ACKNOWLEDGE: 'EVALUATION_ACKNOWLEDGE',
  /** Read every student's site evaluation one by one, with their name, so also site averages below MIN_SITE_RESPONSES (admins). */
  SITE_EVALUATION_READ_ALL: 'SITE_EVALUATION_READ_ALL',
  /** Read one by one the site evaluations one wrote (students; the scope service keeps them to their own placements). */
  SITE_EVALUATION_READ_OWN: 'SITE_EVALUATION_READ_OWN',
  /** Download one's own student record (PDF or zip) without a purpose: FERPA self-access (students; staff produce a record from the student's page). */
  OWN_RECORD_DOWNLOAD: 'OWN_RECORD_DOWNLOAD',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/**
 * Admins oversee: they log no hours of their own and neither fill nor acknowledge evaluations (the
 * preceptor's and the student's own acts; SITE_EVALUATION_READ_ALL covers what READ_OWN would). The
 * reference data permissions come with the system administrator flag (SYSTEM_ADMIN_PERMISSIONS).
 */
const NOT_FOR_ADMINS: readonly Permission[] = [
  Permission.HOURS_LOG,
  Permission.EVALUATION_FILL,
  Permission.EVALUATION_ACKNOWLEDGE,
  Permission.SITE_EVALUATION_READ_OWN,
  Permission.OWN_RECORD_DOWNLOAD,
  Permission.REFERENCE_DATA_MANAGE,
  Permission.SYSTEM_ADMIN_GRANT,
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: Object.values(Permission).filter((p) => !NOT_FOR_ADMINS.includes(p)),
  INSTRUCTOR: [
    Permission.PROGRAM_READ,
    Permission.COHORT_READ,
    Permission.STUDENT_READ,
    Permission.STUDENT_ENROLL,
    Permission.STUDENT_UPDATE,
    Permission.ENROLLMENT_STATUS_CHANGE,
    Permission.USER_READ,
    Permission.USER_MANAGE,
    Permission.SITE_READ,
    Permission.PLACEMENT_MANAGE,
    Permission.HOURS_READ,
    Permission.HOURS_LOG_FOR_STUDENT,
    Permission.HOURS_REVIEW,
    Permission.HOURS_REOPEN,
    Permission.OUTCOME_RECORD,
    Permission.COMPLIANCE_READ,
    Permission.COMPLIANCE_SUBMIT,
    Permission.COMPLIANCE_REVIEW,
    Permission.COMPETENCY_SIGNOFF,
    Permission.COHORT_DASHBOARD_VIEW,
    Permission.REPORT_VIEW,
    Permission.REPORT_EXPORT,
    Permission.REPORT_SNAPSHOT_SAVE,
    Permission.EVALUATION_READ,
  ],
  PRECEPTOR: [Permission.STUDENT_READ, Permission.HOURS_READ, Permission.HOURS_REVIEW, Permission.COMPETENCY_SIGNOFF, Permission.EVALUATION_READ, Permission.EVALUATION_FILL],
  STUDENT: [
    Permission.PROGRAM_READ,
    Permission.COHORT_READ,
    Permission.STUDENT_READ,
    Permission.HOURS_READ,
    Permission.HOURS_LOG,
    Permission.COMPLIANCE_READ,
    Permission.COMPLIANCE_SUBMIT,
    Permission.EVALUATION_READ,
    Permission.EVALUATION_FILL,
    Permission.EVALUATION_ACKNOWLEDGE,
    Permission.SITE_EVALUATION_READ_OWN,
    Permission.OWN_RECORD_DOWNLOAD,
  ],
};

/** What a system administrator holds besides their role's permissions. */
export const SYSTEM_ADMIN_PERMISSIONS: readonly Permission[] = [Permission.REFERENCE_DATA_MANAGE, Permission.SYSTEM_ADMIN_GRANT];

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Everything an account may do: its role's permissions, plus the system ones when it is a system administrator. */
export function permissionsOf(user: { role: Role; isSystemAdmin: boolean }): Permission[] {
  return [...ROLE_PERMISSIONS[user.role], ...(user.isSystemAdmin ? SYSTEM_ADMIN_PERMISSIONS : [])];
}

export function userCan(user: { role: Role; isSystemAdmin: boolean }, permission: Permission): boolean {
  return can(user.role, permission) || (user.isSystemAdmin && SYSTEM_ADMIN_PERMISSIONS.includes(permission));
}
