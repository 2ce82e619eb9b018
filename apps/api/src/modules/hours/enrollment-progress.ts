import { computeProgress, type Progress } from '@ptp/shared';
import type { Loaders } from '../../common/graphql/loaders';
import type { Enrollment } from '../student/enrollment.entity';
import { ACTIVE } from './hours.service';

/**
 * Today's date in a program's time zone. Building an Intl.DateTimeFormat costs far more than using
 * one (it was a third of the roster page's CPU, once per student), so one is kept per time zone.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
export const todayIn = (timeZone: string) => {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date());
};

/**
 * One enrollment's progress toward every hour requirement, from the totals a trigger maintains
 * (the `hourAggregates` loader) and computeProgress: the progress page and the student record
 * both read it from here, so they can never disagree.
 */
export async function enrollmentProgress(loaders: Pick<Loaders, 'hourAggregates' | 'cohort' | 'program' | 'requirementsByProgram'>, e: Enrollment): Promise<Progress> {
  const [totals, cohort, program, requirements] = await Promise.all([
    loaders.hourAggregates.load(e.id),
    loaders.cohort.load(e.cohortId),
    loaders.program.load(e.programId),
    loaders.requirementsByProgram.load(e.programId),
  ]);
  if (!cohort || !program) throw new Error(`Enrollment ${e.id} lost its cohort or program`);
  const progress = computeProgress({ ...program, requirements }, totals.rows, {
    recentMinutes: totals.recentMinutes,
    today: todayIn(program.timeZone),
    externshipStartDate: cohort.externshipStartDate,
    externshipEndDate: cohort.externshipEndDate,
  });
  // Only a student taking part can fall behind: graduates, withdrawals, transfers and students on
  // leave are never "at risk of not finishing in time".
  return ACTIVE.includes(e.status) ? progress : { ...progress, atRisk: false };
}
