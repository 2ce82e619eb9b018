import fc from 'fast-check';
import { types } from 'pg';
import { parseTimestamptz } from './timestamp-parser';

const pgParser = types.getTypeParser(types.builtins.TIMESTAMPTZ);
const two = (n: number) => String(n).padStart(2, '0');

/** The text PostgreSQL sends for a timestamptz in the ISO DateStyle, for any instant and offset it can print. */
const pgText = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    micros: fc.option(fc.integer({ min: 1, max: 999_999 }), { nil: null }),
    offsetMinutes: fc.integer({ min: -15 * 60, max: 15 * 60 }),
    offsetSeconds: fc.option(fc.integer({ min: 1, max: 59 }), { nil: null, freq: 10 }),
  })
  .map((t) => {
    const fraction = t.micros === null ? '' : `.${String(t.micros).padStart(6, '0').replace(/0+$/, '')}`;
    const abs = Math.abs(t.offsetMinutes);
    const offset = `${t.offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}${abs % 60 || t.offsetSeconds ? `:${two(abs % 60)}` : ''}${t.offsetSeconds ? `:${two(t.offsetSeconds)}` : ''}`;
    return `${String(t.year).padStart(4, '0')}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}${fraction}${offset}`;
  });

describe('parseTimestamptz', () => {
  it('reads every timestamptz PostgreSQL prints as the same instant as pg does', () => {
    fc.assert(
      fc.property(pgText, (text) => {
        expect(parseTimestamptz(text).getTime()).toBe((pgParser(text) as Date).getTime());
      }),
      { numRuns: 5000 },
    );
  });

  it('hands what it does not read itself to pg (BC, infinity)', () => {
    for (const text of ['0044-03-15 12:00:00+00 BC', 'infinity', '-infinity', '2026-12-01 14:00:00+00']) {
      expect(String(parseTimestamptz(text))).toBe(String(pgParser(text)));
    }
  });
});
