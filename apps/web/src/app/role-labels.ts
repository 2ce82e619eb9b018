import type { Role } from '@ptp/shared';

/** A role as people call it (the header's account menu, the users page, invitations). */
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Program director',
  INSTRUCTOR: 'Instructor',
  PRECEPTOR: 'Preceptor',
  STUDENT: 'Student',
};
