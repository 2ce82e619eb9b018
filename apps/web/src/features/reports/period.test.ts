import { describe, expect, it } from 'vitest';
import { abhesYearOf, latestCompleteAbhesYear, periodErrors, recentAbhesYears } from './period';

describe('ABHES year presets', () => {
  it('defaults to the latest year whose June 30 has passed', () => {
    expect(latestCompleteAbhesYear('2026-12-02')).toMatchObject({ periodStart: '2025-07-01', periodEnd: '2026-06-30', complete: true });
    // On June 30 the year is still running
    expect(latestCompleteAbhesYear('2026-06-30')).toMatchObject({ periodStart: '2024-07-01', periodEnd: '2025-06-30' });
    expect(latestCompleteAbhesYear('2026-07-01')).toMatchObject({ periodStart: '2025-07-01', periodEnd: '2026-06-30' });
  });

  it('offers the running year and the ones before it, newest first', () => {
    const years = recentAbhesYears('2026-12-02', 3);
    expect(years.map((y) => y.label)).toEqual([
      '2026–27: Jul 1, 2026 – Jun 30, 2027 (in progress)',
      '2025–26: Jul 1, 2025 – Jun 30, 2026',
      '2024–25: Jul 1, 2024 – Jun 30, 2025',
    ]);
  });

  it('recognises a period that is exactly one ABHES year', () => {
    expect(abhesYearOf({ periodStart: '2023-07-01', periodEnd: '2024-06-30' }, '2026-12-02')?.value).toBe('2023–24');
    expect(abhesYearOf({ periodStart: '2023-07-01', periodEnd: '2024-06-29' }, '2026-12-02')).toBeUndefined();
    expect(abhesYearOf({ periodStart: '2023-01-01', periodEnd: '2023-12-31' }, '2026-12-02')).toBeUndefined();
  });
});

describe('periodErrors', () => {
  it('accepts up to five years', () => {
    expect(periodErrors({ periodStart: '2021-07-01', periodEnd: '2026-06-30' })).toEqual({});
    expect(periodErrors({ periodStart: '2026-01-01', periodEnd: '2026-01-01' })).toEqual({});
  });

  it('explains what to fix, on the field to fix', () => {
    expect(periodErrors({ periodStart: '', periodEnd: '2026-06-30' })).toEqual({ periodStart: 'Enter the first day of the period' });
    expect(periodErrors({ periodStart: '2026-07-01', periodEnd: '2026-02-30' })).toEqual({ periodEnd: 'Enter the last day of the period' });
    expect(periodErrors({ periodStart: '2026-07-01', periodEnd: '2026-06-30' })).toEqual({ periodEnd: 'The period must end on or after its first day' });
    expect(periodErrors({ periodStart: '2021-07-01', periodEnd: '2026-07-01' }).periodEnd).toMatch(/at most 5 years/);
  });
});
