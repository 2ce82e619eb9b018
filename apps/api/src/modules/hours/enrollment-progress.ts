import { computeProgress, todayIn, type Progress } from '@ptp/shared';
import type { Loaders } from '../../graphql/loaders';
import type { Enrollment } from '../student/enrollment.entity';

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
