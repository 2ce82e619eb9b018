import { isIsoDate, LIMITS } from './validation';

/**
 * CSV import of students into a cohort: the checks that need no database (field formats, dates,
 * duplicates within the file). The web preview and the API run the same function; the API then adds
 * what only the database knows (already enrolled, a number or email taken by another student).
 */

/** The columns an import maps, in the order the mapping step shows them. */
export const STUDENT_IMPORT_FIELDS = ['firstName', 'lastName', 'email', 'studentNumber', 'phone', 'startDate'] as const;
export type StudentImportField = (typeof STUDENT_IMPORT_FIELDS)[number];

export const STUDENT_IMPORT_FIELD_LABELS: Record<StudentImportField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  studentNumber: 'Student number',
  phone: 'Phone',
  startDate: 'Start date',
};

export const STUDENT_IMPORT_REQUIRED: readonly StudentImportField[] = ['firstName', 'lastName', 'email', 'studentNumber'];

/** Rows per import (one request, one transaction) and characters per raw cell. */
export const STUDENT_IMPORT_MAX_ROWS = 2000;
export const STUDENT_IMPORT_CELL_MAX = 300;

export const STUDENT_NUMBER_PATTERN = /^[A-Za-z0-9-]{1,40}$/;
export const PHONE_PATTERN = /^[0-9+().\-\s]{7,40}$/;
// A pragmatic address check: something@domain.tld, no spaces, labels without leading/trailing dashes.
const EMAIL_PATTERN = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** One row as it arrives: raw cell text (possibly empty), and its line in the file. */
export interface StudentImportRawRow {
  line: number;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  studentNumber?: string | null;
  phone?: string | null;
  startDate?: string | null;
}

/** A row's values once every format check passed: trimmed, email lower-cased, date ISO. */
export interface StudentImportValues {
  firstName: string;
  lastName: string;
  email: string;
  studentNumber: string;
  phone: string | null;
  startDate: string;
}

export interface StudentImportRowCheck {
  line: number;
  errors: string[];
  /** The normalised values; null when the row has a format error. */
  values: StudentImportValues | null;
  /** Trimmed, lower-cased email and trimmed student number as given (possibly empty or malformed), for the database checks. */
  email: string;
  studentNumber: string;
}

/** "2026-01-05" from "2026-01-05" or "1/5/2026" (month first); null when it is not a real date. */
export function parseImportDate(text: string): string | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = US_DATE.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function isImportEmail(email: string): boolean {
  return email.length <= LIMITS.emailMax && EMAIL_PATTERN.test(email);
}

/**
 * Checks every row of an import against the cohort's dates and the other rows. Errors name the
 * column and, for a duplicate, the earlier line that has the same value (the first occurrence is
 * the one kept). An empty start date means the cohort's start date.
 */
export function checkStudentImportRows(rows: readonly StudentImportRawRow[], cohort: { startDate: string; expectedEndDate: string }): StudentImportRowCheck[] {
  const firstLineOfEmail = new Map<string, number>();
  const firstLineOfNumber = new Map<string, number>();
  return rows.map((row) => {
    const errors: string[] = [];
    const cell = (field: StudentImportField) => (row[field] ?? '').trim();
    const label = STUDENT_IMPORT_FIELD_LABELS;

    const missing = STUDENT_IMPORT_REQUIRED.filter((f) => cell(f) === '');
    for (const f of missing) errors.push(`${label[f]} is missing.`);

    const firstName = cell('firstName');
    const lastName = cell('lastName');
    for (const [f, v] of [['firstName', firstName], ['lastName', lastName]] as const) {
      if (v.length > LIMITS.nameMax) errors.push(`${label[f]} is longer than ${LIMITS.nameMax} characters.`);
    }

    const email = cell('email').toLowerCase();
    if (email && !isImportEmail(email)) errors.push(`Email “${cell('email')}” is not a valid email address.`);

    const studentNumber = cell('studentNumber');
    if (studentNumber && !STUDENT_NUMBER_PATTERN.test(studentNumber)) {
      errors.push(`Student number “${studentNumber}” may use only letters, digits and dashes (at most ${LIMITS.studentNumberMax}).`);
    }

    const phone = cell('phone');
    if (phone && !PHONE_PATTERN.test(phone)) errors.push(`Phone “${phone}” is not a phone number (7 to 40 digits, spaces and + ( ) . -).`);

    const dateText = cell('startDate');
    let startDate: string | null = cohort.startDate;
    if (dateText) {
      startDate = parseImportDate(dateText);
      if (!startDate) errors.push(`Start date “${dateText}” is not a date: write YYYY-MM-DD or M/D/YYYY.`);
      else if (startDate > cohort.expectedEndDate) {
        errors.push(`Start date ${startDate} is after the cohort's expected end date (${cohort.expectedEndDate}).`);
      }
    }

    if (email) {
      const earlier = firstLineOfEmail.get(email);
      if (earlier === undefined) firstLineOfEmail.set(email, row.line);
      else errors.push(`Email ${email} is already on line ${earlier} of this file.`);
    }
    if (studentNumber) {
      const earlier = firstLineOfNumber.get(studentNumber);
      if (earlier === undefined) firstLineOfNumber.set(studentNumber, row.line);
      else errors.push(`Student number ${studentNumber} is already on line ${earlier} of this file.`);
    }

    const values = errors.length === 0 && startDate ? { firstName, lastName, email, studentNumber, phone: phone || null, startDate } : null;
    return { line: row.line, errors, values, email, studentNumber };
  });
}
