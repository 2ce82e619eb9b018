import { computeProgress, PACE_WINDOW_DAYS, todayIn, type HourAggregateRow, type Progress } from '@ptp/shared';
import type { Loaders } from '../../graphql/loaders';
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
export async function enrollmentProgress(loaders: Pick<Loaders, 'hourAggregates' | 'cohort' | 'program' | 'requirementsByProgram'>, e: Enrollment): Promise<Progress> {
  const [totals, cohort, program, requirements] = await Promise.all([
    loaders.hourAggregates.load(e.id),
    loaders.cohort.load(e.cohortId),
    loaders.program.load(e.programId),
    loaders.requirementsByProgram.load(e.programId),
  ]);
  if (!cohort || !program) throw new Error(`Enrollment ${e.id} lost its cohort or program`);
  return computeProgress({ ...program, requirements }, totals.rows, {
    recentMinutes: totals.recentMinutes,
    today: todayIn(program.timeZone),
    externshipStartDate: cohort.externshipStartDate,
    externshipEndDate: cohort.externshipEndDate,
    status: e.status,
    placementStartDate: totals.placementStartDate,
  });
}
