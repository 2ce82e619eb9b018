import {
  abhesYear, addYears, benchmarkMarker, checkReportPeriod, DEFAULT_BENCHMARKS, formatBenchmark, formatRate, periodLabel, previousYear, rate,
  shiftPeriod, trendPeriods,
} from './reports';
import { can, Permission } from './roles';

describe('rate', () => {
  it('divides, formats to one decimal and marks a value under the benchmark', () => {
    expect(rate(7, 11, 0.7)).toEqual({
      numerator: 7, denominator: 11, value: 7 / 11, benchmark: 0.7, belowBenchmark: true, note: null, text: '63.6%',
    });
    expect(rate(17, 20, 0.7)).toMatchObject({ value: 0.85, belowBenchmark: false, text: '85.0%' });
  });

  it('is not below a benchmark it meets exactly (no floating-point surprise)', () => {
    expect(rate(7, 10, 0.7).belowBenchmark).toBe(false);
    expect(rate(3, 5, 0.6).belowBenchmark).toBe(false);
    expect(rate(69, 100, 0.7).belowBenchmark).toBe(true);
  });

  it('has no value, no marker and says why when the denominator is 0', () => {
    expect(rate(0, 0, 0.7, 'graduates')).toEqual({
      numerator: 0, denominator: 0, value: null, benchmark: 0.7, belowBenchmark: false,
      note: 'No graduates in the denominator (0)', text: 'n/a — no graduates',
    });
    expect(rate(0, 0, null).text).toBe('n/a — no students');
  });

  it('never marks a rate without a benchmark', () => {
    expect(rate(1, 10, null)).toMatchObject({ value: 0.1, benchmark: null, belowBenchmark: false });
  });

  it('refuses counts that are not whole numbers of 0 or more', () => {
    expect(() => rate(-1, 3, null)).toThrow(RangeError);
    expect(() => rate(1.5, 3, null)).toThrow(RangeError);
  });

  it('reaches 100% and 0% exactly', () => {
    expect(rate(12, 12, 0.7).text).toBe('100.0%');
    expect(rate(0, 12, 0.7)).toMatchObject({ text: '0.0%', belowBenchmark: true });
  });
});

describe('formatting', () => {
  it('formats rates and benchmarks as people write them', () => {
    expect(formatRate(0.8125)).toBe('81.3%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(null)).toBe('n/a — no students in the denominator');
    expect(formatBenchmark(0.7)).toBe('70%');
    expect(formatBenchmark(0.625)).toBe('62.5%');
    expect(benchmarkMarker(rate(1, 2, 0.6))).toBe('below benchmark 60%');
    expect(benchmarkMarker(rate(2, 2, 0.6))).toBeNull();
  });
});

describe('default benchmarks (docs/design.md §4.3)', () => {
  it('are 70% for placement and exams, 60% for COE completion, 70% where the accreditors name none', () => {
    expect(DEFAULT_BENCHMARKS).toEqual({
      abhesRetention: 0.7, abhesPlacement: 0.7, coeCompletion: 0.6, coePlacement: 0.7, coeLicensure: 0.7, examPass: 0.7,
    });
  });
});

describe('report periods', () => {
  it('finds the ABHES year (July 1 – June 30) of a date', () => {
    expect(abhesYear('2026-06-30')).toEqual({ periodStart: '2025-07-01', periodEnd: '2026-06-30' });
    expect(abhesYear('2026-07-01')).toEqual({ periodStart: '2026-07-01', periodEnd: '2027-06-30' });
    expect(abhesYear(new Date('2026-01-15T12:00:00Z'))).toEqual({ periodStart: '2025-07-01', periodEnd: '2026-06-30' });
  });

  it('shifts a period by whole years, keeping February month-ends', () => {
    expect(shiftPeriod({ periodStart: '2025-07-01', periodEnd: '2026-06-30' }, -2)).toEqual({ periodStart: '2023-07-01', periodEnd: '2024-06-30' });
    expect(shiftPeriod({ periodStart: '2023-03-01', periodEnd: '2024-02-29' }, 1)).toEqual({ periodStart: '2024-03-01', periodEnd: '2025-02-28' });
    expect(shiftPeriod({ periodStart: '2022-03-01', periodEnd: '2023-02-28' }, 1)).toEqual({ periodStart: '2023-03-01', periodEnd: '2024-02-29' });
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });

  it('lists trend periods oldest first, the asked-for period last', () => {
    expect(trendPeriods({ periodStart: '2025-07-01', periodEnd: '2026-06-30' }, 3)).toEqual([
      { periodStart: '2023-07-01', periodEnd: '2024-06-30' },
      { periodStart: '2024-07-01', periodEnd: '2025-06-30' },
      { periodStart: '2025-07-01', periodEnd: '2026-06-30' },
    ]);
  });

  it("gives PTCB's previous year: the 12 months before the period", () => {
    expect(previousYear({ periodStart: '2025-07-01' })).toEqual({ periodStart: '2024-07-01', periodEnd: '2025-06-30' });
    expect(previousYear({ periodStart: '2026-01-01' })).toEqual({ periodStart: '2025-01-01', periodEnd: '2025-12-31' });
  });

  it('labels ABHES years briefly and other periods by their dates', () => {
    expect(periodLabel({ periodStart: '2025-07-01', periodEnd: '2026-06-30' })).toBe('2025–26');
    expect(periodLabel({ periodStart: '2026-01-01', periodEnd: '2026-12-31' })).toBe('2026-01-01 – 2026-12-31');
  });

  it('refuses bad dates, an end before the start and more than five years, naming the field', () => {
    expect(checkReportPeriod({ periodStart: '2025-07-01', periodEnd: '2026-06-30' })).toEqual([]);
    expect(checkReportPeriod({ periodStart: '2025-02-30', periodEnd: 'June' })).toEqual([
      { field: 'periodStart', message: 'periodStart must be a date written YYYY-MM-DD' },
      { field: 'periodEnd', message: 'periodEnd must be a date written YYYY-MM-DD' },
    ]);
    expect(checkReportPeriod({ periodStart: '2025-07-01', periodEnd: '2025-06-30' })[0]).toEqual({
      field: 'periodEnd', message: 'periodEnd must be on or after periodStart (2025-07-01)',
    });
    expect(checkReportPeriod({ periodStart: '2021-07-01', periodEnd: '2026-06-30' })).toEqual([]);
    expect(checkReportPeriod({ periodStart: '2021-07-01', periodEnd: '2026-07-01' })[0].message).toMatch(/^periodEnd: a report covers at most 5 years/);
    expect(checkReportPeriod({ periodStart: '2026-03-03', periodEnd: '2026-03-03' })).toEqual([]);
  });
});

describe('report permissions', () => {
  it('lets admins and instructors report, only admins read the disclosure log and set benchmarks', () => {
    for (const p of [Permission.REPORT_VIEW, Permission.REPORT_EXPORT, Permission.REPORT_SNAPSHOT_SAVE]) {
      expect([can('ADMIN', p), can('INSTRUCTOR', p), can('PRECEPTOR', p), can('STUDENT', p)]).toEqual([true, true, false, false]);
    }
    for (const p of [Permission.DISCLOSURE_LOG_READ, Permission.BENCHMARK_MANAGE]) {
      expect([can('ADMIN', p), can('INSTRUCTOR', p), can('PRECEPTOR', p), can('STUDENT', p)]).toEqual([true, false, false, false]);
    }
  });
});
