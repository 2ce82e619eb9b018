import { ASHP_MINIMUMS, ashpRequirementWarnings, declaresAshp } from './program';

const entry = { level: 'ENTRY' as const, accreditors: ['ASHP/ACPE'], ...ASHP_MINIMUMS.ENTRY };

describe('ashpRequirementWarnings', () => {
  it('is empty for a program at the ASHP minimums of its level', () => {
    expect(ashpRequirementWarnings(entry)).toEqual([]);
    expect(ashpRequirementWarnings({ ...ASHP_MINIMUMS.ADVANCED, level: 'ADVANCED', accreditors: ['ASHP/ACPE'] })).toEqual([]);
  });

  it('names each shortfall once, with the figure and the minimum', () => {
    const warnings = ashpRequirementWarnings({
      ...entry,
      minTotalHours: 350,
      minWeeks: 6,
      requirements: [
        { component: 'DIDACTIC', setting: null, minHours: 100 },
        { component: 'SIMULATED', setting: null, minHours: 50 },
        { component: 'EXPERIENTIAL', setting: null, minHours: 130 },
      ],
    });
    expect(warnings).toEqual([
      'Total hours: 350 hours is below the ASHP/ACPE Entry-level minimum of 400 hours.',
      'Program length: 6 weeks is below the ASHP/ACPE Entry-level minimum of 8 weeks.',
      'Didactic hours: 100 hours is below the ASHP/ACPE Entry-level minimum of 120 hours.',
    ]);
  });

  it('counts per-setting requirements of a component together and a missing component as zero', () => {
    const warnings = ashpRequirementWarnings({
      ...entry,
      requirements: [
        { component: 'DIDACTIC', setting: null, minHours: 120 },
        { component: 'EXPERIENTIAL', setting: 'COMMUNITY', minHours: 70 },
        { component: 'EXPERIENTIAL', setting: 'HOSPITAL', minHours: 70 },
      ],
    });
    expect(warnings).toEqual(['Simulated (lab) hours: 0 hours is below the ASHP/ACPE Entry-level minimum of 50 hours.']);
  });

  it('checks the advanced rotation rule and ignores programs that do not declare ASHP', () => {
    const advanced = { ...ASHP_MINIMUMS.ADVANCED, level: 'ADVANCED' as const, accreditors: ['ASHP/ACPE'], minRotations: 1, minRotationTotalHours: 150 };
    expect(ashpRequirementWarnings(advanced)).toEqual([
      'Rotations: 1 rotations is below the ASHP/ACPE Advanced-level minimum of 2 rotations.',
      'Rotations together: 150 hours is below the ASHP/ACPE Advanced-level minimum of 200 hours.',
    ]);
    expect(ashpRequirementWarnings({ ...advanced, accreditors: ['ABHES'] })).toEqual([]);
    expect(declaresAshp(['ASHP/ACPE'])).toBe(true);
    expect(declaresAshp(['ACPE only'])).toBe(false);
  });
});
