import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { programTodaySql } from '../database/program-day';
import type { User } from '../auth/user.entity';
import { forbidden, notFound } from '../graphql/errors';
import { UUID } from '../graphql/input-values';

/** A SQL condition with its parameters, numbered from `offset + 1`. */
export interface ScopeCondition {
  sql: string;
  params: unknown[];
}


export type ScopeKind = 'program' | 'cohort' | 'enrollment' | 'student' | 'site' | 'placement' | 'hourEntry' | 'complianceRecord';

const TABLES: Record<ScopeKind, { table: string; label: string }> = {
  program: { table: 'programs', label: 'Program' },
  cohort: { table: 'cohorts', label: 'Cohort' },
  enrollment: { table: 'enrollments', label: 'Enrollment' },
  student: { table: 'students', label: 'Student' },
  site: { table: 'sites', label: 'Site' },
  placement: { table: 'placements', label: 'Placement' },
  hourEntry: { table: 'hour_entries', label: 'Hour entry' },
  complianceRecord: { table: 'compliance_records', label: 'Compliance record' },
};

/** The refusal of a record that exists but lies outside the caller's scope. */
export const outOfScope = (kind: ScopeKind) => forbidden(`This ${TABLES[kind].label.toLowerCase()} is outside the programs and cohorts you have access to.`);

/**
 * Row-level scope, checked in one place (docs/design.md §5): an admin sees their programs, an instructor
 * the cohorts they are assigned to, a student only their own enrollment, a preceptor the students
 * placed with them (and only the hours of those placements).
 * Every list query adds `condition(...)`; every read or write of one record calls `assert(...)`.
 */
@Injectable()
export class ScopeService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Whether the caller's scope is whole programs (an admin's) rather than cohorts within them: a
   * report then counts every cohort of the program, and a snapshot of a whole program is theirs to see.
   */
  seesWholePrograms(user: User): boolean {
    return user.role === 'ADMIN';
  }

  /** Condition on rows of `kind` aliased `alias`; `offset` = number of params already used. */
  condition(user: User, kind: ScopeKind, alias: string, offset: number): ScopeCondition {
    const p = `$${offset + 1}`;
    const sql = this.conditionSql(user.role, kind, alias, p);
    return sql === 'false' ? { sql, params: [] } : { sql, params: [user.id] };
  }

  private conditionSql(role: User['role'], kind: ScopeKind, a: string, p: string): string {
    const adminPrograms = `(SELECT pa.program_id FROM program_admins pa WHERE pa.user_id = ${p})`;
    const instructorCohorts = `(SELECT ci.cohort_id FROM cohort_instructors ci WHERE ci.user_id = ${p})`;
    const ownStudents = `(SELECT st.id FROM students st WHERE st.user_id = ${p})`;
    // A preceptor's placements: theirs, from a week before the start to 30 days after the end
    // (late entries still need review), never outside that (docs/design.md §5), by the program's day.
    const preceptorPlacements = `(SELECT pl.id FROM placements pl JOIN preceptors pr ON pr.id = pl.preceptor_id JOIN programs pp ON pp.id = pl.program_id
      WHERE pr.user_id = ${p} AND ${programTodaySql('pp')} BETWEEN pl.start_date - 7 AND pl.end_date + 30)`;
    switch (role) {
      case 'ADMIN':
        // Every program-owned row carries its program id.
        return kind === 'program' ? `${a}.id IN ${adminPrograms}` : `${a}.program_id IN ${adminPrograms}`;
      case 'INSTRUCTOR': {
        const cohortEnrollments = `(SELECT en.id FROM enrollments en WHERE en.cohort_id IN ${instructorCohorts})`;
        switch (kind) {
          case 'program':
            return `${a}.id IN (SELECT c.program_id FROM cohorts c WHERE c.id IN ${instructorCohorts})`;
          case 'cohort':
            return `${a}.id IN ${instructorCohorts}`;
          case 'enrollment':
            return `${a}.cohort_id IN ${instructorCohorts}`;
          case 'student':
            return `${a}.id IN (SELECT en.student_id FROM enrollments en WHERE en.cohort_id IN ${instructorCohorts})`;
          case 'site':
            return `${a}.program_id IN (SELECT c.program_id FROM cohorts c WHERE c.id IN ${instructorCohorts})`;
          case 'placement':
          case 'hourEntry':
          case 'complianceRecord':
            return `${a}.enrollment_id IN ${cohortEnrollments}`;
        }
        break;
      }
      case 'STUDENT': {
        const ownEnrollments = `(SELECT en.id FROM enrollments en WHERE en.student_id IN ${ownStudents})`;
        switch (kind) {
          case 'program':
            return `${a}.id IN (SELECT st.program_id FROM students st WHERE st.user_id = ${p})`;
          case 'cohort':
            return `${a}.id IN (SELECT en.cohort_id FROM enrollments en WHERE en.student_id IN ${ownStudents})`;
          case 'enrollment':
            return `${a}.student_id IN ${ownStudents}`;
          case 'student':
            return `${a}.id IN ${ownStudents}`;
          case 'site':
            return `${a}.id IN (SELECT pl.site_id FROM placements pl WHERE pl.enrollment_id IN ${ownEnrollments})`;
          case 'placement':
          case 'hourEntry':
          case 'complianceRecord':
            return `${a}.enrollment_id IN ${ownEnrollments}`;
        }
        break;
      }
      case 'PRECEPTOR': {
        const placed = `(SELECT pl.enrollment_id FROM placements pl WHERE pl.id IN ${preceptorPlacements})`;
        switch (kind) {
          case 'enrollment':
            return `${a}.id IN ${placed}`;
          case 'student':
            return `${a}.id IN (SELECT en.student_id FROM enrollments en WHERE en.id IN ${placed})`;
          case 'site':
            return `${a}.id IN (SELECT pr.site_id FROM preceptors pr WHERE pr.user_id = ${p})`;
          case 'placement':
            return `${a}.id IN ${preceptorPlacements}`;
          case 'hourEntry':
            return `${a}.placement_id IN ${preceptorPlacements}`;
          case 'program':
          case 'cohort':
          case 'complianceRecord': // preceptors see "cleared / not cleared", never the records
            return 'false';
        }
        break;
      }
    }
    return 'false';
  }

  /**
   * Which accounts `user` may see and manage (the Users area, instructor and preceptor look-ups):
   * an admin, the people of their programs (directors, instructors of their cohorts, preceptors of
   * their sites, their students); an instructor, the students of their cohorts; nobody else.
   */
  userCondition(user: User, alias: string, offset: number): ScopeCondition {
    const p = `$${offset + 1}`;
    const a = alias;
    if (user.role === 'ADMIN') {
      const programs = `(SELECT pa.program_id FROM program_admins pa WHERE pa.user_id = ${p})`;
      return { sql: `${this.userInPrograms(a, programs)}`, params: [user.id] };
    }
    if (user.role === 'INSTRUCTOR') {
      return {
        sql: `${a}.id IN (SELECT st.user_id FROM students st JOIN enrollments en ON en.student_id = st.id
                           WHERE en.cohort_id IN (SELECT ci.cohort_id FROM cohort_instructors ci WHERE ci.user_id = ${p}))`,
        params: [user.id],
      };
    }
    return { sql: 'false', params: [] };
  }

  /** Accounts that belong to one of `programs` (a SQL list or subquery) in any role. */
  userInPrograms(a: string, programs: string): string {
    return `(${a}.id IN (SELECT pa2.user_id FROM program_admins pa2 WHERE pa2.program_id IN ${programs})
      OR ${a}.id IN (SELECT ci2.user_id FROM cohort_instructors ci2 JOIN cohorts c2 ON c2.id = ci2.cohort_id WHERE c2.program_id IN ${programs})
      OR ${a}.id IN (SELECT pr2.user_id FROM preceptors pr2 WHERE pr2.program_id IN ${programs})
      OR ${a}.id IN (SELECT st2.user_id FROM students st2 WHERE st2.program_id IN ${programs} AND st2.user_id IS NOT NULL))`;
  }

  /** Refuses unless `user` may see and manage the account `id` (NOT_FOUND / FORBIDDEN as `assert`). */
  async assertUser(user: User, id: string): Promise<void> {
    if (!UUID.test(id)) throw notFound('User');
    const scope = this.userCondition(user, 'u', 1);
    const rows: { visible: boolean }[] = await this.ds.query(`SELECT (${scope.sql}) AS visible FROM users u WHERE u.id = $1`, [id, ...scope.params]);
    if (!rows[0]) throw notFound('User');
    if (!rows[0].visible) throw forbidden('This account is outside the programs and cohorts you have access to.');
  }

  /**
   * Refuses unless `user` may see the record: NOT_FOUND when it does not exist, FORBIDDEN when it
   * exists outside the caller's scope. Returns the record's program id.
   */
  async assert(user: User, kind: ScopeKind, id: string): Promise<{ programId: string; timeZone: string }> {
    const { table, label } = TABLES[kind];
    if (!UUID.test(id)) throw notFound(label);
    const scope = this.condition(user, kind, 't', 1);
    const programCol = kind === 'program' ? 't.id' : 't.program_id';
    // The program's time zone comes along: it decides which day "today" is for the row (docs/design.md).
    const rows: { program_id: string; time_zone: string; visible: boolean }[] = await this.ds.query(
      `SELECT ${programCol} AS program_id, (SELECT tz.time_zone FROM programs tz WHERE tz.id = ${programCol}) AS time_zone, (${scope.sql}) AS visible
       FROM ${table} t WHERE t.id = $1`,
      [id, ...scope.params],
    );
    if (!rows[0]) throw notFound(label);
    if (!rows[0].visible) throw outOfScope(kind);
    return { programId: rows[0].program_id, timeZone: rows[0].time_zone };
  }
}
