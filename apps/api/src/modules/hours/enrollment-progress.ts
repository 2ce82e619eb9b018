import { computeProgress, PACE_WINDOW_DAYS, type HourAggregateRow, type Progress } from '@ptp/shared';
import type { Loaders } from '../../graphql/loaders';
import type { Cohort } from '../cohort/cohort.entity';
import type { Program, ProgramRequirement } from '../program/program.entity';
import type { Enrollment } from '../student/enrollment.entity';

/** What computeProgress needs of one enrollment besides its program and cohort. */
export interface ProgressInput {
  rows: HourAggregateRow[];
  recentMinutes: number;
  /** The first placement's start: before it nobody is behind. */
  placementStartDate: string | null;
}
export interface ProgressInputRow {
  id: string;
  __totals: HourAggregateRow[];
  __recent: number;
  __placementStart: string | null;
}

/**
 * The one definition of the progress input of enrollment `idExpr`, as three select expressions
 * (the maintained hour totals, the pace window's minutes, the first placement's start): used by the
 * loader and inside the roster's page statement alike.
 */
export function progressInputColumns(idExpr: string): string[] {
  return [
    `(SELECT coalesce(json_agg(json_build_object('component', t.component, 'setting', t.setting, 'placementId', t.placement_id,
              'approvedMinutes', t.approved_minutes, 'pendingMinutes', t.pending_minutes)), '[]')
        FROM hour_totals t WHERE t.enrollment_id = ${idExpr}) AS "__totals"`,
    `(SELECT coalesce(sum(h.minutes), 0)::int FROM hour_entries h
       WHERE h.enrollment_id = ${idExpr} AND h.started_at >= now() - make_interval(days => ${PACE_WINDOW_DAYS}) AND h.status <> 'REJECTED') AS "__recent"`,
    `(SELECT min(pl.start_date)::text FROM placements pl WHERE pl.enrollment_id = ${idExpr}) AS "__placementStart"`,
  ];
}

export const progressInputOf = (row: Omit<ProgressInputRow, 'id'>): ProgressInput => ({
  rows: row.__totals,
  recentMinutes: row.__recent,
  placementStartDate: row.__placementStart,
});

/**
 * One enrollment's progress toward every hour requirement, from the totals a trigger maintains
 * (the `hourAggregates` loader) and computeProgress: the progress page and the student record
 * both read it from here, so they can never disagree. At risk is decided inside computeProgress
 * (docs/design.md §3.4).
 */
export function enrollmentProgress(loaders: Pick<Loaders, 'hourAggregates' | 'cohort' | 'program' | 'requirementsByProgram' | 'today'>, e: Enrollment): Progress | Promise<Progress> {
  const totals = loaders.hourAggregates.get(e.id);
  const cohort = loaders.cohort.get(e.cohortId);
  const program = loaders.program.get(e.programId);
  const requirements = loaders.requirementsByProgram.get(e.programId);
  // A roster page primed all four: answer at once (no promise per row).
  if (!(totals instanceof Promise || cohort instanceof Promise || program instanceof Promise || requirements instanceof Promise)) {
    return progressOf(loaders, e, totals, cohort, program, requirements);
  }
  return Promise.all([totals, cohort, program, requirements]).then((loaded) => progressOf(loaders, e, ...loaded));
}

/** A program's rules with its requirements, built once per pair (every row of a roster page shares them). */
type ProgressRules = Parameters<typeof computeProgress>[0];
const rulesCache = new WeakMap<ProgramRequirement[], { program: Program; rules: ProgressRules }>();
function rulesOf(program: Program, requirements: ProgramRequirement[]): ProgressRules {
  const hit = rulesCache.get(requirements);
  if (hit?.program === program) return hit.rules;
  const rules: ProgressRules = { ...program, requirements };
  rulesCache.set(requirements, { program, rules });
  return rules;
}

function progressOf(
  loaders: Pick<Loaders, 'today'>, e: Enrollment, totals: ProgressInput, cohort: Cohort | null, program: Program | null, requirements: ProgramRequirement[],
): Progress {
  if (!cohort || !program) throw new Error(`Enrollment ${e.id} lost its cohort or program`);
  return computeProgress(rulesOf(program, requirements), totals.rows, {
    recentMinutes: totals.recentMinutes,
    today: loaders.today(program.timeZone),
    externshipStartDate: cohort.externshipStartDate,
    externshipEndDate: cohort.externshipEndDate,
    status: e.status,
    placementStartDate: totals.placementStartDate,
  });
}
