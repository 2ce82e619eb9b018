import { defaultExpiry, isCleared, itemCompliance } from './compliance';

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
});
