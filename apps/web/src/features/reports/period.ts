import { REPORT_MAX_YEARS, abhesYear, checkReportPeriod, isIsoDate, periodLabel, shiftPeriod, type ReportPeriod } from '@ptp/shared';
import { formatDate } from '../../lib/dates';

/** An ABHES reporting year (July 1 – June 30, docs/design.md §4) offered as a preset period. */
export interface AbhesYearOption extends ReportPeriod {
  /** "2025–26": the value of the preset select. */
  value: string;
  label: string;
  complete: boolean;
}

function option(period: ReportPeriod, today: string): AbhesYearOption {
  const complete = period.periodEnd < today;
  const value = periodLabel(period);
  return {
    ...period,
    value,
    label: `${value}: ${formatPeriod(period.periodStart, period.periodEnd)}${complete ? '' : ' (in progress)'}`,
    complete,
  };
}

/** The ABHES year `today` falls in, then the `count - 1` years before it, newest first. */
export function recentAbhesYears(today: string, count = 6): AbhesYearOption[] {
  const current = abhesYear(today);
  return Array.from({ length: count }, (_, i) => option(shiftPeriod(current, -i), today));
}

/** The newest ABHES year whose June 30 has passed: the default period of a report. */
export function latestCompleteAbhesYear(today: string): AbhesYearOption {
  return option(shiftPeriod(abhesYear(today), -1), today);
}

/** The preset a period matches, if it is exactly one ABHES year. */
export function abhesYearOf(period: ReportPeriod, today: string): AbhesYearOption | undefined {
  const year = abhesYear(period.periodStart);
  return year.periodStart === period.periodStart && year.periodEnd === period.periodEnd ? option(year, today) : undefined;
}

/** What is wrong with a period, per field, in the words of the form; empty when it is fine. */
export function periodErrors(period: ReportPeriod): { periodStart?: string; periodEnd?: string } {
  const errors: { periodStart?: string; periodEnd?: string } = {};
  for (const problem of checkReportPeriod(period)) {
    if (errors[problem.field]) continue;
    if (problem.field === 'periodStart') errors.periodStart = 'Enter the first day of the period';
    else if (!isIsoDate(period.periodEnd)) errors.periodEnd = 'Enter the last day of the period';
    else if (period.periodEnd < period.periodStart) errors.periodEnd = 'The period must end on or after its first day';
    else errors.periodEnd = `A report covers at most ${REPORT_MAX_YEARS} years: choose a later first day or an earlier last day`;
  }
  return errors;
}

export function formatPeriod(start: string, end: string): string {
  return `${formatDate(start)} – ${formatDate(end)}`;
}
