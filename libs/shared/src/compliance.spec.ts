import { coversDay, defaultExpiry, isCleared, itemCompliance, NEVER_EXPIRES, stateForDaysLeft, validThroughOn } from './compliance';

const verified = (completedOn: string, expiresOn: string | null) => ({ status: 'VERIFIED' as const, completedOn, expiresOn });

describe('compliance', () => {
  it('derives expiry from the validity rule', () => {
    expect(defaultExpiry({ validity: 'ONE_TIME', validityMonths: null }, '2026-01-15')).toBeNull();
    expect(defaultExpiry({ validity: 'ANNUAL', validityMonths: null }, '2026-01-15')).toBe('2027-01-14');
    expect(defaultExpiry({ validity: 'MONTHS', validityMonths: 24 }, '2024-02-29')).toBe('2026-02-27');
  });

  it('grades an item valid, expiring within 60/30/7 days, expired or missing', () => {
    const today = '2026-11-01';
    expect(itemCompliance([verified('2026-01-10', '2027-06-30')], today).state).toBe('VALID');
    expect(itemCompliance([verified('2026-01-10', '2026-12-20')], today)).toMatchObject({ state: 'EXPIRING_60', daysLeft: 49 });
    expect(itemCompliance([verified('2026-01-10', '2026-11-20')], today).state).toBe('EXPIRING_30');
    expect(itemCompliance([verified('2026-01-10', '2026-11-05')], today).state).toBe('EXPIRING_7');
    expect(itemCompliance([verified('2025-01-10', '2026-10-31')], today).state).toBe('EXPIRED');
    expect(itemCompliance([], today).state).toBe('MISSING');
    expect(itemCompliance([{ status: 'REJECTED', completedOn: '2026-10-01', expiresOn: null }], today).state).toBe('MISSING');
    expect(itemCompliance([{ status: 'PENDING', completedOn: '2026-10-01', expiresOn: null }], today).state).toBe('PENDING_REVIEW');
  });

  it('checks validity through the placement end date', () => {
    const r = itemCompliance([verified('2026-01-10', '2026-12-01')], '2026-11-01', '2026-12-18');
    expect(r).toMatchObject({ state: 'EXPIRING_30', coversUntil: false });
    expect(itemCompliance([verified('2026-01-10', null)], '2026-11-01', '2026-12-18').coversUntil).toBe(true);
  });

  it('counts a waiver like a verification, and clears only when every item is valid', () => {
    expect(itemCompliance([{ status: 'WAIVED', completedOn: '2026-01-01', expiresOn: null }], '2026-11-01').state).toBe('VALID');
    expect(isCleared(['VALID', 'EXPIRING_7'])).toBe(true);
    expect(isCleared(['VALID', 'PENDING_REVIEW'])).toBe(false);
  });

  it('takes the latest valid-through of the accepted records completed by the day; never expiring wins', () => {
    const records = [verified('2026-01-10', '2026-12-01'), verified('2026-02-10', '2026-09-01'), { status: 'REJECTED' as const, completedOn: '2026-03-01', expiresOn: '2027-12-01' }];
    expect(validThroughOn(records, '2026-11-01')).toBe('2026-12-01');
    expect(validThroughOn([...records, verified('2026-11-02', null)], '2026-11-01')).toBe('2026-12-01');
    expect(validThroughOn([...records, verified('2026-11-01', null)], '2026-11-01')).toBe(NEVER_EXPIRES);
    expect(validThroughOn(records, '2026-01-09')).toBeNull();
    expect(coversDay(NEVER_EXPIRES, '9999-12-31')).toBe(true);
    expect(coversDay(null, '2026-01-01')).toBe(false);
  });

  it('names the narrowest warning window the days left fall in', () => {
    expect([61, 60, 31, 30, 8, 7, 0, null].map(stateForDaysLeft)).toEqual(['VALID', 'EXPIRING_60', 'EXPIRING_60', 'EXPIRING_30', 'EXPIRING_30', 'EXPIRING_7', 'EXPIRING_7', 'VALID']);
  });
});
