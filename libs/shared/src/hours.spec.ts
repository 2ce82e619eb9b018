import {
  clockedEditRule, computeProgress, HourAggregateRow, hoursInMinutes, hoursText, minimumMinutes, minutesAsFixedHoursText, minutesAsHoursMinutesText, minutesAsHoursText,
  ProgressRules, rotationMinutesOf, RotationRule, rotationRuleMet, rotationRuleText,
} from './hours';
import { ASHP_MINIMUMS } from './program';

const entry: ProgressRules = { level: 'ENTRY', ...ASHP_MINIMUMS.ENTRY };
const advanced: ProgressRules = { level: 'ADVANCED', ...ASHP_MINIMUMS.ADVANCED };
const window = { today: '2026-11-01', externshipStartDate: '2026-10-01', externshipEndDate: '2026-12-15', recentMinutes: 0 };
const row = (r: Partial<HourAggregateRow>): HourAggregateRow => ({
  component: 'EXPERIENTIAL', setting: 'COMMUNITY', placementId: 'p1', approvedMinutes: 0, pendingMinutes: 0, ...r,
});
const h = (hours: number) => hours * 60;

describe('computeProgress', () => {
  it('counts only approved minutes toward requirements and shows pending beside them', () => {
    const p = computeProgress(entry, [row({ approvedMinutes: h(100), pendingMinutes: h(20) })], window);
    const exp = p.requirements.find((r) => r.component === 'EXPERIENTIAL')!;
    expect(exp).toMatchObject({ requiredMinutes: h(130), approvedMinutes: h(100), pendingMinutes: h(20), met: false });
    expect(p.requiredMinutes).toBe(h(400));
  });

  it('meets the ENTRY rotation rule only with one rotation of 130 hours, not two smaller ones', () => {
    const split = computeProgress(entry, [row({ placementId: 'a', approvedMinutes: h(70) }), row({ placementId: 'b', approvedMinutes: h(70) })], window);
    expect(split.rotation).toMatchObject({ met: false, rotationMinutes: [h(70), h(70)] });
    const one = computeProgress(entry, [row({ placementId: 'a', approvedMinutes: h(130) })], window);
    expect(one.rotation.met).toBe(true);
  });

  it('meets the ADVANCED rule with two rotations together reaching 200 hours', () => {
    const one = computeProgress(advanced, [row({ placementId: 'a', approvedMinutes: h(220) })], window);
    expect(one.rotation.met).toBe(false);
    const two = computeProgress(advanced, [row({ placementId: 'a', approvedMinutes: h(120) }), row({ placementId: 'b', setting: 'HOSPITAL', approvedMinutes: h(80) })], window);
    expect(two.rotation.met).toBe(true);
  });

  it('projects the finish from the last 14 days and flags a finish after the window', () => {
    const rows = [
      row({ component: 'DIDACTIC', placementId: null, setting: null, approvedMinutes: h(120) }),
      row({ component: 'SIMULATED', placementId: null, setting: null, approvedMinutes: h(50) }),
      // 100 of 130 experiential hours done; 28 hours in the last 14 days = 2 h/day.
      row({ approvedMinutes: h(100) }),
    ];
    const p = computeProgress(entry, rows, { ...window, recentMinutes: h(28) });
    // Remaining: max(30 h shortfall, 400 - 270 = 130 h total) = 130 h at 2 h/day = 65 days.
    expect(p.pacePerDay).toBe(120);
    expect(p.projectedCompletionDate).toBe('2027-01-05');
    expect(p.atRisk).toBe(true);
    const onTime = computeProgress(entry, rows, { ...window, recentMinutes: h(28), externshipEndDate: '2027-02-01' });
    expect(onTime.atRisk).toBe(false);
  });

  it('is complete, with no projection and no risk, once everything is met', () => {
    const rows = [
      row({ component: 'DIDACTIC', placementId: null, setting: null, approvedMinutes: h(170) }),
      row({ component: 'SIMULATED', placementId: null, setting: null, approvedMinutes: h(100) }),
      row({ approvedMinutes: h(130) }),
    ];
    const p = computeProgress(entry, rows, window);
    expect(p).toMatchObject({ complete: true, projectedCompletionDate: null, atRisk: false, approvedMinutes: h(400) });
  });

  it('flags a student with no recent hours only once the externship window has opened, and says why', () => {
    expect(computeProgress(entry, [], window).atRiskReason).toBe('No hours logged in the last 14 days; the externship ends on Dec 15, 2026.');
    expect(computeProgress(entry, [], { ...window, today: '2026-09-01' }).atRisk).toBe(false);
  });

  it('never flags a student before their placement starts, on leave or gone, and gives a new placement a week', () => {
    const inThreeWeeks = { ...window, placementStartDate: '2026-11-22' };
    expect(computeProgress(entry, [], inThreeWeeks)).toMatchObject({ atRisk: false, atRiskReason: null });
    expect(computeProgress(entry, [], { ...window, placementStartDate: null }).atRisk).toBe(false);
    for (const status of ['LEAVE_OF_ABSENCE', 'GRADUATED', 'WITHDRAWN']) expect(computeProgress(entry, [], { ...window, status }).atRisk).toBe(false);
    expect(computeProgress(entry, [], { ...window, status: 'ENROLLED' }).atRisk).toBe(true);
    expect(computeProgress(entry, [], { ...window, placementStartDate: '2026-10-28' }).atRisk).toBe(false);
    expect(computeProgress(entry, [], { ...window, placementStartDate: '2026-10-22' }).atRiskReason).toBe('No hours logged since the placement started on Oct 22, 2026.');
  });

  it('measures the pace since the placement started when it started less than 14 days ago', () => {
    const rows = [
      row({ component: 'DIDACTIC', placementId: null, setting: null, approvedMinutes: h(170) }),
      row({ component: 'SIMULATED', placementId: null, setting: null, approvedMinutes: h(100) }),
      row({ approvedMinutes: h(35) }),
    ];
    // Placement from Oct 27: 6 days, 35 hours = 5 h 50 min a day; 95 hours left = 17 more days.
    const p = computeProgress(entry, rows, { ...window, placementStartDate: '2026-10-27', recentMinutes: h(35) });
    expect(p.pacePerDay).toBe(350);
    expect(p.projectedCompletionDate).toBe('2026-11-18');
    expect(p.atRisk).toBe(false);
    const late = computeProgress(entry, rows, { ...window, placementStartDate: '2026-10-27', recentMinutes: h(35), externshipEndDate: '2026-11-10' });
    expect(late.atRiskReason).toBe('At the recent pace the hours finish on Nov 18, 2026, after the externship ends on Nov 10, 2026.');
  });

  it('counts a setting-specific requirement only from that setting', () => {
    const rules: ProgressRules = { ...entry, requirements: [...entry.requirements, { component: 'EXPERIENTIAL', setting: 'HOSPITAL', minHours: 40 }] };
    const p = computeProgress(rules, [row({ setting: 'COMMUNITY', approvedMinutes: h(130) }), row({ placementId: 'b', setting: 'HOSPITAL', approvedMinutes: h(10) })], window);
    expect(p.requirements.find((r) => r.setting === 'HOSPITAL')).toMatchObject({ approvedMinutes: h(10), met: false });
  });
});

describe('the completion rules as data', () => {
  it('counts a rotation per placement of the rotation component, across settings, with approved minutes', () => {
    const rows = [
      row({ placementId: 'a', approvedMinutes: 50 }), row({ placementId: 'a', setting: 'HOSPITAL', approvedMinutes: 40 }),
      row({ placementId: 'b', approvedMinutes: 0, pendingMinutes: 500 }), row({ placementId: null, approvedMinutes: 900 }),
      row({ component: 'SIMULATED', placementId: 'c', approvedMinutes: 700 }), row({ placementId: 'd', approvedMinutes: 120 }),
    ];
    expect(rotationMinutesOf(rows)).toEqual([120, 90]);
    expect(rotationMinutesOf(rows, { component: 'SIMULATED', alternatives: [] })).toEqual([700]);
  });

  it('compares hours in exact minutes: 4.15 h is 249 minutes, as PostgreSQL counts it', () => {
    expect(4.15 * 60).toBeGreaterThan(249);
    expect(hoursInMinutes(4.15)).toBe(249);
    expect(rotationRuleMet({ ...entry, minSingleRotationHours: 4.15 }, [249])).toBe(true);
    expect(rotationRuleMet({ ...entry, minSingleRotationHours: 4.15 }, [248])).toBe(false);
  });

  it('decides by the first alternative the program sets, and evaluates whatever rule it is given', () => {
    const numbers = { minRotations: 2, minSingleRotationHours: null, minRotationTotalHours: 3 };
    expect(rotationRuleMet(numbers, [100, 80])).toBe(true);
    expect(rotationRuleMet({ ...numbers, minRotationTotalHours: null }, [1, 1])).toBe(true);
    expect(rotationRuleMet(numbers, [180])).toBe(false);
    const both: RotationRule = {
      component: 'EXPERIENTIAL',
      alternatives: [{ when: null, checks: [{ measure: 'largest', atLeast: 'minRotationTotalHours', unit: 'hours' }, { measure: 'count', atLeast: 'minRotations', unit: 'count' }] }],
    };
    expect(rotationRuleMet(numbers, [180, 1], both)).toBe(true);
    expect(rotationRuleMet(numbers, [100, 80], both)).toBe(false);
    expect(rotationRuleMet(numbers, [], { component: 'EXPERIENTIAL', alternatives: [] })).toBe(true);
  });

  it('asks the program total, or the requirements together when larger, each in whole minutes', () => {
    expect(minimumMinutes(entry)).toBe(h(400));
    expect(minimumMinutes({ minTotalHours: 10, requirements: [{ component: 'DIDACTIC', setting: null, minHours: 8 }, { component: 'SIMULATED', setting: null, minHours: 4.01 }] })).toBe(h(12) + 1);
    expect(minimumMinutes({ minTotalHours: 0.01, requirements: [] })).toBe(1);
  });
});

describe('clockedEditRule', () => {
  const clocked = { clockedStartedAt: '2026-03-02T13:02:00Z', clockedEndedAt: '2026-03-02T21:31:00Z', startedAt: '2026-03-02T13:02:00Z', endedAt: '2026-03-02T21:31:00Z' };
  it('asks a reason only when a clocked entry’s times move off the clock', () => {
    expect(clockedEditRule({ ...clocked, newStartedAt: '2026-03-02T12:30:00Z', newEndedAt: clocked.endedAt })).toBe('REQUIRED');
    expect(clockedEditRule({ ...clocked, newStartedAt: new Date(clocked.startedAt), newEndedAt: clocked.endedAt })).toBe('CLEAR');
  });
  it('keeps the reason when an edited entry’s times stay, and clears it back on the clock', () => {
    const edited = { ...clocked, startedAt: '2026-03-02T12:30:00Z' };
    expect(clockedEditRule({ ...edited, newStartedAt: edited.startedAt, newEndedAt: edited.endedAt })).toBe('KEEP');
    expect(clockedEditRule({ ...edited, newStartedAt: clocked.clockedStartedAt, newEndedAt: clocked.clockedEndedAt })).toBe('CLEAR');
  });
  it('never asks for an entry logged by hand', () => {
    expect(clockedEditRule({ ...clocked, clockedStartedAt: null, clockedEndedAt: null, newStartedAt: '2026-03-02T10:00:00Z', newEndedAt: clocked.endedAt })).toBe('CLEAR');
  });
});

describe('hours as text', () => {
  it('prints hours with at most one decimal, never a trailing ".0"', () => {
    expect(hoursText(120)).toBe('120');
    expect(hoursText(120.5)).toBe('120.5');
    expect(hoursText(96.96)).toBe('97');
    expect(minutesAsHoursText(96 * 60 + 30)).toBe('96.5');
    expect(minutesAsHoursText(20)).toBe('0.3');
    expect(minutesAsHoursText(0)).toBe('0');
  });
  it('prints exports with two decimals and one shift as hours and minutes', () => {
    expect(minutesAsFixedHoursText(750)).toBe('12.50');
    expect(minutesAsFixedHoursText(0)).toBe('0.00');
    expect(minutesAsHoursMinutesText(270)).toBe('4 h 30 min');
    expect(minutesAsHoursMinutesText(240)).toBe('4 h');
  });
  it('words the rotation rule of each level, one rotation in the singular', () => {
    expect(rotationRuleText(entry)).toBe('At least one rotation of 130 hours or more');
    expect(rotationRuleText(advanced)).toBe('At least 2 rotations, together 200 hours or more');
    expect(rotationRuleText({ minRotations: 1, minSingleRotationHours: null, minRotationTotalHours: null })).toBe('At least 1 rotation');
  });
});
