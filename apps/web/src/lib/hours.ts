import { minutesAsHoursText } from '@ptp/shared';
import { wallClockOf, zonedFormat, zonedInstant } from './time-zone';

/**
 * Minutes are the API's unit. People read hours: totals as hours with at most one decimal
 * ("96.5 h"), single entries and running clocks as h:mm ("7:30").
 */

/** "96" or "96.5": the shared form (`minutesAsHoursText`), so the web says what the API's messages say. */
export const hoursValue = minutesAsHoursText;

/** "96.5 h" */
export function formatHours(minutes: number): string {
  return `${hoursValue(minutes)} h`;
}

/** "7:30" (hours:minutes); negative values are shown as 0:00. */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.floor(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${h}:${String(m).padStart(2, '0')}`;
}

/** "2:05:09" for a running clock, from milliseconds. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * The instant of a calendar date and wall-clock time in the display zone (the program's, lib/time-zone),
 * or null when either is missing or invalid.
 */
export function localInstant(date: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const instant = zonedInstant(date, time);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** Whole minutes between two instants. */
export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60000);
}

/** The calendar date ("YYYY-MM-DD") of an instant in the display zone, to fill a date input. */
export function localDateOf(iso: string): string {
  return wallClockOf(new Date(iso)).date;
}

/** The wall-clock time ("HH:mm") of an instant in the display zone, to fill a time input. */
export function localTimeOf(iso: string): string {
  return wallClockOf(new Date(iso)).time;
}

const dayFormat = () => zonedFormat({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
const timeFormat = () => zonedFormat({ hour: 'numeric', minute: '2-digit' });

/** "Tue, Mar 3, 2026": the local day an entry started. */
export function formatEntryDay(iso: string): string {
  return dayFormat().format(new Date(iso));
}

/** "8:00 AM – 4:30 PM" in the display zone. */
export function formatTimeRange(startIso: string, endIso: string): string {
  return `${timeFormat().format(new Date(startIso))} – ${timeFormat().format(new Date(endIso))}`;
}

/** "8:02 AM–4:31 PM": a time range in the display zone, without spaces (for one-line notes). */
function compactTimeRange(startIso: string, endIso: string): string {
  return `${timeFormat().format(new Date(startIso))}–${timeFormat().format(new Date(endIso))}`;
}

/**
 * For a reviewer: "Clocked 8:02 AM–4:31 PM, edited to 7:30 AM–4:31 PM: <reason>" when an entry
 * made by clocking out was edited afterwards; null when it was not clocked or still shows the clocked times.
 */
export function clockedEditLine(entry: {
  startedAt: string;
  endedAt: string;
  clockedStartedAt?: string | null;
  clockedEndedAt?: string | null;
  editReason?: string | null;
}): string | null {
  const { clockedStartedAt, clockedEndedAt } = entry;
  if (!clockedStartedAt || !clockedEndedAt) return null;
  const same = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();
  if (same(clockedStartedAt, entry.startedAt) && same(clockedEndedAt, entry.endedAt)) return null;
  const line = `Clocked ${compactTimeRange(clockedStartedAt, clockedEndedAt)}, edited to ${compactTimeRange(entry.startedAt, entry.endedAt)}`;
  return entry.editReason ? `${line}: ${entry.editReason}` : line;
}
