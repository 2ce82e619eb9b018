import { Role } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { notFound } from '../../common/graphql/errors';
import { User } from '../../common/auth/user.entity';

/** Anything that runs SQL: the data source or a transaction's entity manager. */
export type Db = Pick<EntityManager, 'query'>;

/** An account's role and scope, as audited before and after a change. */
export interface AccessSnapshot {
  role: Role;
  programIds: string[];
  cohortIds: string[];
  siteIds: string[];
}

/** One account, or NOT_FOUND (`lock`: FOR UPDATE, inside a transaction). */
export async function loadUser(ds: DataSource, db: Db, id: string, lock = false): Promise<User> {
  const rows: Record<string, unknown>[] = await db.query(`SELECT ${entityColumns(ds, User, 'u')} FROM users u WHERE u.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
  if (!rows[0]) throw notFound('User');
  return hydrate(ds, User, rows[0]);
}

export async function accessOf(db: Db, userId: string): Promise<AccessSnapshot> {
  const [row]: { role: Role; programs: string[]; cohorts: string[]; sites: string[] }[] = await db.query(
    `SELECT u.role,
            array(SELECT program_id::text FROM program_admins WHERE user_id = u.id ORDER BY 1) AS programs,
            array(SELECT cohort_id::text FROM cohort_instructors WHERE user_id = u.id ORDER BY 1) AS cohorts,
            array(SELECT site_id::text FROM preceptors WHERE user_id = u.id ORDER BY 1) AS sites
       FROM users u WHERE u.id = $1`,
    [userId],
  );
  return { role: row.role, programIds: row.programs, cohortIds: row.cohorts, siteIds: row.sites };
}

/** The names of the programs an account belongs to, for its invitation email. */
export async function programNamesOf(db: Db, userId: string): Promise<string[]> {
  const rows: { name: string }[] = await db.query(
    `SELECT DISTINCT p.name FROM programs p
      WHERE p.id IN (SELECT program_id FROM program_admins WHERE user_id = $1)
         OR p.id IN (SELECT c.program_id FROM cohorts c JOIN cohort_instructors ci ON ci.cohort_id = c.id WHERE ci.user_id = $1)
         OR p.id IN (SELECT program_id FROM preceptors WHERE user_id = $1)
         OR p.id IN (SELECT program_id FROM students WHERE user_id = $1)
      ORDER BY p.name`,
    [userId],
  );
  return rows.map((r) => r.name);
}
