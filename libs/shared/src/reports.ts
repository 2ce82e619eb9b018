import { isIsoDate } from './validation';

/**
 * Accreditation and outcome reports (docs/design.md §4): the arithmetic the API and the web share.
 * Counting happens in SQL on the server; turning counts into rates, formatting them and marking
 * them against a benchmark happens here, once.
 */

/** The benchmarks a program can configure, as fractions (0..1). */
export interface ProgramBenchmarks {
  abhesRetention: number;
  abhesPlacement: number;
  coeCompletion: number;
  coePlacement: number;
  coeLicensure: number;
  /** Credentialing exam pass rates (first-attempt and eventual). */
  examPass: number;
}

/**
 * docs/design.md §4.3: ABHES and COE placement 70%, COE completion 60%, credentialing pass 70%. The accreditors name
 * no benchmark for ABHES retention and COE licensure; 70% is the default for both.
 */
export const DEFAULT_BENCHMARKS: Readonly<ProgramBenchmarks> = {
  abhesRetention: 0.7,
  abhesPlacement: 0.7,
  coeCompletion: 0.6,
  coePlacement: 0.7,
  coeLicensure: 0.7,
  examPass: 0.7,
};

export const BENCHMARK_LABELS: Record<keyof ProgramBenchmarks, string> = {
  abhesRetention: 'ABHES retention',
  abhesPlacement: 'ABHES placement',
  coeCompletion: 'COE completion',
  coePlacement: 'COE placement',
  coeLicensure: 'COE licensure',
  examPass: 'Credentialing exam pass',
};

export interface RateResult {
  numerator: number;
  denominator: number;
  /** 0..1; null when the denominator is 0. */
  value: number | null;
  benchmark: number | null;
  belowBenchmark: boolean;
  /** Why there is no value, e.g. "No graduates in the denominator (0)". */
  note: string | null;
  /** What to print: "85.0%" or "n/a — no graduates". */
  text: string;
}

/**
 * A rate from two counts. `denominatorNoun` names who the denominator counts ("graduates"), for the
 * note and the text shown when there is nobody to count.
 */
export function rate(numerator: number, denominator: number, benchmark: number | null, denominatorNoun = 'students'): RateResult {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0) {
    throw new RangeError(`rate: counts must be whole numbers of 0 or more (got ${numerator} / ${denominator})`);
  }
  if (denominator === 0) {
    return {
      numerator,
      denominator,
      value: null,
      benchmark,
      belowBenchmark: false,
      note: `No ${denominatorNoun} in the denominator (0)`,
      text: `n/a — no ${denominatorNoun}`,
    };
  }
  const value = numerator / denominator;
  // A tolerance, so that 7/10 is not "below" a benchmark of 0.7 through floating point.
  const belowBenchmark = benchmark !== null && value < benchmark - 1e-9;
  return { numerator, denominator, value, benchmark, belowBenchmark, note: null, text: formatRate(value) };
}

/** "85.0%"; "n/a — no students in the denominator" when there is no value. */
export function formatRate(value: number | null, emptyText = 'n/a — no students in the denominator'): string {
  return value === null ? emptyText : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/** A benchmark as people write it: "70%", "62.5%". */
export function formatBenchmark(benchmark: number): string {
  const pct = Math.round(benchmark * 1000) / 10;
  return `${Number.isInteger(pct) ? pct.toFixed(0) : pct.toFixed(1)}%`;
}

/** The marker printed beside a rate under its benchmark: "below benchmark 70%". */
export function benchmarkMarker(r: Pick<RateResult, 'belowBenchmark' | 'benchmark'>): string | null {
  return r.belowBenchmark && r.benchmark !== null ? `below benchmark ${formatBenchmark(r.benchmark)}` : null;
}

export interface ReportPeriod {
  /** ISO date, inclusive. */
  periodStart: string;
  /** ISO date, inclusive. */
  periodEnd: string;
}

/** The longest period one report may cover. */
export const REPORT_MAX_YEARS = 5;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `iso` moved by whole years; February 29 becomes February 28 in a common year. */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const m = Number(iso.slice(5, 7));
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The ABHES reporting year (July 1 – June 30) that contains `date` (ISO date or Date, read in UTC). */
export function abhesYear(date: string | Date): ReportPeriod {
  const iso = typeof date === 'string' ? date : date.toISOString().slice(0, 10);
  const y = Number(iso.slice(0, 4));
  const startYear = Number(iso.slice(5, 7)) >= 7 ? y : y - 1;
  return { periodStart: `${pad(startYear, 4)}-07-01`, periodEnd: `${pad(startYear + 1, 4)}-06-30` };
}

/**
 * The period moved by whole years (negative: back). A period that ends on the last day of February
 * keeps ending on the last day of February.
 */
export function shiftPeriod(period: ReportPeriod, years: number): ReportPeriod {
  const endsFebruary = period.periodEnd.slice(5, 7) === '02' && addDays(period.periodEnd, 1).slice(5, 7) === '03';
  const end = addYears(period.periodEnd, years);
  return {
    periodStart: addYears(period.periodStart, years),
    periodEnd: endsFebruary ? `${end.slice(0, 8)}${pad(daysInMonth(Number(end.slice(0, 4)), 2))}` : end,
  };
}

/** The period and the `count - 1` before it, each a whole year earlier, oldest first (trends). */
export function trendPeriods(period: ReportPeriod, count: number): ReportPeriod[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(period, i - (count - 1)));
}

/** The 12 months before the period (PTCB's "previous year"). */
export function previousYear(period: Pick<ReportPeriod, 'periodStart'>): ReportPeriod {
  return { periodStart: addYears(period.periodStart, -1), periodEnd: addDays(period.periodStart, -1) };
}

/** "2025–26" for an ABHES year, otherwise "2025-07-01 – 2026-06-30". */
export function periodLabel(period: ReportPeriod): string {
  const y = Number(period.periodStart.slice(0, 4));
  if (period.periodStart === `${pad(y, 4)}-07-01` && period.periodEnd === `${pad(y + 1, 4)}-06-30`) {
    return `${y}–${pad((y + 1) % 100)}`;
  }
  return `${period.periodStart} – ${period.periodEnd}`;
}

/** A period's problems, each message naming its field; empty when the period is valid. */
export function checkReportPeriod(period: ReportPeriod): { field: keyof ReportPeriod; message: string }[] {
  const problems: { field: keyof ReportPeriod; message: string }[] = [];
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (!isIsoDate(period[field])) problems.push({ field, message: `${field} must be a date written YYYY-MM-DD` });
  }
  if (problems.length) return problems;
  if (period.periodEnd < period.periodStart) {
    problems.push({ field: 'periodEnd', message: `periodEnd must be on or after periodStart (${period.periodStart})` });
  } else if (period.periodEnd >= addYears(period.periodStart, REPORT_MAX_YEARS)) {
    problems.push({
      field: 'periodEnd',
      message: `periodEnd: a report covers at most ${REPORT_MAX_YEARS} years (${period.periodStart} to ${addDays(addYears(period.periodStart, REPORT_MAX_YEARS), -1)})`,
    });
  }
  return problems;
}

/** The tables every report has, in order. */
export const REPORT_TABLE_KEYS = ['abhes', 'coe', 'exams', 'ptcb', 'ashp'] as const;
export type ReportTableKey = (typeof REPORT_TABLE_KEYS)[number];

/** Disclosure log actions (FERPA: every export of student records is logged). */
export const DisclosureAction = {
  REPORT_EXPORT_CSV: 'REPORT_EXPORT_CSV',
  REPORT_EXPORT_PDF: 'REPORT_EXPORT_PDF',
  /** A cohort roster as CSV. */
  ROSTER_EXPORT_CSV: 'ROSTER_EXPORT_CSV',
  /** A cohort's or one enrollment's hour log as CSV. */
  HOURS_EXPORT_CSV: 'HOURS_EXPORT_CSV',
  /** A student downloading their own record (FERPA right to inspect), as PDF or as a zip. */
  STUDENT_RECORD_SELF_PDF: 'STUDENT_RECORD_SELF_PDF',
  STUDENT_RECORD_SELF_ZIP: 'STUDENT_RECORD_SELF_ZIP',
  /** Staff producing one student's full record, with a purpose. */
  STUDENT_RECORD_PDF: 'STUDENT_RECORD_PDF',
  STUDENT_RECORD_ZIP: 'STUDENT_RECORD_ZIP',
  /** One download of an uploaded compliance document. */
  COMPLIANCE_DOCUMENT_DOWNLOAD: 'COMPLIANCE_DOCUMENT_DOWNLOAD',
  /** The submitted evaluations of a site or cohort, item by item, as CSV. */
  EVALUATION_EXPORT_CSV: 'EVALUATION_EXPORT_CSV',
} as const;
export type DisclosureAction = (typeof DisclosureAction)[keyof typeof DisclosureAction];

/** Shortest purpose staff may give when producing a student's record (it goes in the disclosure log). */
export const STUDENT_RECORD_PURPOSE_MIN = 5;
