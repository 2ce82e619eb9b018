import { isIsoDate, type Role } from '@ptp/shared';
import { z } from 'zod';
import { ROLE_LABELS } from '../../app/role-labels';

/** Staff are invited here; students get an account when they are enrolled. */
export const STAFF_ROLES = ['ADMIN', 'INSTRUCTOR', 'PRECEPTOR'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];
export const isStaffRole = (value: string): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value);
export const STAFF_ROLE_OPTIONS = STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

/** The same license format the API accepts. */
const LICENSE = /^[A-Za-z0-9.-]{3,40}$/;

/** Role and the scope that goes with it: programs (directors), cohorts (instructors), a site and license (preceptors). */
export const accessShape = {
  role: z.string().min(1, 'Choose the role'),
  programIds: z.array(z.string()),
  cohortIds: z.array(z.string()),
  siteId: z.string(),
  licenseNumber: z.string().trim(),
  licenseExpiresOn: z.string(),
};
export type AccessValues = z.infer<z.ZodObject<typeof accessShape>>;
export const ACCESS_FIELDS = ['role', 'programIds', 'cohortIds', 'siteId', 'licenseNumber', 'licenseExpiresOn'] as const;
export const NO_ACCESS: AccessValues = { role: '', programIds: [], cohortIds: [], siteId: '', licenseNumber: '', licenseExpiresOn: '' };

/** Only the scope of the chosen role is required (and sent); the API checks the same. */
export function checkAccess(values: AccessValues, ctx: z.RefinementCtx): void {
  const need = (path: keyof AccessValues, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (values.role === 'ADMIN' && values.programIds.length === 0) need('programIds', 'Choose at least one program this director will see');
  if (values.role === 'INSTRUCTOR' && values.cohortIds.length === 0) need('cohortIds', 'Choose at least one cohort this instructor teaches');
  if (values.role === 'PRECEPTOR') {
    if (!values.siteId) need('siteId', 'Choose the site where this preceptor works');
    if (!values.licenseNumber) need('licenseNumber', 'Enter the license number');
    else if (!LICENSE.test(values.licenseNumber)) need('licenseNumber', 'Use letters, digits, dots and dashes (3 to 40)');
    if (!values.licenseExpiresOn) need('licenseExpiresOn', 'Enter the date the license expires');
    else if (!isIsoDate(values.licenseExpiresOn)) need('licenseExpiresOn', 'Enter a valid date');
  }
}

export interface AccessInput {
  role: StaffRole;
  programIds?: string[];
  cohortIds?: string[];
  siteId?: string;
  licenseNumber?: string;
  licenseExpiresOn?: string;
}

/** The API input for a role's scope; the other roles' fields stay out. */
export function toAccessInput(values: AccessValues): AccessInput | null {
  if (!isStaffRole(values.role)) return null;
  switch (values.role) {
    case 'ADMIN':
      return { role: values.role, programIds: values.programIds };
    case 'INSTRUCTOR':
      return { role: values.role, cohortIds: values.cohortIds };
    case 'PRECEPTOR':
      return { role: values.role, siteId: values.siteId, licenseNumber: values.licenseNumber, licenseExpiresOn: values.licenseExpiresOn };
  }
}
