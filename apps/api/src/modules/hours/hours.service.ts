import { Injectable } from '@nestjs/common';
import { ACTIVE_STATUSES, can, clockedEditRule, HourComponent, MAX_ENTRY_MINUTES, Permission } from '@ptp/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared';
import { entityColumns, hydrate, KeysetQuery, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import type { Loaders } from '../../common/graphql/loaders';
import { badInput, conflict, forbidden, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { auditInsertSql, AuditService } from '../audit/audit.service';
import { lapsedItemsSql } from '../compliance/compliance.sql';
import { hourReviewedSql, hoursWaitingSql, REVIEW_KIND } from '../notification/notification.sql';
import { NotificationService } from '../notification/notification.service';
import { Placement, Site } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { Student } from '../student/student.entity';
import type { User } from '../user/user.entity';
import {
  ApproveHourEntriesInput, ClockInInput, ClockOutInput, HourEntryFilter, LogHoursInput, ReopenHourEntryInput, ReviewDecision,
  ReviewHourEntryInput, UpdateHourEntryInput,
} from './dto/hours.input';
import { ApproveHourEntriesResult, refusalOf } from './dto/approve-result';
import { ClockIn, HourEntry } from './hour-entry.entity';

/** Statuses in which a student takes part in the program: logs hours, and can fall behind. */
export const ACTIVE: readonly string[] = ACTIVE_STATUSES;
/** A clock may run a little fast: entries may end up to a minute "in the future". */
const CLOCK_SKEW_MS = 60_000;
/** Hour entries' audit rows written inside the hour statements (same payload as AuditService.record). */
const HOUR_AUDIT = { alias: 'e', entity: HourEntry, entityType: 'HourEntry' };

interface EntryDraft {
  enrollmentId: string;
  component: HourComponent;
  placementId: string | null;
  startedAt: Date;
  endedAt: Date;
  activityNote: string;
}

interface EntryContext {
  program_id: string;
  status: string;
  student_user_id: string | null;
  enrolled_on: string;
  placement_enrollment_id: string | null;
  placement_start: string | null;
  placement_end: string | null;
  site_name: string | null;
  site_setting: string | null;
  start_day: string;
  end_day: string;
  /** Required compliance items not valid on the shift's day. */
  lapsed: string[];
  policy: 'BLOCK' | 'FLAG';
}

/**
 * The rules `checkDraft` applies that need no database (durations, future end, placement given or
 * not), for the one-statement path of `log`; when one fails, the step-by-step path reports it.
 */
function inputRulesPass(d: EntryDraft): boolean {
  const ms = d.endedAt.getTime() - d.startedAt.getTime();
  if (ms < 60_000 || ms > MAX_ENTRY_MINUTES * 60_000) return false;
  if (d.endedAt.getTime() > Date.now() + CLOCK_SKEW_MS) return false;
  return d.component === 'EXPERIENTIAL' ? Boolean(d.placementId) : !d.placementId;
}

/** Program policy FLAG: the shift is kept but marked, so it never counts without a reviewer seeing why. */
const complianceFlag = (ctx: EntryContext) =>
  ctx.lapsed.length && ctx.policy === 'FLAG' ? `Compliance not current on the shift date: ${ctx.lapsed.join(', ')}` : null;

/**
 * Names of the program's required compliance items not valid on the shift's first day (program time
 * zone), for experiential hours only (the one definition in compliance.sql.ts). Enrollment `e`,
 * program `p`; `start` and `experiential` are the placeholders of the shift start and of "is experiential".
 */
const lapsedSql = (start: string, experiential: string) => lapsedItemsSql(`(${start}::timestamptz AT TIME ZONE p.time_zone)::date`, `${experiential}::boolean`);

/** The reason kept on an edited entry: required when clocked times move (clockedEditRule, libs/shared). */
function clockedEditReason(before: HourEntry, d: EntryDraft, given: string | undefined): string | null {
  const rule = clockedEditRule({ ...before, newStartedAt: d.startedAt, newEndedAt: d.endedAt });
  const reason = given?.trim() || null;
  if (rule === 'CLEAR') return null;
  if (rule === 'KEEP') return reason ?? before.editReason;
  if (!reason) {
    throw badInput('editReason: this shift was clocked in and out; say why its start or end time is changing (your reviewer sees both times).', [
      { field: 'editReason', message: 'is required when changing clocked times' },
    ]);
  }
  return reason;
}

const fmtDay = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

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
    const ctx = await this.checkDraft(this.ds.manager, user, draft);
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
      throw await this.explainOverlap(err, draft);
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
      throw await this.explainOverlap(err, d);
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
      const ctx = await this.checkDraft(em, user, draft);
      const minutes = Math.floor((draft.endedAt.getTime() - draft.startedAt.getTime()) / 60_000);
      try {
        await em.query(
          `UPDATE hour_entries SET component = $2, placement_id = $3, setting = $4, started_at = $5, ended_at = $6, minutes = $7,
                  activity_note = $8, compliance_flag = $9, edit_reason = $10, status = 'SUBMITTED', version = version + 1, updated_at = now() WHERE id = $1`,
          [before.id, draft.component, draft.placementId, ctx.site_setting, draft.startedAt, draft.endedAt, minutes, draft.activityNote, complianceFlag(ctx), editReason],
        );
      } catch (err) {
        throw await this.explainOverlap(err, draft, before.id);
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

  async clockIn(user: User, requestId: string | null, input: ClockInInput): Promise<ClockIn> {
    await this.scope.assert(user, 'enrollment', input.enrollmentId);
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    // Check the placement as for a one-minute shift starting now.
    const ctx = await this.checkDraft(this.ds.manager, user, {
      enrollmentId: input.enrollmentId, component: 'EXPERIENTIAL', placementId: input.placementId,
      startedAt: now, endedAt: new Date(now.getTime() + 60_000), activityNote: 'clock in',
    }, { allowFutureEnd: true });
    return this.ds.transaction(async (em) => {
      const open: { started_at: Date }[] = await em.query(`SELECT started_at FROM clock_ins WHERE enrollment_id = $1`, [input.enrollmentId]);
      if (open[0]) throw badInput(`You are already clocked in since ${open[0].started_at.toISOString()}. Clock out first.`);
      const rows: Record<string, unknown>[] = await em.query(
        `INSERT INTO clock_ins (program_id, enrollment_id, placement_id, started_at) VALUES ($1, $2, $3, $4) RETURNING ${entityColumns(this.ds, ClockIn, 'clock_ins')}`,
        [ctx.program_id, input.enrollmentId, input.placementId, now],
      );
      const clock = hydrate(this.ds, ClockIn, rows[0]);
      await this.auditService.record(em, user, requestId, { action: 'hours.clockIn', entityType: 'ClockIn', entityId: clock.id, programId: ctx.program_id, after: clock });
      return clock;
    });
  }

  /** Closes the open clock-in into a SUBMITTED entry stamped with server time. */
  async clockOut(user: User, requestId: string | null, input: ClockOutInput): Promise<HourEntry> {
    await this.scope.assert(user, 'enrollment', input.enrollmentId);
    const [clock]: { placement_id: string; started_at: Date }[] = await this.ds.query(
      `SELECT placement_id, started_at FROM clock_ins WHERE enrollment_id = $1`,
      [input.enrollmentId],
    );
    if (!clock) throw badInput('You are not clocked in. Clock in at the start of your shift, or log the shift with its times.');
    const endedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    if (endedAt.getTime() - clock.started_at.getTime() < 60_000) throw badInput('Clock out at least one minute after clocking in.');
    const draft: EntryDraft = { enrollmentId: input.enrollmentId, component: 'EXPERIENTIAL', placementId: clock.placement_id, startedAt: clock.started_at, endedAt, activityNote: input.activityNote.trim() };
    const ctx = await this.checkDraft(this.ds.manager, user, draft);
    const minutes = Math.floor((endedAt.getTime() - clock.started_at.getTime()) / 60_000);
    return this.ds.transaction(async (em) => {
      // (A plain DELETE through TypeORM answers [rows, count]; the CTE answers rows.)
      const removed: unknown[] = await em.query(`WITH d AS (DELETE FROM clock_ins WHERE enrollment_id = $1 RETURNING id) SELECT id FROM d`, [input.enrollmentId]);
      if (!removed.length) throw conflict('You were already clocked out (perhaps on another device).');
      let rows: Record<string, unknown>[];
      try {
        rows = await em.query(
          `INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, minutes, activity_note, logged_by, compliance_flag, clocked_started_at, clocked_ended_at)
           VALUES ($1, $2, $3, 'EXPERIENTIAL', $4, $5, $6, $7, $8, $9, $10, $5, $6) RETURNING ${entityColumns(this.ds, HourEntry, 'hour_entries')}`,
          [ctx.program_id, input.enrollmentId, clock.placement_id, ctx.site_setting, clock.started_at, endedAt, minutes, draft.activityNote, user.id, complianceFlag(ctx)],
        );
      } catch (err) {
        throw await this.explainOverlap(err, draft);
      }
      const entry = hydrate(this.ds, HourEntry, rows[0]);
      await this.notifications.hoursWaiting(em, entry.id);
      await this.auditService.record(em, user, requestId, { action: 'hours.clockOut', entityType: 'HourEntry', entityId: entry.id, programId: entry.programId, after: entry });
      return entry;
    });
  }

  /**
   * Cancels an accidental clock-in: the open clock-in is deleted and no entry is made. Allowed to
   * whoever could clock out (the student, or staff who log on the student's behalf). Audited with before.
   */
  async cancelClockIn(user: User, requestId: string | null, enrollmentId: string): Promise<ClockIn> {
    await this.scope.assert(user, 'enrollment', enrollmentId);
    const [owner]: { student_user_id: string | null }[] = await this.ds.query(
      `SELECT st.user_id AS student_user_id FROM enrollments e JOIN students st ON st.id = e.student_id WHERE e.id = $1`,
      [enrollmentId],
    );
    const own = owner?.student_user_id === user.id;
    if (own ? !can(user.role, Permission.HOURS_LOG) : !can(user.role, Permission.HOURS_LOG_FOR_STUDENT)) {
      throw forbidden(own ? 'Your role cannot log hours.' : 'You can cancel only your own clock-in.');
    }
    return this.ds.transaction(async (em) => {
      const rows: Record<string, unknown>[] = await em.query(
        `WITH d AS (DELETE FROM clock_ins WHERE enrollment_id = $1 RETURNING *) SELECT ${entityColumns(this.ds, ClockIn, 'd')} FROM d`,
        [enrollmentId],
      );
      if (!rows[0]) throw badInput('You are not clocked in, so there is no clock-in to cancel (perhaps it was closed on another device).');
      const clock = hydrate(this.ds, ClockIn, rows[0]);
      await this.auditService.record(em, user, requestId, { action: 'hours.clockIn.cancel', entityType: 'ClockIn', entityId: clock.id, programId: clock.programId, before: clock });
      return clock;
    });
  }

  /** One reviewer wins: the update only applies to the version the reviewer saw, still waiting. */
  async review(user: User, requestId: string | null, input: ReviewHourEntryInput): Promise<HourEntry> {
    await this.scope.assert(user, 'hourEntry', input.id);
    const comment = input.comment?.trim() || null;
    if (input.decision !== ReviewDecision.APPROVE && !comment) {
      throw badInput(
        input.decision === ReviewDecision.REJECT ? 'comment: give the reason for rejecting these hours.' : 'comment: say what information you need.',
        [{ field: 'comment', message: 'is required' }],
      );
    }
    const status = { APPROVE: 'APPROVED', NEEDS_INFO: 'NEEDS_INFO', REJECT: 'REJECTED' }[input.decision];
    const rows: Record<string, unknown>[] = await this.ds.query(
      `WITH e AS (
         UPDATE hour_entries SET status = $3, review_comment = $4, reviewed_by = $5, reviewed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'SUBMITTED' RETURNING *
       ), a AS (
         ${auditInsertSql(this.ds, { ...HOUR_AUDIT, from: 'e', actor: '$5', action: '$6', requestId: '$7', before: `jsonb_build_object('status', 'SUBMITTED', 'version', $2::int)` })}
       ), n AS (${hourReviewedSql('e', REVIEW_KIND)})
       SELECT ${entityColumns(this.ds, HourEntry, 'e')} FROM e`,
      [input.id, input.version, status, comment, user.id, `hours.review.${input.decision.toLowerCase()}`, requestId],
    );
    if (!rows[0]) throw await this.staleEntry(input.id);
    return hydrate(this.ds, HourEntry, rows[0]);
  }

  /**
   * Approves what can be approved of many entries; each of the others comes back with its own reason
   * (a refusal never undoes the approvals beside it). Each approval is audited.
   */
  async approveMany(user: User, requestId: string | null, input: ApproveHourEntriesInput): Promise<ApproveHourEntriesResult> {
    const ids = input.entries.map((e) => e.id);
    if (new Set(ids).size !== ids.length) throw badInput('entries: the same entry appears twice.');
    const versions = input.entries.map((e) => e.version);
    return this.ds.transaction(async (em) => {
      const scope = this.scope.condition(user, 'hourEntry', 'h', 5);
      const rows: Record<string, unknown>[] = await em.query(
        `WITH v AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS v(id, version)),
         e AS (
           UPDATE hour_entries h SET status = 'APPROVED', review_comment = NULL, reviewed_by = $3, reviewed_at = now(), version = h.version + 1, updated_at = now()
             FROM v WHERE h.id = v.id AND h.version = v.version AND h.status = 'SUBMITTED' AND h.compliance_flag IS NULL AND ${scope.sql} RETURNING h.*
         ), a AS (
           ${auditInsertSql(this.ds, { ...HOUR_AUDIT, from: 'e', actor: '$3', action: '$4', requestId: '$5', before: `jsonb_build_object('status', 'SUBMITTED')` })}
         )
         SELECT ${entityColumns(this.ds, HourEntry, 'e')} FROM e`,
        [ids, versions, user.id, 'hours.review.approve', requestId, ...scope.params],
      );
      const approved = new Map(rows.map((r) => [r.id as string, hydrate(this.ds, HourEntry, r)]));
      const missing = ids.filter((id) => !approved.has(id));
      const refusedScope = this.scope.condition(user, 'hourEntry', 'h', 1);
      const facts: Record<string, unknown>[] = missing.length
        ? await em.query(
            `SELECT ${entityColumns(this.ds, HourEntry, 'h')}, u.display_name AS reviewer_name FROM hour_entries h LEFT JOIN users u ON u.id = h.reviewed_by
              WHERE h.id = ANY($1::uuid[]) AND ${refusedScope.sql}`,
            [missing, ...refusedScope.params],
          )
        : [];
      const seen = new Map(facts.map((r) => [r.id as string, { entry: hydrate(this.ds, HourEntry, r), reviewerName: r.reviewer_name as string | null }]));
      const refused = input.entries.filter((e) => !approved.has(e.id)).map(({ id, version }) => {
        const s = seen.get(id);
        const why = refusalOf(s ? { ...s.entry, reviewerName: s.reviewerName } : null, version);
        return { entryId: id, ...why, entry: s?.entry ?? null };
      });
      return { approved: ids.filter((id) => approved.has(id)).map((id) => approved.get(id)!), refused };
    });
  }

  async reopen(user: User, requestId: string | null, input: ReopenHourEntryInput): Promise<HourEntry> {
    await this.scope.assert(user, 'hourEntry', input.id);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `WITH e AS (
         UPDATE hour_entries SET status = 'SUBMITTED', review_comment = $3, reviewed_by = $4, reviewed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'APPROVED' RETURNING *
       ), a AS (
         ${auditInsertSql(this.ds, { ...HOUR_AUDIT, from: 'e', actor: '$4', action: `'hours.reopen'`, requestId: '$5', before: `jsonb_build_object('status', 'APPROVED', 'version', $2::int)` })}
       ), n AS (${hourReviewedSql('e', `'HOURS_REOPENED'`)}), w AS (${hoursWaitingSql('e')})
       SELECT ${entityColumns(this.ds, HourEntry, 'e')} FROM e`,
      [input.id, input.version, input.reason.trim(), user.id, requestId],
    );
    if (!rows[0]) throw await this.staleEntry(input.id, 'APPROVED');
    return hydrate(this.ds, HourEntry, rows[0]);
  }

  /**
   * The hour rules that need the database (docs/design.md §3.3), each with a message a student understands.
   * One query fetches everything the checks need. Overlaps are left to the exclusion constraint.
   */
  private async checkDraft(em: EntityManager, user: User, d: EntryDraft, opts: { allowFutureEnd?: boolean } = {}): Promise<EntryContext> {
    const [ctx]: EntryContext[] = await em.query(
      `SELECT e.program_id, e.status::text AS status, st.user_id AS student_user_id, e.enrolled_on::text AS enrolled_on,
              pl.enrollment_id AS placement_enrollment_id, pl.start_date::text AS placement_start, pl.end_date::text AS placement_end,
              si.name AS site_name, si.setting::text AS site_setting,
              ($3::timestamptz AT TIME ZONE p.time_zone)::date::text AS start_day,
              (($4::timestamptz - interval '1 microsecond') AT TIME ZONE p.time_zone)::date::text AS end_day,
              p.expired_compliance_policy::text AS policy, ${lapsedSql('$3', '$5')} AS lapsed
         FROM enrollments e
         JOIN students st ON st.id = e.student_id
         JOIN programs p ON p.id = e.program_id
         LEFT JOIN placements pl ON pl.id = $2
         LEFT JOIN sites si ON si.id = pl.site_id
        WHERE e.id = $1`,
      [d.enrollmentId, d.placementId, d.startedAt, d.endedAt, d.component === 'EXPERIENTIAL'],
    );
    if (!ctx) throw notFound('Enrollment');
    const own = ctx.student_user_id === user.id;
    if (own ? !can(user.role, Permission.HOURS_LOG) : !can(user.role, Permission.HOURS_LOG_FOR_STUDENT)) {
      throw forbidden(own ? 'Your role cannot log hours.' : 'You can log hours only for yourself.');
    }
    if (!ACTIVE.includes(ctx.status)) {
      throw badInput(`Hours can be logged only while the student is enrolled (current status: ${ctx.status.toLowerCase().replace(/_/g, ' ')}).`);
    }
    const ms = d.endedAt.getTime() - d.startedAt.getTime();
    if (ms <= 0) throw badInput('endedAt: the end time must be after the start time.', [{ field: 'endedAt', message: 'must be after the start time' }]);
    if (ms < 60_000) throw badInput('endedAt: an entry must last at least one minute.', [{ field: 'endedAt', message: 'must be at least a minute after the start' }]);
    if (ms > MAX_ENTRY_MINUTES * 60_000) {
      throw badInput('endedAt: one entry can cover at most 16 hours. Split a longer shift into two entries.', [{ field: 'endedAt', message: 'at most 16 hours after the start' }]);
    }
    if (ctx.start_day < ctx.enrolled_on) {
      throw badInput(`startedAt: this shift is before the student’s enrollment on ${fmtDay(ctx.enrolled_on)}.`, [{ field: 'startedAt', message: 'before the enrollment date' }]);
    }
    if (!opts.allowFutureEnd && d.endedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw badInput('endedAt: you cannot log hours that have not happened yet.', [{ field: 'endedAt', message: 'is in the future' }]);
    }
    if (d.component === 'EXPERIENTIAL') {
      if (!d.placementId) throw badInput('placementId: externship (experiential) hours must be logged against your placement.', [{ field: 'placementId', message: 'is required for experiential hours' }]);
      if (ctx.placement_enrollment_id !== d.enrollmentId) throw badInput('placementId: this placement is not one of this student’s placements.', [{ field: 'placementId', message: 'not this student’s placement' }]);
      if (ctx.start_day < ctx.placement_start! || ctx.end_day > ctx.placement_end!) {
        throw badInput(
          `startedAt: this shift is outside your placement at ${ctx.site_name} (${fmtDay(ctx.placement_start!)} – ${fmtDay(ctx.placement_end!)}).`,
          [{ field: 'startedAt', message: 'outside the placement dates' }],
        );
      }
      if (ctx.lapsed.length && ctx.policy === 'BLOCK') {
        throw badInput(
          `Compliance is not current for this shift: ${ctx.lapsed.join(', ')} ${ctx.lapsed.length === 1 ? 'is' : 'are'} missing, expired or not yet verified. Upload current documents, then log the shift once they are verified.`,
        );
      }
    } else if (d.placementId) {
      throw badInput('placementId: only externship (experiential) hours belong to a placement.', [{ field: 'placementId', message: 'only for experiential hours' }]);
    }
    return ctx;
  }

  private async explainOverlap(err: unknown, d: EntryDraft, selfId?: string): Promise<unknown> {
    if (!(err instanceof QueryFailedError) || (err.driverError as { constraint?: string }).constraint !== 'hour_entries_no_overlap') return err;
    const [other]: { started_at: Date; ended_at: Date; tz: string }[] = await this.ds.query(
      `SELECT h.started_at, h.ended_at, p.time_zone AS tz FROM hour_entries h JOIN programs p ON p.id = h.program_id
        WHERE h.enrollment_id = $1 AND h.status <> 'REJECTED' AND tstzrange(h.started_at, h.ended_at) && tstzrange($2, $3) AND h.id IS DISTINCT FROM $4
        ORDER BY h.started_at LIMIT 1`,
      [d.enrollmentId, d.startedAt, d.endedAt, selfId ?? null],
    );
    const when = other
      ? ` (${other.started_at.toLocaleString('en-US', { timeZone: other.tz, dateStyle: 'medium', timeStyle: 'short' })} – ${other.ended_at.toLocaleTimeString('en-US', { timeZone: other.tz, timeStyle: 'short' })})`
      : '';
    return badInput(`startedAt: this shift overlaps another entry you already logged${when}. Change the times or edit that entry.`, [{ field: 'startedAt', message: 'overlaps another entry' }]);
  }

  private async staleEntry(id: string, expected = 'SUBMITTED') {
    const [row]: { status: string; name: string | null }[] = await this.ds.query(
      `SELECT h.status::text AS status, u.display_name AS name FROM hour_entries h LEFT JOIN users u ON u.id = h.reviewed_by WHERE h.id = $1`,
      [id],
    );
    if (!row) return notFound('Hour entry');
    if (row.status !== expected) {
      return conflict(`This entry is no longer ${expected === 'SUBMITTED' ? 'waiting for review' : 'approved'}: it is ${row.status.toLowerCase().replace('_', ' ')}${row.name ? ` (by ${row.name})` : ''}. Reload to see the latest.`);
    }
    return conflict('This entry changed since you loaded it. Reload it and try again.');
  }
}
