import { describe, expect, it } from 'vitest';
import { clockedEditLine, formatDuration, formatElapsed, formatHours, localDateOf, localInstant, localTimeOf, minutesBetween } from './hours';

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
