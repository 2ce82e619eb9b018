import { DEMO_ANCHOR, demoCalendar, demoShiftWeeks, seededShiftWeeks } from './demo-calendar';

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('the demo calendar', () => {
  it.each([
    [DEMO_ANCHOR, 0],
    ['2026-12-07', 0], // the last day of the anchor's week
    ['2026-12-08', 1],
    ['2026-11-30', -1],
    ['2026-11-23', -2],
    ['2027-01-17', 6],
    ['2027-03-15', 14],
    ['2028-02-29', 65],
  ])('moves the data seeded on %s by %i weeks', (today, weeks) => {
    expect(demoShiftWeeks(today)).toBe(weeks);
  });

  it('puts every day of five years within the week from the moved anchor on, weekdays kept', () => {
    for (let today = '2025-01-01'; today <= '2030-12-31'; today = addDays(today, 1)) {
      const d = demoCalendar(demoShiftWeeks(today));
      const anchor = d(DEMO_ANCHOR);
      expect(anchor <= today && today < addDays(anchor, 7)).toBe(true);
      expect(weekday(d('2026-11-20'))).toBe(5); // Sam's Friday shift stays a Friday
      // The placement running at the anchor runs on the day seeded, whatever it is.
      expect(d('2026-11-02') <= today && today <= d('2026-12-18')).toBe(true);
    }
  });

  it('moves dates and UTC timestamps alike, across a leap day and a daylight-saving change', () => {
    const d = demoCalendar(14);
    expect(d('2026-12-01')).toBe('2027-03-09');
    expect(d('2028-02-22')).toBe('2028-05-30');
    expect(d('2026-10-19T15:00:00Z')).toBe('2027-01-25T15:00:00.000Z');
    expect(demoCalendar(-1)('2026-03-01')).toBe('2026-02-22');
    expect(demoCalendar(0)('2026-11-20')).toBe('2026-11-20');
  });

  it('reads the first run’s shift back from a seeded date, even one nudged by a day or two', () => {
    for (const weeks of [-60, -1, 0, 1, 7, 52, 160]) {
      const seeded = demoCalendar(weeks)('2026-08-24');
      expect(seededShiftWeeks('2026-08-24', seeded)).toBe(weeks);
      expect(seededShiftWeeks('2026-08-24', addDays(seeded, 2))).toBe(weeks);
      expect(seededShiftWeeks('2026-08-24', addDays(seeded, -3))).toBe(weeks);
    }
  });

  it('refuses what is not a date, and a part of a week', () => {
    expect(() => demoShiftWeeks('2026-02-30')).toThrow('not a date');
    expect(() => demoCalendar(1)('Nov 20')).toThrow('not a demo date');
    expect(() => demoCalendar(1)('2026-11-20T08:00:00-06:00')).toThrow('not a demo date');
    expect(() => demoCalendar(1.5)).toThrow('whole weeks');
  });
});
