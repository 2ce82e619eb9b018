import { computeProgress, HourAggregateRow, ProgressRules } from './hours';
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

  it('flags a student with no recent hours only once the externship window has opened', () => {
    expect(computeProgress(entry, [], window).atRisk).toBe(true);
    expect(computeProgress(entry, [], { ...window, today: '2026-09-01' }).atRisk).toBe(false);
  });

  it('counts a setting-specific requirement only from that setting', () => {
    const rules: ProgressRules = { ...entry, requirements: [...entry.requirements, { component: 'EXPERIENTIAL', setting: 'HOSPITAL', minHours: 40 }] };
    const p = computeProgress(rules, [row({ setting: 'COMMUNITY', approvedMinutes: h(130) }), row({ placementId: 'b', setting: 'HOSPITAL', approvedMinutes: h(10) })], window);
    expect(p.requirements.find((r) => r.setting === 'HOSPITAL')).toMatchObject({ approvedMinutes: h(10), met: false });
  });
});
