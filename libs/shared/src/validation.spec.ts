import { isDateInWindow, isIsoDate, isValidTimeZone, patientIdentifierWarning, todayIn } from './validation';

describe('shared validation', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-01')).toBe(false);
    expect(isIsoDate('01/02/2026')).toBe(false);
  });

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  it('warns when a note looks like it holds a patient identifier', () => {
    expect(patientIdentifierWarning('Patient MRN: 12345 was counselled')).toMatch(/medical record number/);
    expect(patientIdentifierWarning('SSN 123-45-6789')).toMatch(/social security number/);
    expect(patientIdentifierWarning('Filled 40 prescriptions under supervision')).toBeNull();
  });
});

describe('todayIn', () => {
  it('gives the program’s calendar day, not the server’s UTC day', () => {
    const lateEvening = new Date('2026-12-02T04:30:00Z'); // 10:30 PM on Dec 1 in Chicago
    expect(todayIn('America/Chicago', lateEvening)).toBe('2026-12-01');
    expect(todayIn('UTC', lateEvening)).toBe('2026-12-02');
    expect(todayIn('Asia/Tokyo', new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
  });
});

describe('isDateInWindow', () => {
  it('accepts real dates from 1950 to 2100 only', () => {
    expect(isDateInWindow('1950-01-01')).toBe(true);
    expect(isDateInWindow('2100-12-31')).toBe(true);
    expect(isDateInWindow('1949-12-31')).toBe(false);
    expect(isDateInWindow('2101-01-01')).toBe(false);
    expect(isDateInWindow('9999-12-31')).toBe(false);
    expect(isDateInWindow('2026-02-30')).toBe(false);
  });
});
