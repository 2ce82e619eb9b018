/** Limits both the API's validators and the web forms apply. */
export const LIMITS = {
  nameMax: 120,
  codeMax: 40,
  noteMax: 2000,
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 200,
  pageSizeMax: 100,
  studentNumberMax: 40,
} as const;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The years the portal records anything in: a date outside them is a typing error (1900, 9999). */
export const DATE_WINDOW = { minYear: 1950, maxYear: 2100 } as const;

/** A date written YYYY-MM-DD that exists and lies within DATE_WINDOW. */
export function isDateInWindow(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= DATE_WINDOW.minYear && year <= DATE_WINDOW.maxYear;
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs ~50x more than using one. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) it is at `at` in `timeZone` — a program's day, which decides what is
 * "today" for due dates, expiries and pace, not the server's UTC day.
 */
export function todayIn(timeZone: string, at: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Free-text fields may end up in records shared with accreditors: warn when a note looks like it
 * carries a patient identifier (HIPAA). Returns a warning or null; never blocks.
 */
export function patientIdentifierWarning(text: string | null | undefined): string | null {
  if (!text) return null;
  const patterns: [RegExp, string][] = [
    [/\b\d{3}-\d{2}-\d{4}\b/, 'a social security number'],
    [/\b(MRN|medical record)\s*#?:?\s*\d+/i, 'a medical record number'],
    [/\b(DOB|date of birth)\b/i, 'a date of birth'],
    [/\bRx\s*#?\s*\d{5,}/i, 'a prescription number'],
  ];
  for (const [re, what] of patterns) {
    if (re.test(text)) return `This note seems to contain ${what}. Do not record patient identifiers (HIPAA).`;
  }
  return null;
}
