import { ROTATION_MEASURES, ROTATION_RULE, type RotationCheck, type RotationMeasure, type RotationNumbers, type RotationRule } from '@ptp/shared';

/*
 * Progress figures as SQL over the maintained hour totals (hour_totals), for statements that count
 * many enrollments at once. The rules are not restated here: they are written from the descriptions
 * computeProgress evaluates (libs/shared hours.ts), and test/progress-rules.suite.ts checks that both
 * give the same answers.
 */

/** The programs column of each number of the rotation rule. */
const PROGRAM_COLUMN: Record<keyof RotationNumbers, string> = {
  minRotations: 'min_rotations',
  minSingleRotationHours: 'min_single_rotation_hours',
  minRotationTotalHours: 'min_rotation_total_hours',
};

/** Each measure as an aggregate over placement groups `g` (`placementGroupsSql`): only the rotations count. */
const MEASURE_SQL: Record<RotationMeasure, (g: string) => string> = {
  largest: (g) => `coalesce(max(${g}.minutes) FILTER (WHERE ${g}.rotation), 0)`,
  count: (g) => `count(*) FILTER (WHERE ${g}.rotation)`,
  total: (g) => `coalesce(sum(${g}.minutes) FILTER (WHERE ${g}.rotation), 0)`,
};

/**
 * Approved minutes per (component, placement) of enrollment `enrollmentExpr`, one row each with
 * `component`, `minutes` and `rotation` (whether the rule counts it as a rotation). A statement can
 * add its own sums over the same rows, so the totals are read once per student.
 */
export const placementGroupsSql = (enrollmentExpr: string, rule: RotationRule = ROTATION_RULE) => `
  SELECT h.component::text AS component, sum(h.approved_minutes) AS minutes,
         h.component = '${rule.component}' AND h.placement_id IS NOT NULL AND sum(h.approved_minutes) > 0 AS rotation
    FROM hour_totals h WHERE h.enrollment_id = ${enrollmentExpr}
   GROUP BY h.component, h.placement_id`;

/** Select expressions over placement groups `g`: the measures as rotation_largest, rotation_count and rotation_total (minutes). */
export const rotationTallySql = (g: string) => ROTATION_MEASURES.map((m) => `${MEASURE_SQL[m](g)} AS rotation_${m}`).join(', ');

/** Whether the tally `t` (`rotationTallySql`'s columns) meets the rule with the numbers of program row `p`. */
export function rotationMetSql(t: string, p: string, rule: RotationRule = ROTATION_RULE): string {
  const check = (c: RotationCheck) => `${t}.rotation_${c.measure} >= coalesce(${p}.${PROGRAM_COLUMN[c.atLeast]}, 0)${c.unit === 'hours' ? ' * 60' : ''}`;
  const all = (checks: readonly RotationCheck[]) => (checks.length ? `(${checks.map(check).join(' AND ')})` : 'true');
  const last = rule.alternatives.findIndex((a) => a.when === null);
  const chosen = last === -1 ? rule.alternatives : rule.alternatives.slice(0, last);
  const otherwise = last === -1 ? 'true' : all(rule.alternatives[last].checks);
  if (!chosen.length) return otherwise;
  return `CASE ${chosen.map((a) => `WHEN ${p}.${PROGRAM_COLUMN[a.when!]} IS NOT NULL THEN ${all(a.checks)}`).join(' ')} ELSE ${otherwise} END`;
}

/** The minutes to complete program row `p` (`minimumMinutes`): its total, or its requirements together if larger, each in whole minutes. */
export const minimumMinutesSql = (p: string) =>
  `greatest(round(${p}.min_total_hours * 60), coalesce((SELECT sum(round(r.min_hours * 60)) FROM program_requirements r WHERE r.program_id = ${p}.id), 0))`;

/**
 * One row: the approved and pending minutes logged on placement `placementExpr` of enrollment
 * `enrollmentExpr` (zeros when none), as progress counts them. Training plans and evaluations read
 * a placement's hours from here.
 */
export const placementMinutesSql = (enrollmentExpr: string, placementExpr: string) => `
  SELECT coalesce(sum(t.approved_minutes), 0) AS approved_minutes, coalesce(sum(t.pending_minutes), 0) AS pending_minutes
    FROM hour_totals t WHERE t.enrollment_id = ${enrollmentExpr} AND t.placement_id = ${placementExpr}`;

/** `minutesAsHoursText` (libs/shared) in SQL: hours with at most one decimal, no trailing ".0" ("96.5", "130"), for evidence text. */
export const minutesAsHoursTextSql = (minutesExpr: string) => `trim_scale(round((${minutesExpr}) / 60.0, 1))::text`;

/** `minutesAsFixedHoursText` (libs/shared) in SQL: hours with exactly two decimals ("12.50", "0.00"), for the roster and hour-log CSVs. */
export const minutesAsFixedHoursTextSql = (minutesExpr: string) => `round((${minutesExpr}) / 60.0, 2)::text`;
