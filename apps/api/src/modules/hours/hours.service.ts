import { Injectable } from '@nestjs/common';
import { can, Permission } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared';
import { entityColumns, hydrate, KeysetQuery, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import type { Loaders } from '../../common/graphql/loaders';
import { badInput, conflict, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { auditInsertSql, AuditService } from '../audit/audit.service';
import { hoursWaitingSql } from '../notification/notification.sql';
import { NotificationService } from '../notification/notification.service';
import { Placement, Site } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { Student } from '../student/student.entity';
import type { User } from '../user/user.entity';
import { HourEntryFilter, LogHoursInput, UpdateHourEntryInput } from './dto/hours.input';
import { HourEntry } from './hour-entry.entity';
import { ACTIVE, checkDraft, clockedEditReason, complianceFlag, EntryDraft, explainOverlap, HOUR_AUDIT, inputRulesPass, lapsedSql } from './hour-rules';

/** Hour entries: the lists (the review queue among them), logging a shift and editing a waiting one. */
@Injectable()
export class HoursService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly auditService: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Hour entries, e.g. the review queue. `preload` fetches, in the page statement itself, the
   * enrollment and student, and the placement and site, that the queue shows for each entry, and
   * primes the request's loaders with them (those fields then cost no further statement).
   */
  list(
    user: User,
    page: PageArgs & { withTotalCount?: boolean },
    filter: HourEntryFilter = {},
    direction = SortDirection.DESC,
    preload?: { loaders: Loaders; enrollment: boolean; student: boolean; placement: boolean; site: boolean },
  ) {
    const scope = this.scope.condition(user, 'hourEntry', 'h', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.enrollmentId) {
      params.push(filter.enrollmentId);
      where.push(`h.enrollment_id = $${params.length}`);
    }
    if (filter.cohortId) {
      params.push(filter.cohortId);
      where.push(`h.enrollment_id IN (SELECT id FROM enrollments WHERE cohort_id = $${params.length})`);
    }
    if (filter.siteId) {
      params.push(filter.siteId);
      where.push(`h.placement_id IN (SELECT id FROM placements WHERE site_id = $${params.length})`);
    }
    if (filter.statuses?.length) {
      params.push(filter.statuses);
      where.push(`h.status = ANY($${params.length}::hour_entry_status[])`);
    }
    return paginate(
      this.ds,
      HourEntry,
      { alias: 'h', from: 'hour_entries h', where, params, sortExpr: 'h.started_at', direction, ...(preload ? this.listPreload(preload) : {}) },
      page,
    );
  }

  private listPreload(o: { loaders: Loaders; enrollment: boolean; student: boolean; placement: boolean; site: boolean }): Pick<KeysetQuery<HourEntry>, 'select' | 'joins' | 'onRow'> {
    const student = o.enrollment && o.student;
    const site = o.placement && o.site;
    const select: string[] = [];
    const joins: string[] = [];
    if (o.enrollment) {
      select.push(entityColumns(this.ds, Enrollment, 'qe', 'e__'));
      joins.push('JOIN enrollments qe ON qe.id = h.enrollment_id');
    }
    if (student) {
      select.push(entityColumns(this.ds, Student, 'qs', 's__'));
      joins.push('JOIN students qs ON qs.id = qe.student_id');
    }
    if (o.placement) {
      select.push(entityColumns(this.ds, Placement, 'qp', 'p__'));
      joins.push('LEFT JOIN placements qp ON qp.id = h.placement_id');
    }
    if (site) {
      select.push(entityColumns(this.ds, Site, 'qsi', 'si__'));
      joins.push('LEFT JOIN sites qsi ON qsi.id = qp.site_id');
    }
    return {
      select,
      joins: joins.join(' '),
      onRow: (row, h) => {
        if (o.enrollment) o.loaders.enrollment.prime(h.enrollmentId, hydrate(this.ds, Enrollment, row, 'e__'));
        if (student) o.loaders.student.prime(row.e__studentId as string, hydrate(this.ds, Student, row, 's__'));
        if (o.placement && h.placementId) o.loaders.placement.prime(h.placementId, hydrate(this.ds, Placement, row, 'p__'));
        if (site && h.placementId) o.loaders.site.prime(row.p__siteId as string, hydrate(this.ds, Site, row, 'si__'));
      },
    };
  }

  async get(user: User, id: string): Promise<HourEntry> {
    await this.scope.assert(user, 'hourEntry', id);
    return this.ds.getRepository(HourEntry).findOneByOrFail({ id });
  }

  /**
   * Logs one entry. The usual case is one statement (one round trip, one transaction): it checks
   * scope, role, enrollment status, placement, dates and compliance in SQL and writes the entry and
   * its audit row only when every rule passes (the exclusion constraint refuses overlaps). When it
   * writes nothing, the step-by-step path below runs the same rules to give the exact refusal.
   */
  async log(user: User, requestId: string | null, input: LogHoursInput): Promise<HourEntry> {
    const draft: EntryDraft = { ...input, placementId: input.placementId ?? null, activityNote: input.activityNote.trim() };
    if (inputRulesPass(draft)) {
      const logged = await this.logInOneStatement(user, requestId, draft);
      if (logged) return logged;
    }
    await this.scope.assert(user, 'enrollment', input.enrollmentId);
    const ctx = await checkDraft(this.ds.manager, user, draft);
    const minutes = Math.floor((draft.endedAt.getTime() - draft.startedAt.getTime()) / 60_000);
    const onBehalf = user.id !== ctx.student_user_id;
    try {
      const rows: Record<string, unknown>[] = await this.ds.query(
        `WITH e AS (
           INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, minutes, activity_note, logged_by, compliance_flag)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $13) RETURNING *
         ), a AS (
           ${auditInsertSql(this.ds, { ...HOUR_AUDIT, from: 'e', actor: '$10', action: '$11', requestId: '$12' })}
         ), n AS (${hoursWaitingSql('e')})
         SELECT ${entityColumns(this.ds, HourEntry, 'e')} FROM e`,
        [ctx.program_id, draft.enrollmentId, draft.placementId, draft.component, ctx.site_setting, draft.startedAt, draft.endedAt, minutes, draft.activityNote, user.id, onBehalf ? 'hours.logOnBehalf' : 'hours.log', requestId, complianceFlag(ctx)],
      );
      return hydrate(this.ds, HourEntry, rows[0]);
    } catch (err) {
      throw await explainOverlap(this.ds, err, draft);
    }
  }

  /** `log` in one statement when the database rules pass; null when it wrote nothing. Same rules as `checkDraft`. */
  private async logInOneStatement(user: User, requestId: string | null, d: EntryDraft): Promise<HourEntry | null> {
    const experiential = d.component === 'EXPERIENTIAL';
    const minutes = Math.floor((d.endedAt.getTime() - d.startedAt.getTime()) / 60_000);
    const scope = this.scope.condition(user, 'enrollment', 'e', 12);
    try {
      const rows = await preparedQuery(
        this.ds,
        `WITH ok AS (
           SELECT e.id, e.program_id, st.user_id AS student_user_id, si.setting, p.expired_compliance_policy AS policy, ${lapsedSql('$3', '$5')} AS lapsed
             FROM enrollments e
             JOIN students st ON st.id = e.student_id
             JOIN programs p ON p.id = e.program_id
             LEFT JOIN placements pl ON pl.id = $2::uuid
             LEFT JOIN sites si ON si.id = pl.site_id
            WHERE e.id = $1::uuid AND (${scope.sql})
              AND CASE WHEN st.user_id = $9::uuid THEN $10::boolean ELSE $11::boolean END
              AND e.status::text = ANY('{${ACTIVE.join(',')}}'::text[])
              AND ($3::timestamptz AT TIME ZONE p.time_zone)::date >= e.enrolled_on
              AND (NOT $5::boolean OR (pl.enrollment_id = e.id
                   AND ($3::timestamptz AT TIME ZONE p.time_zone)::date >= pl.start_date
                   AND (($4::timestamptz - interval '1 microsecond') AT TIME ZONE p.time_zone)::date <= pl.end_date))
         ), e AS (
           INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, minutes, activity_note, logged_by, compliance_flag)
           SELECT ok.program_id, ok.id, $2::uuid, $6::hour_component, ok.setting, $3::timestamptz, $4::timestamptz, $7::int, $8::text, $9::uuid,
                  CASE WHEN ok.policy = 'FLAG' AND cardinality(ok.lapsed) > 0 THEN 'Compliance not current on the shift date: ' || array_to_string(ok.lapsed, ', ') END
             FROM ok WHERE NOT (ok.policy = 'BLOCK' AND cardinality(ok.lapsed) > 0)
           RETURNING *
         ), a AS (
           ${auditInsertSql(this.ds, {
             ...HOUR_AUDIT, from: 'e CROSS JOIN ok', actor: '$9::uuid', requestId: '$12::text',
             action: `CASE WHEN ok.student_user_id = $9::uuid THEN 'hours.log' ELSE 'hours.logOnBehalf' END`,
           })}
         ), n AS (${hoursWaitingSql('e')})
         SELECT ${entityColumns(this.ds, HourEntry, 'e')} FROM e`,
        [
          d.enrollmentId, d.placementId, d.startedAt, d.endedAt, experiential, d.component, minutes, d.activityNote, user.id,
          can(user.role, Permission.HOURS_LOG), can(user.role, Permission.HOURS_LOG_FOR_STUDENT), requestId, ...scope.params,
        ],
      );
      return rows[0] ? hydrate(this.ds, HourEntry, rows[0]) : null;
    } catch (err) {
      throw await explainOverlap(this.ds, err, d);
    }
  }

  /** The student edits a waiting entry (or answers "needs info"): back to SUBMITTED, version bumped. */
  async update(user: User, requestId: string | null, input: UpdateHourEntryInput): Promise<HourEntry> {
    await this.scope.assert(user, 'hourEntry', input.id);
    return this.ds.transaction(async (em) => {
      const before = await em.getRepository(HourEntry).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw notFound('Hour entry');
      if (before.version !== input.version) throw conflict('This entry changed since you opened it (it may have been reviewed). Reload it and try again.');
      if (before.status !== 'SUBMITTED' && before.status !== 'NEEDS_INFO') {
        throw badInput(`status: an entry that is ${before.status === 'APPROVED' ? 'approved is locked; ask your instructor to reopen it' : 'rejected cannot be edited; log the shift again'}.`);
      }
      const draft: EntryDraft = {
        enrollmentId: before.enrollmentId,
        component: input.component ?? before.component,
        placementId: input.placementId !== undefined ? input.placementId : before.placementId,
        startedAt: input.startedAt ?? before.startedAt,
        endedAt: input.endedAt ?? before.endedAt,
        activityNote: (input.activityNote ?? before.activityNote).trim(),
      };
      if (input.component && input.component !== 'EXPERIENTIAL' && input.placementId === undefined) draft.placementId = null;
      const editReason = clockedEditReason(before, draft, input.editReason);
      const ctx = await checkDraft(em, user, draft);
      const minutes = Math.floor((draft.endedAt.getTime() - draft.startedAt.getTime()) / 60_000);
      try {
        await em.query(
          `UPDATE hour_entries SET component = $2, placement_id = $3, setting = $4, started_at = $5, ended_at = $6, minutes = $7,
                  activity_note = $8, compliance_flag = $9, edit_reason = $10, status = 'SUBMITTED', version = version + 1, updated_at = now() WHERE id = $1`,
          [before.id, draft.component, draft.placementId, ctx.site_setting, draft.startedAt, draft.endedAt, minutes, draft.activityNote, complianceFlag(ctx), editReason],
        );
      } catch (err) {
        throw await explainOverlap(this.ds, err, draft, before.id);
      }
      const after = await em.getRepository(HourEntry).findOneByOrFail({ id: before.id });
      // An answered question puts the entry back in the preceptor's queue; an edit while waiting does not.
      if (before.status === 'NEEDS_INFO') await this.notifications.hoursWaiting(em, after.id);
      await this.auditService.record(em, user, requestId, {
        action: before.status === 'NEEDS_INFO' ? 'hours.resubmit' : 'hours.update', entityType: 'HourEntry', entityId: after.id, programId: after.programId, before, after,
      });
      return after;
    });
  }

}
