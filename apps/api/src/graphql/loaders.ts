import { Type } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ENROLLED_STATUSES, todayIn } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { Cohort } from '../modules/cohort/cohort.entity';
import { ComplianceItem, ComplianceRecord, Reminder } from '../modules/compliance/compliance.entity';
import { Competency, CompetencySignoff } from '../modules/competency/competency.entity';
import { Credential, Exam, ExamAttempt } from '../modules/exam/exam.entity';
import { EvaluationAnswer, EvaluationForm, EvaluationFormItem } from '../modules/evaluation/evaluation.entity';
import { ClockIn } from '../modules/hours/hour-entry.entity';
import { progressInputColumns, progressInputOf, type ProgressInput, type ProgressInputRow } from '../modules/hours/enrollment-progress';
import { EmploymentRecord, OutcomeMarker } from '../modules/outcome/outcome.entity';
import { complianceGapsOf } from '../modules/site/placement-compliance';
import { Placement, Preceptor, Site } from '../modules/site/site.entity';
import { Program, ProgramRequirement } from '../modules/program/program.entity';
import type { StoredReport } from '../modules/report/report.types';
import { Enrollment, EnrollmentStatusEvent } from '../modules/student/enrollment.entity';
import { Student } from '../modules/student/student.entity';
import { User } from '../common/auth/user.entity';
import { entityColumns, hydrate } from '../common/graphql/connection';
import type { AuthedRequest } from '../common/graphql/context';
import { ScopeService } from '../common/scope/scope.service';
import { preparedQuery } from '../common/database/prepared';
import { programTodaySql } from '../common/database/program-day';

export interface UserAccessRefs {
  programs: { id: string; name: string }[];
  cohorts: { id: string; name: string }[];
  sites: { id: string; name: string }[];
}

export interface CohortCounts {
  activeCount: number;
  enrollmentCount: number;
}

/**
 * A request's DataLoader that also keeps what a page statement primed it with, so a relation field
 * answers those synchronously (`get`): GraphQL then completes the field without a promise, which
 * on a 50-row page is most of its execution time (docs/performance.md §4).
 */
export class RequestLoader<K, V> extends DataLoader<K, V> {
  private readonly primed = new Map<K, V>();

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!this.primed.has(key) && !(value instanceof Error) && !isPromiseLike(value)) this.primed.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.primed.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primed.clear();
    return super.clearAll();
  }

  /** The primed value at once, or the batched load. */
  get(key: K): V | Promise<V> {
    return this.primed.has(key) ? this.primed.get(key)! : this.load(key);
  }
}

const isPromiseLike = (v: unknown): v is PromiseLike<unknown> => typeof (v as PromiseLike<unknown> | null)?.then === 'function';

/**
 * One set of DataLoaders per request: every relation field resolves through one of these, each
 * batching to a single `= ANY($1)` statement and answering in key order.
 */
export function createLoaders(ds: DataSource, scope: ScopeService, req: AuthedRequest) {
  const byId = <T extends { id: string }>(entity: Type<T>, table: string) =>
    new RequestLoader<string, T | null>(async (ids) => {
      const rows = await preparedQuery<Record<string, unknown>>(ds,
        `SELECT ${entityColumns(ds, entity, 't')} FROM ${table} t WHERE t.id = ANY($1::uuid[])`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.id as string, hydrate(ds, entity, r)]));
      return ids.map((id) => map.get(id) ?? null);
    });

  /** Rows grouped by `keyColumn`; `extra` may add a condition using $2.. (params after the keys). */
  const groupedBy = <T>(
    entity: Type<T>,
    from: string,
    keyColumn: string,
    orderBy: string,
    extra?: () => { sql: string; params: unknown[] },
  ) =>
    new RequestLoader<string, T[]>(async (keys) => {
      const cond = extra?.();
      const rows = await preparedQuery<Record<string, unknown>>(ds,
        `SELECT ${entityColumns(ds, entity, 't')}, ${keyColumn} AS "__key" FROM ${from}
          WHERE ${keyColumn} = ANY($1::uuid[]) ${cond ? `AND ${cond.sql}` : ''} ORDER BY ${orderBy}`,
        [keys, ...(cond?.params ?? [])],
      );
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const r of rows) groups.get(r.__key as string)?.push(hydrate(ds, entity, r));
      return keys.map((k) => groups.get(k) ?? []);
    });

  const todays = new Map<string, string>();
  return {
    /** A program zone's today, read once per request: a roster page's progress asks for it on every row. */
    today(timeZone: string): string {
      let day = todays.get(timeZone);
      if (day === undefined) todays.set(timeZone, (day = todayIn(timeZone)));
      return day;
    },
    program: byId(Program, 'programs'),
    cohort: byId(Cohort, 'cohorts'),
    student: byId(Student, 'students'),
    user: byId(User, 'users'),
    enrollment: byId(Enrollment, 'enrollments'),
    exam: byId(Exam, 'exams'),
    complianceItem: byId(ComplianceItem, 'compliance_items'),
    competenciesByProgram: groupedBy(Competency, 'competencies t JOIN program_competencies pc ON pc.competency_id = t.id', 'pc.program_id', 't.domain_number, t.sort_order, t.code'),
    signoffsByEnrollment: groupedBy(CompetencySignoff, 'competency_signoffs t', 't.enrollment_id', 't.signed_on, t.id'),
    complianceItemsByProgram: groupedBy(ComplianceItem, 'compliance_items t', 't.program_id', 't.sort_order, t.name'),
    complianceRecordsByEnrollment: groupedBy(ComplianceRecord, 'compliance_records t', 't.enrollment_id', 't.created_at'),
    remindersByEnrollment: groupedBy(Reminder, 'reminders t', 't.enrollment_id', 't.created_at DESC, t.kind'),
    examAttemptsByEnrollment: groupedBy(ExamAttempt, 'exam_attempts t', 't.enrollment_id', 't.taken_on, t.attempt_number, t.created_at'),
    credentialsByStudent: groupedBy(Credential, 'credentials t', 't.student_id', 't.issued_on, t.id'),
    employmentByEnrollment: groupedBy(EmploymentRecord, 'employment_records t', 't.enrollment_id', 't.start_date, t.id'),
    outcomeMarkersByEnrollment: groupedBy(OutcomeMarker, 'outcome_markers t', 't.enrollment_id', 't.documented_on, t.id'),
    site: byId(Site, 'sites'),
    preceptor: byId(Preceptor, 'preceptors'),
    placement: byId(Placement, 'placements'),
    evaluationForm: byId(EvaluationForm, 'evaluation_forms'),
    evaluationItemsByForm: groupedBy(EvaluationFormItem, 'evaluation_form_items t', 't.form_id', 't.sort_order'),
    evaluationAnswers: groupedBy(EvaluationAnswer, 'evaluation_answers t', 't.evaluation_id', 't.item_id'),
    preceptorsBySite: groupedBy(Preceptor, 'preceptors t', 't.site_id', 't.created_at, t.id'),
    placementsByEnrollment: groupedBy(Placement, 'placements t', 't.enrollment_id', 't.start_date, t.id'),
    /** What keeps each placement's student from being compliance-cleared through its end (empty: cleared). */
    placementComplianceGaps: new RequestLoader<string, string[]>((ids) => complianceGapsOf(ds, ids)),
    openClockIn: new RequestLoader<string, ClockIn | null>(async (enrollmentIds) => {
      const rows = await preparedQuery<Record<string, unknown>>(ds,
        `SELECT ${entityColumns(ds, ClockIn, 't')} FROM clock_ins t WHERE t.enrollment_id = ANY($1::uuid[])`,
        [enrollmentIds],
      );
      const map = new Map(rows.map((r) => [r.enrollmentId as string, hydrate(ds, ClockIn, r)]));
      return enrollmentIds.map((id) => map.get(id) ?? null);
    }),
    activePlacementCountBySite: new RequestLoader<string, number>(async (siteIds) => {
      const rows = await preparedQuery<{ site_id: string; n: number }>(ds,
        `SELECT pl.site_id, count(*)::int AS n FROM placements pl JOIN programs p ON p.id = pl.program_id
          WHERE pl.site_id = ANY($1::uuid[]) AND ${programTodaySql()} BETWEEN pl.start_date AND pl.end_date GROUP BY pl.site_id`,
        [siteIds],
      );
      const map = new Map(rows.map((r) => [r.site_id, r.n]));
      return siteIds.map((id) => map.get(id) ?? 0);
    }),
    /**
     * The progress input per enrollment (progressInputColumns: the hour totals a trigger maintains,
     * the pace window's minutes, the first placement's start): one statement per batch.
     */
    hourAggregates: new RequestLoader<string, ProgressInput>(async (enrollmentIds) => {
      const rows = await preparedQuery<ProgressInputRow>(ds,
        `SELECT x.id, ${progressInputColumns('x.id').join(', ')} FROM unnest($1::uuid[]) AS x(id)`,
        [enrollmentIds],
      );
      const byId = new Map(rows.map((r) => [r.id, progressInputOf(r)]));
      return enrollmentIds.map((k) => byId.get(k)!);
    }),
    /** The stored report of a listed snapshot (a list leaves it out: it can be large). */
    snapshotData: new RequestLoader<string, StoredReport | null>(async (ids) => {
      const rows = await preparedQuery<{ id: string; data: StoredReport }>(ds, `SELECT id, data FROM report_snapshots WHERE id = ANY($1::uuid[])`, [ids]);
      const map = new Map(rows.map((r) => [r.id, r.data]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** The student record linked to a sign-in (for "my record"). */
    studentIdByUser: new RequestLoader<string, string | null>(async (userIds) => {
      const rows = await preparedQuery<{ user_id: string; id: string }>(ds,
        `SELECT DISTINCT ON (user_id) user_id, id FROM students WHERE user_id = ANY($1::uuid[]) ORDER BY user_id, created_at`,
        [userIds],
      );
      const map = new Map(rows.map((r) => [r.user_id, r.id]));
      return userIds.map((id) => map.get(id) ?? null);
    }),
    /** The time zone a person's times are shown in: their program's, the first by name (docs/design.md). */
    timeZoneByUser: new RequestLoader<string, string | null>(async (userIds) => {
      const rows = await preparedQuery<{ user_id: string; time_zone: string }>(ds,
        `SELECT DISTINCT ON (m.user_id) m.user_id, p.time_zone
           FROM (SELECT user_id, program_id FROM program_admins
                 UNION SELECT ci.user_id, c.program_id FROM cohort_instructors ci JOIN cohorts c ON c.id = ci.cohort_id
                 UNION SELECT user_id, program_id FROM preceptors
                 UNION SELECT st.user_id, e.program_id FROM enrollments e JOIN students st ON st.id = e.student_id) m
           JOIN programs p ON p.id = m.program_id
          WHERE m.user_id = ANY($1::uuid[])
          ORDER BY m.user_id, lower(p.name), p.id`,
        [userIds],
      );
      const map = new Map(rows.map((r) => [r.user_id, r.time_zone]));
      return userIds.map((id) => map.get(id) ?? null);
    }),
    requirementsByProgram: groupedBy(ProgramRequirement, 'program_requirements t', 't.program_id', 't.component, t.setting NULLS FIRST'),
    instructorsByCohort: groupedBy(User, 'users t JOIN cohort_instructors ci ON ci.user_id = t.id', 'ci.cohort_id', 't.display_name'),
    statusHistory: groupedBy(EnrollmentStatusEvent, 'enrollment_status_events t', 't.enrollment_id', 't.effective_on, t.seq'),
    /** A student's enrollments that the caller may see (an instructor: only their cohorts). */
    enrollmentsByStudent: groupedBy(Enrollment, 'enrollments t', 't.student_id', 't.enrolled_on, t.id', () =>
      req.user ? scope.condition(req.user, 'enrollment', 't', 1) : { sql: 'false', params: [] },
    ),
    /** What each account gives access to, limited to the caller's programs (the Users area). */
    userAccess: new RequestLoader<string, UserAccessRefs>(async (userIds) => {
      const visible = req.user ? scope.condition(req.user, 'program', 'vp', 1) : { sql: 'false', params: [] };
      const rows = await preparedQuery<{ kind: 'program' | 'cohort' | 'site'; user_id: string; id: string; name: string }>(ds,
        `SELECT x.kind, x.user_id, x.id, x.name FROM (
            SELECT 'program' AS kind, pa.user_id, p.id, p.name, p.id AS program_id FROM program_admins pa JOIN programs p ON p.id = pa.program_id WHERE pa.user_id = ANY($1::uuid[])
            UNION ALL
            SELECT 'cohort', ci.user_id, c.id, c.code, c.program_id FROM cohort_instructors ci JOIN cohorts c ON c.id = ci.cohort_id WHERE ci.user_id = ANY($1::uuid[])
            UNION ALL
            SELECT 'cohort', st.user_id, c.id, c.code, c.program_id FROM students st JOIN enrollments en ON en.student_id = st.id JOIN cohorts c ON c.id = en.cohort_id WHERE st.user_id = ANY($1::uuid[])
            UNION ALL
            SELECT 'site', pr.user_id, s.id, s.name, s.program_id FROM preceptors pr JOIN sites s ON s.id = pr.site_id WHERE pr.user_id = ANY($1::uuid[])
          ) x WHERE x.program_id IN (SELECT vp.id FROM programs vp WHERE ${visible.sql})
          ORDER BY x.name`,
        [userIds, ...visible.params],
      );
      const groups = new Map<string, UserAccessRefs>(userIds.map((k) => [k, { programs: [], cohorts: [], sites: [] }]));
      for (const r of rows) groups.get(r.user_id)?.[`${r.kind}s`].push({ id: r.id, name: r.name });
      return userIds.map((k) => groups.get(k)!);
    }),
    cohortCounts: new RequestLoader<string, CohortCounts>(async (ids) => {
      const rows = await preparedQuery<{ cohort_id: string; active: number; total: number }>(ds,
        `SELECT cohort_id, count(*) FILTER (WHERE status = ANY($2::enrollment_status[]))::int AS active,
                count(*)::int AS total
           FROM enrollments WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id`,
        [ids, ENROLLED_STATUSES],
      );
      const map = new Map(rows.map((r) => [r.cohort_id, { activeCount: r.active, enrollmentCount: r.total }]));
      return ids.map((id) => map.get(id) ?? { activeCount: 0, enrollmentCount: 0 });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
