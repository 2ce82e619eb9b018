/*
 * The demo data's calendar. seed.ts and seed-evaluations.ts are written as of DEMO_ANCHOR; every
 * date they write is moved by one whole number of weeks, so that the day the data is seeded sits
 * where it was written for (the fall cohort mid-externship) and every weekday stays a weekday.
 * No imports: the browser flows (apps/web/e2e/support.ts) load this file to move their dates alike.
 */

/**
 * The day the demo data is written as of: all it records as done has happened by that morning (the
 * last is a preceptor's license reminder; the site evaluations opened the week before) and the fall
 * placements run on to Dec 18. It is seeded on this day or one of the six after it, so a PTCE sitting
 * booked for Dec 5 may have passed, its result not yet recorded, as happens.
 */
export const DEMO_ANCHOR = '2026-12-01';

/** Moves one date ("YYYY-MM-DD") or UTC timestamp ("…T…Z") of the data as written. */
export type DemoDate = (written: string) => string;

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function dayNumber(iso: string): number {
  const ms = DATE.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) throw new Error(`not a date (YYYY-MM-DD): ${iso}`);
  return ms / DAY_MS;
}

/**
 * The weeks to move the data seeded on `today` (the program's day): whole weeks from the anchor,
 * rounded down, so `today` lands in the seven days from the anchor on. 0 in the anchor's week,
 * negative before it.
 */
export function demoShiftWeeks(today: string, anchor: string = DEMO_ANCHOR): number {
  return Math.floor((dayNumber(today) - dayNumber(anchor)) / 7);
}

/**
 * The weeks an already seeded database was moved by, from one date as written and as found there:
 * a later run keeps the first run's shift instead of adding a copy moved by another one. Rounded,
 * in case someone has since nudged that date by a day or two.
 */
export function seededShiftWeeks(written: string, seeded: string): number {
  return Math.round((dayNumber(seeded) - dayNumber(written)) / 7) || 0; // never -0
}

/** The mover of the data by `weeks`: dates stay dates, timestamps stay UTC timestamps. */
export function demoCalendar(weeks: number): DemoDate {
  if (!Number.isInteger(weeks)) throw new Error(`the demo moves by whole weeks, not ${weeks}`);
  return (written) => {
    if (DATE.test(written)) return new Date(dayNumber(written) * DAY_MS + weeks * WEEK_MS).toISOString().slice(0, 10);
    if (TIMESTAMP.test(written) && !Number.isNaN(Date.parse(written))) return new Date(Date.parse(written) + weeks * WEEK_MS).toISOString();
    throw new Error(`not a demo date or UTC timestamp: ${written}`);
  };
}
