import { ACTIVE_STATUSES, type EnrollmentStatus } from './enrollment-status';
import type { HourComponent, PracticeSetting, ProgramLevel } from './program';
import { addDays } from './reports';
import { daysBetween } from './validation';

export const HourEntryStatus = {
  SUBMITTED: 'SUBMITTED',
  APPROVED: 'APPROVED',
  NEEDS_INFO: 'NEEDS_INFO',
  REJECTED: 'REJECTED',
} as const;
export type HourEntryStatus = (typeof HourEntryStatus)[keyof typeof HourEntryStatus];

export const HOUR_ENTRY_STATUS_LABELS: Record<HourEntryStatus, string> = {
  SUBMITTED: 'Waiting for review',
  APPROVED: 'Approved',
  NEEDS_INFO: 'Needs more information',
  REJECTED: 'Rejected',
};

/** One entry covers at most one 16-hour shift (docs/design.md §3.3). */
export const MAX_ENTRY_MINUTES = 16 * 60;
/** The 16-hour rule in words, as the clock warns of it: "One entry can cover at most 16 hours." */
export const MAX_ENTRY_RULE = `One entry can cover at most ${MAX_ENTRY_MINUTES / 60} hours.`;
/** Why an entry longer than `MAX_ENTRY_MINUTES` is refused, in the hour form and the API alike. */
export const ENTRY_TOO_LONG_MESSAGE = `${MAX_ENTRY_RULE} Split a longer shift into two entries.`;
/** Pace for the projected finish is measured over this many days. */
export const PACE_WINDOW_DAYS = 14;
/** A placement this young with no hours yet is not "behind": the first shifts take a few days to arrange. */
export const AT_RISK_GRACE_DAYS = 7;
/** Sites whose affiliation agreement ends within this many days are flagged. */
export const AGREEMENT_WARNING_DAYS = 60;

/** Minutes per (component, setting, placement) for one enrollment: the SQL totals' rows. */
export interface HourAggregateRow {
  component: HourComponent;
  setting: PracticeSetting | null;
  placementId: string | null;
  approvedMinutes: number;
  pendingMinutes: number;
}

export interface ProgressRules {
  level: ProgramLevel;
  minTotalHours: number;
  minRotations: number;
  minSingleRotationHours: number | null;
  minRotationTotalHours: number | null;
  requirements: { component: HourComponent; setting: PracticeSetting | null; minHours: number }[];
}

/*
 * The completion rules as data (docs/design.md §3.4). computeProgress evaluates them for one
 * enrollment; the API writes the same rules as SQL for the reports (apps/api/src/modules/hours/
 * progress.sql.ts), so a rule changed here changes both, and test/progress-rules.suite.ts holds
 * the two to the same answers on random programs and hours.
 */

/**
 * `hours` (stored to the hundredth) in minutes, free of binary noise: 4.15 h is 249 minutes, where
 * 4.15 * 60 is 249.00000000000003 and would refuse a 249-minute rotation PostgreSQL accepts.
 */
export const hoursInMinutes = (hours: number): number => Math.round(hours * 6000) / 100;

/** Whole minutes of a requirement's hours: the unit requirements are counted and added in. */
export const wholeMinutes = (hours: number): number => Math.round(hoursInMinutes(hours));

/** The minutes to complete: the program's total, or its requirements together if larger (each in whole minutes). */
export function minimumMinutes(rules: Pick<ProgressRules, 'minTotalHours' | 'requirements'>): number {
  return Math.max(wholeMinutes(rules.minTotalHours), rules.requirements.reduce((a, r) => a + wholeMinutes(r.minHours), 0));
}

/** The program's numbers the rotation rule reads. */
export type RotationNumbers = Pick<ProgressRules, 'minRotations' | 'minSingleRotationHours' | 'minRotationTotalHours'>;
/** What a check measures over the rotations: the largest one's minutes, how many, their minutes together. */
export type RotationMeasure = 'largest' | 'count' | 'total';
export const ROTATION_MEASURES: readonly RotationMeasure[] = ['largest', 'count', 'total'];

export interface RotationCheck {
  measure: RotationMeasure;
  /** The program's number the measure must reach; unset (null) asks for 0. */
  atLeast: keyof RotationNumbers;
  /** `hours` are compared in minutes, a `count` as it is. */
  unit: 'hours' | 'count';
}

export interface RotationRule {
  /** A rotation is a placement with approved minutes in this component. */
  component: HourComponent;
  /** The first alternative whose `when` the program sets (or whose `when` is null) decides: met when all its checks are. */
  alternatives: readonly { when: keyof RotationNumbers | null; checks: readonly RotationCheck[] }[];
}

/** One rotation of the single-rotation hours when the program sets them; otherwise enough rotations, together long enough. */
export const ROTATION_RULE: RotationRule = {
  component: 'EXPERIENTIAL',
  alternatives: [
    { when: 'minSingleRotationHours', checks: [{ measure: 'largest', atLeast: 'minSingleRotationHours', unit: 'hours' }] },
    {
      when: null,
      checks: [
        { measure: 'count', atLeast: 'minRotations', unit: 'count' },
        { measure: 'total', atLeast: 'minRotationTotalHours', unit: 'hours' },
      ],
    },
  ],
};

/** Approved minutes per rotation (placement) of one enrollment's totals, largest first. */
export function rotationMinutesOf(rows: HourAggregateRow[], rule: RotationRule = ROTATION_RULE): number[] {
  const byPlacement = new Map<string, number>();
  for (const r of rows) {
    if (r.component !== rule.component || !r.placementId) continue;
    byPlacement.set(r.placementId, (byPlacement.get(r.placementId) ?? 0) + r.approvedMinutes);
  }
  return [...byPlacement.values()].filter((m) => m > 0).sort((a, b) => b - a);
}

/** The alternative of `rule` that applies to a program's numbers; none: nothing is asked. */
export const rotationAlternative = (rule: RotationRule, numbers: RotationNumbers) => rule.alternatives.find((a) => a.when === null || numbers[a.when] !== null);

/** Whether rotations of these minutes meet the rule with the program's numbers. */
export function rotationRuleMet(numbers: RotationNumbers, rotationMinutes: number[], rule: RotationRule = ROTATION_RULE): boolean {
  const measured: Record<RotationMeasure, number> = {
    largest: Math.max(0, ...rotationMinutes),
    count: rotationMinutes.length,
    total: rotationMinutes.reduce((a, b) => a + b, 0),
  };
  const need = (c: RotationCheck) => (c.unit === 'hours' ? hoursInMinutes(numbers[c.atLeast] ?? 0) : (numbers[c.atLeast] ?? 0));
  return (rotationAlternative(rule, numbers)?.checks ?? []).every((c) => measured[c.measure] >= need(c));
}

/*
 * Hours as text. Minutes are the stored unit; people read hours. Each form is written here once so the
 * web, the API's messages and its exports cannot drift apart.
 */

/** "120" or "120.5": hours with at most one decimal (no trailing ".0"), as rules, reports and progress print them. */
export function hoursText(hours: number): string {
  const tenths = Math.round(hours * 10) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}

/** `hoursText` of a number of minutes: "96.5" for 5790. The form for totals on screen and in messages. */
export function minutesAsHoursText(minutes: number): string {
  return hoursText(minutes / 60);
}

/** "12.50": minutes as hours with exactly two decimals, for exports, as the roster and hour-log CSVs (SQL `round(…, 2)`) print them. */
export function minutesAsFixedHoursText(minutes: number): string {
  return (minutes / 60).toFixed(2);
}

/** "4 h 30 min" or "4 h": one shift's length in words, for emails, where "4:30" would read as a time of day. */
export function minutesAsHoursMinutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** The program's rotation rule in words ("At least 2 rotations, together 300 hours or more"): progress, reports and the programs page say it the same way. */
export function rotationRuleText(rules: Pick<ProgressRules, 'minRotations' | 'minSingleRotationHours' | 'minRotationTotalHours'>): string {
  if (rules.minSingleRotationHours !== null) return `At least one rotation of ${hoursText(rules.minSingleRotationHours)} hours or more`;
  const rotations = `${rules.minRotations} rotation${rules.minRotations === 1 ? '' : 's'}`;
  return `At least ${rotations}${rules.minRotationTotalHours ? `, together ${hoursText(rules.minRotationTotalHours)} hours or more` : ''}`;
}

export interface RequirementProgress {
  component: HourComponent;
  setting: PracticeSetting | null;
  requiredMinutes: number;
  approvedMinutes: number;
  pendingMinutes: number;
  met: boolean;
}

export interface RotationProgress {
  /** Experiential rotations (placements) with approved minutes, largest first. */
  rotationMinutes: number[];
  met: boolean;
  description: string;
}

export interface Progress {
  requiredMinutes: number;
  approvedMinutes: number;
  pendingMinutes: number;
  requirements: RequirementProgress[];
  rotation: RotationProgress;
  /** Minutes per day over the pace window (approved + pending). */
  pacePerDay: number;
  /** ISO date the remaining minutes would be done at the recent pace; null when complete or no pace. */
  projectedCompletionDate: string | null;
  complete: boolean;
  /** See `atRiskReason`. */
  atRisk: boolean;
  /**
   * Why the student is at risk of not finishing within the externship window, in one line; null when
   * not at risk. Only a student taking part (not on leave, graduated or gone), not yet complete,
   * whose first placement has started: the projected finish falls after the window, or no hours were
   * logged since the placement started (after a week's grace).
   */
  atRiskReason: string | null;
}

const shortDate = (isoDate: string) =>
  new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

export interface ProgressWindow {
  /** Today in the program's time zone (`todayIn`). */
  today: string;
  externshipStartDate: string;
  externshipEndDate: string;
  /** Approved + pending minutes of shifts started within the pace window. */
  recentMinutes: number;
  /** The enrollment's status; omitted: taking part. */
  status?: EnrollmentStatus | string;
  /** Start of the enrollment's first placement, null when it has none yet; omitted: the window's start. */
  placementStartDate?: string | null;
}

/**
 * Progress of one enrollment toward every requirement of its program (docs/design.md §3.4): approved vs
 * required minutes per component and setting, the rotation rule, the projected finish from the last
 * 14 days' pace and the at-risk flag. Pure: fed by one SQL aggregate, used by API and web alike.
 */
export function computeProgress(
  rules: ProgressRules,
  rows: HourAggregateRow[],
  window: ProgressWindow,
): Progress {
  const sum = (pick: (r: HourAggregateRow) => number, filter: (r: HourAggregateRow) => boolean = () => true) =>
    rows.filter(filter).reduce((acc, r) => acc + pick(r), 0);

  const requirements = rules.requirements.map((req) => {
    const matches = (r: HourAggregateRow) => r.component === req.component && (req.setting === null || r.setting === req.setting);
    const approvedMinutes = sum((r) => r.approvedMinutes, matches);
    const requiredMinutes = wholeMinutes(req.minHours);
    return {
      component: req.component,
      setting: req.setting,
      requiredMinutes,
      approvedMinutes,
      pendingMinutes: sum((r) => r.pendingMinutes, matches),
      met: approvedMinutes >= requiredMinutes,
    };
  });

  const rotationMinutes = rotationMinutesOf(rows);
  const rotationMet = rotationRuleMet(rules, rotationMinutes);
  const description = rotationRuleText(rules);

  const approvedMinutes = sum((r) => r.approvedMinutes);
  const pendingMinutes = sum((r) => r.pendingMinutes);
  const requiredMinutes = minimumMinutes(rules);
  // Remaining work: each requirement's shortfall (hours in one component do not fill another).
  const shortfall = requirements.reduce((a, r) => a + Math.max(0, r.requiredMinutes - r.approvedMinutes), 0);
  const remaining = Math.max(shortfall, requiredMinutes - approvedMinutes);
  const complete = remaining <= 0 && requirements.every((r) => r.met) && rotationMet;
  // Pace over the last 14 days, or over the days since the placement started when that is fewer.
  const startedOn = window.placementStartDate === undefined ? window.externshipStartDate : window.placementStartDate;
  const daysIn = startedOn !== null && window.today >= startedOn ? daysBetween(startedOn, window.today) + 1 : 0;
  const pacePerDay = window.recentMinutes / (daysIn > 0 && daysIn < PACE_WINDOW_DAYS ? daysIn : PACE_WINDOW_DAYS);
  const outstanding = Math.max(0, remaining - pendingMinutes);
  const projectedCompletionDate = complete
    ? null
    : pacePerDay > 0
      ? addDays(window.today, Math.ceil(outstanding / pacePerDay))
      : null;
  const takingPart = window.status === undefined || (ACTIVE_STATUSES as readonly string[]).includes(window.status);
  let atRiskReason: string | null = null;
  if (!complete && takingPart && daysIn > 0 && outstanding > 0) {
    if (projectedCompletionDate !== null && projectedCompletionDate > window.externshipEndDate) {
      atRiskReason = `At the recent pace the hours finish on ${shortDate(projectedCompletionDate)}, after the externship ends on ${shortDate(window.externshipEndDate)}.`;
    } else if (projectedCompletionDate === null && daysIn > AT_RISK_GRACE_DAYS) {
      atRiskReason =
        daysIn > PACE_WINDOW_DAYS
          ? `No hours logged in the last ${PACE_WINDOW_DAYS} days; the externship ends on ${shortDate(window.externshipEndDate)}.`
          : `No hours logged since the placement started on ${shortDate(startedOn!)}.`;
    }
  }
  const atRisk = atRiskReason !== null;
  return {
    requiredMinutes,
    approvedMinutes,
    pendingMinutes,
    requirements,
    rotation: { rotationMinutes, met: rotationMet, description },
    pacePerDay,
    projectedCompletionDate,
    complete,
    atRisk,
    atRiskReason,
  };
}

/** The times of an entry made by clocking out (server-stamped), as it stands, and as an edit would leave it. */
export interface ClockedEdit {
  clockedStartedAt: Date | string | null;
  clockedEndedAt: Date | string | null;
  startedAt: Date | string;
  endedAt: Date | string;
  newStartedAt: Date | string;
  newEndedAt: Date | string;
}

/**
 * Whether an edit of an hour entry needs an edit reason (docs/design.md §3.3): only an entry made
 * by clocking out, and only when the edit moves its start or end and leaves them off the clocked
 * times. `KEEP`: the times do not move, the reason already given stays; `CLEAR`: not clocked, or
 * back on the clocked times, so no reason is kept.
 */
export function clockedEditRule(e: ClockedEdit): 'REQUIRED' | 'KEEP' | 'CLEAR' {
  if (e.clockedStartedAt == null || e.clockedEndedAt == null) return 'CLEAR';
  const ms = (d: Date | string) => new Date(d).getTime();
  const same = (a: Date | string, b: Date | string) => ms(a) === ms(b);
  if (same(e.newStartedAt, e.clockedStartedAt) && same(e.newEndedAt, e.clockedEndedAt)) return 'CLEAR';
  if (same(e.newStartedAt, e.startedAt) && same(e.newEndedAt, e.endedAt)) return 'KEEP';
  return 'REQUIRED';
}
