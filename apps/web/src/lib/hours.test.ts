import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from './dates';
import { clockedEditLine, formatDuration, formatElapsed, formatEntryDay, formatHours, formatTimeRange, localDateOf, localInstant, localTimeOf, minutesBetween } from './hours';
import { setDisplayTimeZone } from './time-zone';

describe('hour formatting', () => {
  it('shows totals as hours with at most one decimal', () => {
    expect(formatHours(96 * 60)).toBe('96 h');
    expect(formatHours(96 * 60 + 30)).toBe('96.5 h');
    expect(formatHours(20)).toBe('0.3 h');
    expect(formatHours(0)).toBe('0 h');
  });

  it('shows single entries and clocks as h:mm', () => {
    expect(formatDuration(450)).toBe('7:30');
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(-10)).toBe('0:00');
    expect(formatElapsed((2 * 3600 + 5 * 60 + 9) * 1000)).toBe('2:05:09');
  });
});

describe('local instants', () => {
  it('reads a date and wall-clock times in the browser’s zone and round-trips them', () => {
    const start = localInstant('2026-03-03', '08:00');
    const end = localInstant('2026-03-03', '15:30');
    expect(start && end && minutesBetween(start, end)).toBe(450);
    expect(localDateOf(start!.toISOString())).toBe('2026-03-03');
    expect(localTimeOf(start!.toISOString())).toBe('08:00');
  });

  it('gives nothing for missing or malformed input', () => {
    expect(localInstant('', '08:00')).toBeNull();
    expect(localInstant('2026-03-03', '')).toBeNull();
    expect(localInstant('03/03/2026', '08:00')).toBeNull();
  });
});

describe('clockedEditLine', () => {
  const at = (t: string) => new Date(`2026-03-05T${t}`).toISOString();
  const clocked = { clockedStartedAt: at('08:02:41'), clockedEndedAt: at('16:31:20') };
  it('names both times and the reason when a clocked entry was edited', () => {
    expect(clockedEditLine({ ...clocked, startedAt: at('07:30'), endedAt: at('16:31:20'), editReason: 'Forgot to clock in' })).toBe(
      'Clocked 8:02 AM–4:31 PM, edited to 7:30 AM–4:31 PM: Forgot to clock in',
    );
  });
  it('says nothing for an entry on its clocked times or logged by hand', () => {
    expect(clockedEditLine({ ...clocked, startedAt: clocked.clockedStartedAt, endedAt: clocked.clockedEndedAt })).toBeNull();
    expect(clockedEditLine({ startedAt: at('07:30'), endedAt: at('09:00'), clockedStartedAt: null, clockedEndedAt: null })).toBeNull();
  });
});

describe('times in the program’s zone', () => {
  afterEach(() => setDisplayTimeZone(null));

  it('reads and shows wall-clock times in the display zone, whatever the browser’s zone', () => {
    setDisplayTimeZone('America/Chicago');
    // 6:00 PM in Chicago on Oct 1 (daylight time, UTC−5) is 23:00 UTC; in January (UTC−6) it is midnight UTC.
    expect(localInstant('2026-10-01', '18:00')!.toISOString()).toBe('2026-10-01T23:00:00.000Z');
    expect(localInstant('2026-01-12', '18:00')!.toISOString()).toBe('2026-01-13T00:00:00.000Z');
    expect(formatTimeRange('2026-10-01T23:00:00.000Z', '2026-10-02T03:00:00.000Z')).toBe('6:00 PM – 10:00 PM');
    expect(formatEntryDay('2026-10-02T03:00:00.000Z')).toBe('Thu, Oct 1, 2026');
    expect(localDateOf('2026-10-02T03:00:00.000Z')).toBe('2026-10-01');
    expect(localTimeOf('2026-10-02T03:00:00.000Z')).toBe('22:00');
  });

  it('round-trips across the daylight-saving changes', () => {
    setDisplayTimeZone('America/New_York');
    for (const [date, time] of [['2026-03-08', '01:30'], ['2026-03-08', '03:30'], ['2026-11-01', '00:30'], ['2026-11-01', '03:00'], ['2026-07-04', '23:59']]) {
      const iso = localInstant(date, time)!.toISOString();
      expect([localDateOf(iso), localTimeOf(iso)]).toEqual([date, time]);
    }
    // 2:30 AM does not exist on Mar 8 in New York: read with the offset before the change, it is 3:30 AM.
    expect(localTimeOf(localInstant('2026-03-08', '02:30')!.toISOString())).toBe('03:30');
  });

  it('says which calendar day it is in the display zone', () => {
    setDisplayTimeZone('Pacific/Kiritimati');
    expect(todayIso(new Date('2026-12-02T12:00:00Z'))).toBe('2026-12-03');
    setDisplayTimeZone('America/Chicago');
    expect(todayIso(new Date('2026-12-02T03:00:00Z'))).toBe('2026-12-01');
  });
});
