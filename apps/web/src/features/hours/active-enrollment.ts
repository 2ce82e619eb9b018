import { ACTIVE_STATUSES, type EnrollmentStatus } from '@ptp/shared';

/** Statuses in which a student is taking part in the program and may log hours. */
export const isActiveEnrollment = (e: { status: EnrollmentStatus }) => ACTIVE_STATUSES.includes(e.status);
