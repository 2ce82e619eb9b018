import { isIsoDate, isValidTimeZone, patientIdentifierWarning } from './validation';

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
