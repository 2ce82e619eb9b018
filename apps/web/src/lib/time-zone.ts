/**
 * The time zone the portal shows and reads wall-clock times in: the signed-in person's program
 * zone (`me.timeZone`), so a shift at a Chicago pharmacy reads 8:00 AM wherever the browser is.
 * Until it is set (signed out, or no program yet) the browser's own zone is used.
 */
let displayZone: string | undefined;

/** Set by the signed-in shell from `me.timeZone`; undefined returns to the browser's zone. */
export function setDisplayTimeZone(timeZone: string | null | undefined): void {
  displayZone = timeZone || undefined;
}

export function displayTimeZone(): string | undefined {
  return displayZone;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per options and zone (building one per call is slow). */
export function zonedFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${displayZone ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: displayZone });
    formats.set(key, format);
  }
  return format;
}

const PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };

/** The calendar date and wall-clock time of an instant in the display zone. */
export function wallClockOf(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(zonedFormat(PARTS).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes the display zone is ahead of UTC at an instant. */
function offsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(zonedFormat(PARTS).formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant a calendar date and wall-clock time ("YYYY-MM-DD", "HH:mm") name in the display zone.
 * In a daylight-saving gap the time is read with the offset before the change (2:30 AM becomes 3:30 AM).
 */
export function zonedInstant(date: string, time: string): Date {
  if (!displayZone) return new Date(`${date}T${time}`);
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const first = new Date(asUtc - offsetMinutes(new Date(asUtc)) * 60000);
  const second = new Date(asUtc - offsetMinutes(first) * 60000);
  const w = wallClockOf(second);
  // Only in a gap does neither offset name the time; then the first reading (the offset before the change) is the one.
  return w.date === date && w.time === time ? second : first;
}
