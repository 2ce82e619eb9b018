import { Injectable } from '@nestjs/common';
import { EnrollmentStatus } from '@ptp/shared';
import { DataSource } from 'typeorm';
import {
  containsPattern, entityColumns, hydrate, hydrateJson, jsonColumns, KeysetQuery, PageArgs, oncePerKey, pagePrimer, PagePrimer, paginate, rowJsonById, rowJsonByIdExpr, SortDirection,
} from '../../common/graphql/connection';
import type { Loaders } from '../../graphql/loaders';
import { progressInputColumns, progressInputOf, type ProgressInputRow } from '../hours/enrollment-progress';
import { badInput, notFound } from '../../common/graphql/errors';
import { UUID } from '../../common/graphql/input-values';
import { preparedQuery } from '../../common/database/prepared';
import { outOfScope, ScopeService } from '../../common/scope/scope.service';
import { InvitationService } from '../account/invitation.service';
import { AuditService } from '../audit/audit.service';
import { Cohort } from '../cohort/cohort.entity';
import { Program, ProgramRequirement } from '../program/program.entity';
import type { User } from '../../common/auth/user.entity';
import {
  EnrollmentFilter, EnrollmentOrder, EnrollmentSortField, EnrollStudentInput, StudentFilter, UpdateStudentInput,
} from './dto/student.input';
import { Enrollment, EnrollmentStatusEvent } from './enrollment.entity';
import { Student } from './student.entity';
import { Placement } from '../site/site.entity';

/** How `progressColumns` refers to an enrollment's columns: the table's (`e.cohort_id`), or a page row's after the LIMIT (`e."cohortId"`). */
interface EnrollmentRefs {
  id: string;
  cohortId: string;
  programId: string;
  /** On a page, `expr` (a relation many rows share, keyed by `key`) only on the first row of each key; elsewhere NULL. */
  once?: (key: string, expr: string) => string;
}
const TABLE_REFS: EnrollmentRefs = { id: 'e.id', cohortId: 'e.cohort_id', programId: 'e.program_id' };
/**
 * A roster page's enrollments, after the LIMIT. Its rows share one cohort and one program: PostgreSQL builds their JSON
 * (and the requirements) on the first row of each, in page order, instead of on all fifty; the loaders are primed from
 * that row (docs/performance.md §4).
 */
const pageRefs = (direction: SortDirection): EnrollmentRefs => ({
  id: 'e.id',
  cohortId: 'e."cohortId"',
  programId: 'e."programId"',
  once: (key, expr) => oncePerKey('e', direction, key, expr),
});

const SORT_EXPRESSIONS: Record<EnrollmentSortField, string> = {
  NAME: `lower(s.last_name || ' ' || s.first_name)`,
  STUDENT_NUMBER: `s.student_number`,
  STATUS: `e.status::text`,
  ENROLLED_ON: `to_char(e.enrolled_on, 'YYYY-MM-DD')`,
};

const nameSearch = (p: string) =>
  `(lower(s.last_name || ', ' || s.first_name) LIKE lower(${p}) OR lower(s.first_name || ' ' || s.last_name) LIKE lower(${p})
    OR s.email LIKE lower(${p}) OR s.student_number ILIKE ${p})`;

@Injectable()
export class StudentService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly invitations: InvitationService,
  ) {}

  listStudents(user: User, page: PageArgs & { withTotalCount?: boolean }, filter: StudentFilter = {}) {
    const scope = this.scope.condition(user, 'student', 's', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.programId) {
      params.push(filter.programId);
      where.push(`s.program_id = $${params.length}`);
    }
    if (filter.cohortId) {
      params.push(filter.cohortId);
      where.push(`s.id IN (SELECT student_id FROM enrollments WHERE cohort_id = $${params.length})`);
    }
    if (filter.search?.trim()) {
      params.push(containsPattern(filter.search));
      where.push(nameSearch(`$${params.length}`));
    }
    return paginate(this.ds, Student, { alias: 's', from: 'students s', where, params, sortExpr: SORT_EXPRESSIONS.NAME, direction: SortDirection.ASC }, page);
  }

  /**
   * The cohort roster (or a student's enrollments): one statement for the page, one for the count.
   * `preload` fetches, in the page statement itself, what the roster's fields need (the student; the
   * cohort, program, requirements and hour totals behind `progress`) and primes the request's
   * loaders with it, so those fields cost no further statement.
   */
  listEnrollments(
    user: User,
    page: PageArgs & { withTotalCount?: boolean },
    filter: EnrollmentFilter = {},
    order?: EnrollmentOrder,
    preload?: { loaders: Loaders; student: boolean; progress: boolean },
  ) {
    const scope = this.scope.condition(user, 'enrollment', 'e', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.cohortId) {
      params.push(filter.cohortId);
      where.push(`e.cohort_id = $${params.length}`);
    }
    if (filter.studentId) {
      params.push(filter.studentId);
      where.push(`e.student_id = $${params.length}`);
    }
    if (filter.statuses?.length) {
      params.push(filter.statuses);
      where.push(`e.status = ANY($${params.length}::enrollment_status[])`);
    }
    if (filter.search?.trim()) {
      params.push(containsPattern(filter.search));
      where.push(nameSearch(`$${params.length}`));
    }
    const field = order?.field ?? EnrollmentSortField.NAME;
    return paginate(
      this.ds,
      Enrollment,
      {
        alias: 'e', from: 'enrollments e JOIN students s ON s.id = e.student_id', where, params, sortExpr: SORT_EXPRESSIONS[field],
        direction: order?.direction ?? SortDirection.ASC, ...(preload ? this.rosterPreload(preload, order?.direction ?? SortDirection.ASC) : {}),
      },
      page,
    );
  }

  /**
   * The roster page's related rows (the student, and what progress reads), built after the LIMIT for
   * the page's rows only, and the loader priming they feed (see listEnrollments).
   */
  private rosterPreload(
    { loaders, student, progress }: { loaders: Loaders; student: boolean; progress: boolean },
    direction: SortDirection,
  ): Pick<KeysetQuery<Enrollment>, 'related' | 'onRow'> {
    const select: string[] = [];
    if (student) select.push(rowJsonById('students', 'e."studentId"', 's__json'));
    if (progress) select.push(...this.progressColumns(pageRefs(direction)));
    const prime = pagePrimer();
    return {
      related: select.length ? { select, joins: '' } : undefined,
      onRow: (row, e) => {
        if (student) prime(loaders.student, e.studentId, () => hydrateJson(this.ds, Student, row.s__json));
        if (progress) this.primeProgress(loaders, prime, row, e);
      },
    };
  }

  /** What an enrollment's progress reads (cohort, program, requirements, hour totals), as columns over the enrollment `e`. */
  private progressColumns(e: EnrollmentRefs): string[] {
    const once = e.once ?? ((_key: string, expr: string) => expr);
    return [
      `${once(e.cohortId, rowJsonByIdExpr('cohorts', e.cohortId))} AS "c__json"`,
      `${once(e.programId, rowJsonByIdExpr('programs', e.programId))} AS "p__json"`,
      `${once(
        e.programId,
        `(SELECT coalesce(json_agg(${jsonColumns(this.ds, ProgramRequirement, 'r')} ORDER BY r.component, r.setting NULLS FIRST), '[]')
          FROM program_requirements r WHERE r.program_id = ${e.programId})::text`,
      )} AS "__requirements"`,
      ...progressInputColumns(e.id),
    ];
  }

  /**
   * Primes the loaders `enrollmentProgress` reads from a row with `progressColumns`: the progress
   * field then costs no statement. Rows of one cohort share its cohort and program (parsed once).
   */
  private primeProgress(loaders: Loaders, prime: PagePrimer, row: Record<string, unknown>, e: Enrollment): void {
    // On a page only the first row of each cohort and program carries them (pageRefs); the others have NULL.
    if (row.c__json !== null) prime(loaders.cohort, e.cohortId, () => hydrateJson(this.ds, Cohort, row.c__json));
    if (row.p__json !== null) prime(loaders.program, e.programId, () => hydrateJson(this.ds, Program, row.p__json));
    if (row.__requirements !== null) {
      prime(loaders.requirementsByProgram, e.programId, () =>
        (JSON.parse(row.__requirements as string) as Record<string, unknown>[]).map((r) => hydrate(this.ds, ProgramRequirement, r)),
      );
    }
    loaders.hourAggregates.prime(e.id, progressInputOf(row as unknown as ProgressInputRow));
  }

  async getStudent(user: User, id: string): Promise<Student> {
    await this.scope.assert(user, 'student', id);
    return this.ds.getRepository(Student).findOneByOrFail({ id });
  }

  /**
   * One enrollment, its scope check in the same prepared statement; with `progress`, what the
   * progress field reads comes along and primes the loaders, and with `placements` its placements
   * (the student's progress page: the session and this, two statements).
   */
  async getEnrollment(user: User, id: string, preload?: { loaders: Loaders; progress: boolean; placements?: boolean }): Promise<Enrollment> {
    if (!UUID.test(id)) throw notFound('Enrollment');
    const progress = Boolean(preload?.progress);
    const placements = Boolean(preload?.placements);
    const scope = this.scope.condition(user, 'enrollment', 'e', 1);
    const extra = [
      ...(progress ? this.progressColumns(TABLE_REFS) : []),
      ...(placements
        ? [`(SELECT coalesce(json_agg(to_json(pl) ORDER BY pl.start_date, pl.id), '[]')::text FROM placements pl WHERE pl.enrollment_id = e.id) AS "__placements"`]
        : []),
    ];
    const [row] = await preparedQuery(
      this.ds,
      `SELECT ${entityColumns(this.ds, Enrollment, 'e')}, (${scope.sql}) AS "__visible"${extra.map((x) => `, ${x}`).join('')}
         FROM enrollments e WHERE e.id = $1`,
      [id, ...scope.params],
    );
    if (!row) throw notFound('Enrollment');
    if (!row.__visible) throw outOfScope('enrollment');
    const enrollment = hydrate(this.ds, Enrollment, row);
    if (progress) this.primeProgress(preload!.loaders, pagePrimer(), row, enrollment);
    if (placements) {
      const list = JSON.parse(row.__placements as string) as unknown[];
      preload!.loaders.placementsByEnrollment.prime(enrollment.id, list.map((p) => hydrateJson(this.ds, Placement, p)));
    }
    return enrollment;
  }

  async enroll(user: User, requestId: string | null, input: EnrollStudentInput): Promise<Enrollment> {
    const { programId } = await this.scope.assert(user, 'cohort', input.cohortId);
    const cohort = await this.ds.getRepository(Cohort).findOneByOrFail({ id: input.cohortId });
    if (input.enrolledOn > cohort.expectedEndDate) {
      throw badInput(`enrolledOn: the cohort ends on ${cohort.expectedEndDate}; a student cannot enroll after that.`, [{ field: 'enrolledOn', message: `must be on or before ${cohort.expectedEndDate}` }]);
    }
    return this.ds.transaction(async (em) => {
      let student: Student;
      let created = false;
      if (input.studentId) {
        const found = await em.getRepository(Student).findOneBy({ id: input.studentId });
        if (!found || found.programId !== programId) throw notFound('Student');
        student = found;
      } else {
        const missing = (['firstName', 'lastName', 'email', 'studentNumber'] as const).filter((k) => !input[k]?.trim());
        if (missing.length) {
          throw badInput(
            `${missing.join(', ')}: required for a new student (or give studentId of an existing one).`,
            missing.map((field) => ({ field, message: 'is required' })),
          );
        }
        student = await em.getRepository(Student).save(
          em.getRepository(Student).create({
            programId,
            firstName: input.firstName!.trim(),
            lastName: input.lastName!.trim(),
            email: input.email!.trim().toLowerCase(),
            studentNumber: input.studentNumber!.trim(),
            phone: input.phone?.trim() || null,
            userId: null,
          }),
        );
        created = true;
      }
      const enrollment = await em.getRepository(Enrollment).save(
        em.getRepository(Enrollment).create({
          programId, cohortId: input.cohortId, studentId: student.id, enrolledOn: input.enrolledOn,
          status: EnrollmentStatus.ENROLLED, statusSince: input.enrolledOn,
        }),
      );
      await em.getRepository(EnrollmentStatusEvent).insert({
        programId, enrollmentId: enrollment.id, status: EnrollmentStatus.ENROLLED, effectiveOn: input.enrolledOn,
        reasonCode: 'NEW_START', note: null, recordedById: user.id,
      });
      if (created) {
        await this.audit.record(em, user, requestId, { action: 'student.create', entityType: 'Student', entityId: student.id, programId, after: student });
      }
      // The student's sign-in: an existing student account with this email, or a new one invited by email.
      if (!student.userId) {
        const [program]: { name: string }[] = await em.query(`SELECT name FROM programs WHERE id = $1`, [programId]);
        await this.invitations.provisionStudentAccounts(em, user, requestId, [
          { studentId: student.id, email: student.email, displayName: `${student.firstName} ${student.lastName}`, programName: program.name },
        ]);
      }
      await this.audit.record(em, user, requestId, { action: 'enrollment.create', entityType: 'Enrollment', entityId: enrollment.id, programId, after: enrollment });
      return enrollment;
    });
  }

  async updateStudent(user: User, requestId: string | null, input: UpdateStudentInput): Promise<Student> {
    const { programId } = await this.scope.assert(user, 'student', input.id);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Student);
      const before = await repo.findOneOrFail({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      const changes: Partial<Student> = {};
      if (input.firstName !== undefined) changes.firstName = input.firstName.trim();
      if (input.lastName !== undefined) changes.lastName = input.lastName.trim();
      if (input.email !== undefined) changes.email = input.email.trim().toLowerCase();
      if (input.phone !== undefined) changes.phone = input.phone?.trim() || null;
      if (!Object.keys(changes).length) return before;
      await repo.update({ id: input.id }, changes);
      const after = await repo.findOneByOrFail({ id: input.id });
      await this.audit.record(em, user, requestId, { action: 'student.update', entityType: 'Student', entityId: input.id, programId, before, after });
      return after;
    });
  }
}
