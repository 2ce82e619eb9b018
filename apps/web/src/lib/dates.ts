import { wallClockOf, zonedFormat } from './time-zone';

const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };

/** Formats a calendar date ("YYYY-MM-DD"); calendar dates have no time zone, so never shift them. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateRange(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** Formats an instant in the display zone (the program's, lib/time-zone). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : zonedFormat(DATE_TIME).format(date);
}

/** Today's calendar date in the display zone (the program's day, as the API counts it), as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return wallClockOf(now).date;
}

/** Whole days from one calendar date to another (the one definition, libs/shared). */
export { daysBetween } from '@ptp/shared';
