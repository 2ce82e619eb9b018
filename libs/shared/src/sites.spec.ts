import { agreementStatus } from './sites';
import { daysBetween } from './validation';

describe('agreementStatus', () => {
  const agreement = { agreementStartDate: '2026-01-01', agreementEndDate: '2026-12-31' };

  it('is NOT_STARTED before the first day and ENDED after the last, both days inclusive', () => {
    expect(agreementStatus('2025-12-31', agreement)).toBe('NOT_STARTED');
    expect(agreementStatus('2026-01-01', agreement)).toBe('ACTIVE');
    expect(agreementStatus('2026-12-31', agreement)).toBe('ENDING_SOON');
    expect(agreementStatus('2027-01-01', agreement)).toBe('ENDED');
  });

  it('warns 60 days ahead: ENDING_SOON from the 60th day before the end', () => {
    expect(agreementStatus('2026-11-01', agreement)).toBe('ENDING_SOON');
    expect(agreementStatus('2026-10-31', agreement)).toBe('ACTIVE');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a daylight-saving change and is negative backwards', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
  });
});
