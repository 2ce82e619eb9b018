import { computeProgress, graduationGaps } from '@ptp/shared';
import type { EntityManager } from 'typeorm';
import { progressInputColumns, progressInputOf, type ProgressInputRow } from '../hours/enrollment-progress';
import { ComplianceItem, ComplianceRecord } from '../compliance/compliance.entity';
import { ComplianceService } from '../compliance/compliance.service';
import { Program, ProgramRequirement } from '../program/program.entity';
import type { Enrollment } from './enrollment.entity';

/**
 * The program requirements a graduation on `graduatesOn` would leave unmet (empty: none), from the
 * same figures the progress page shows: computeProgress over the maintained hour totals (approved
 * minutes only), the required compliance items as of the last placement's end (or the graduation
 * day, whichever is earlier) and the program's competencies.
 */
export async function unmetGraduationRequirements(em: EntityManager, enrollment: Enrollment, graduatesOn: string): Promise<string[]> {
  const [program, requirements, totals, items, records, placementEnds, competencies] = await Promise.all([
    em.getRepository(Program).findOneByOrFail({ id: enrollment.programId }),
    em.getRepository(ProgramRequirement).findBy({ programId: enrollment.programId }),
    // The progress page's own input (one SQL definition), so a graduation and the page never disagree.
    em.query(`SELECT x.id, ${progressInputColumns('x.id').join(', ')} FROM (SELECT $1::uuid AS id) x`, [enrollment.id]) as Promise<ProgressInputRow[]>,
    em.getRepository(ComplianceItem).findBy({ programId: enrollment.programId }),
    em.getRepository(ComplianceRecord).findBy({ enrollmentId: enrollment.id }),
    em.query(`SELECT to_char(max(end_date), 'YYYY-MM-DD') AS "endDate" FROM placements WHERE enrollment_id = $1`, [enrollment.id]) as Promise<{ endDate: string | null }[]>,
    em.query(
      `SELECT count(*)::int AS required, count(s.id)::int AS signed
         FROM program_competencies pc
         LEFT JOIN competency_signoffs s ON s.competency_id = pc.competency_id AND s.enrollment_id = $2
        WHERE pc.program_id = $1`,
      [enrollment.programId, enrollment.id],
    ) as Promise<{ required: number; signed: number }[]>,
  ]);
  // The window only feeds the projection, which graduation does not look at.
  const progress = computeProgress({ ...program, requirements }, progressInputOf(totals[0]).rows, {
    today: graduatesOn, externshipStartDate: graduatesOn, externshipEndDate: graduatesOn, recentMinutes: 0,
  });
  const lastPlacementEnd = placementEnds[0]?.endDate ?? null;
  const asOf = lastPlacementEnd !== null && lastPlacementEnd < graduatesOn ? lastPlacementEnd : graduatesOn;
  const compliance = ComplianceService.itemStates(items, records, asOf, null).map((s) => ({ name: s.item.name, state: s.state }));
  return graduationGaps({ progress, compliance, competencies: competencies[0] ?? { required: 0, signed: 0 } });
}
