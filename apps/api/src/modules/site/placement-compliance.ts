import { userCan, Permission } from '@ptp/shared';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/graphql/errors';
import { complianceGapsSql } from '../compliance/compliance.sql';
import type { User } from '../../common/auth/user.entity';
import { programTodaySql } from '../../common/database/program-day';

const TODAY = programTodaySql();

/**
 * A placement needs the student compliance-cleared from today through its end (docs/design.md §3.2).
 * Under the program's BLOCK policy a gap refuses the placement, naming each item and its problem;
 * under FLAG the placement is made and the gaps it was made with are returned (for the audit row).
 */
export async function assertCompliancePolicy(em: EntityManager, enrollmentId: string, endDate: string): Promise<string[]> {
  const [row]: { policy: 'BLOCK' | 'FLAG'; gaps: string[] }[] = await em.query(
    `SELECT p.expired_compliance_policy::text AS policy, ${complianceGapsSql(TODAY, '$2::date')} AS gaps
       FROM enrollments e JOIN programs p ON p.id = e.program_id WHERE e.id = $1`,
    [enrollmentId, endDate],
  );
  if (row.gaps.length && row.policy === 'BLOCK') {
    throw badInput(
      `enrollmentId: the student is not compliance-cleared through the placement's end: ${row.gaps.join('; ')}. Verify current records first (or waive an item with a reason), then create the placement.`,
      [{ field: 'enrollmentId', message: 'not compliance-cleared through the placement end' }],
    );
  }
  return row.gaps;
}

/** Each placement's compliance gaps (complianceGapsSql) from current data, in one statement per batch. */
export async function complianceGapsOf(db: { query: EntityManager['query'] }, placementIds: readonly string[]): Promise<string[][]> {
  const rows: { id: string; gaps: string[] }[] = await db.query(
    `SELECT pl.id, ${complianceGapsSql(TODAY, 'pl.end_date')} AS gaps
       FROM placements pl JOIN enrollments e ON e.id = pl.enrollment_id JOIN programs p ON p.id = e.program_id
      WHERE pl.id = ANY($1::uuid[])`,
    [placementIds],
  );
  const byId = new Map(rows.map((r) => [r.id, r.gaps]));
  return placementIds.map((id) => byId.get(id) ?? []);
}

/**
 * What a caller sees of the gaps: the items and dates for those who may read compliance records;
 * preceptors, who see only cleared or not, one line without the items.
 */
export function gapsVisibleTo(user: User | undefined, gaps: string[]): string[] {
  if (!gaps.length || (user && userCan(user, Permission.COMPLIANCE_READ))) return gaps;
  return ['Not compliance-cleared through the placement end'];
}
