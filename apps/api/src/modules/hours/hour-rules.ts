import { ACTIVE_STATUSES, can, clockedEditRule, HourComponent, MAX_ENTRY_MINUTES, Permission } from '@ptp/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/graphql/errors';
import { lapsedItemsSql } from '../compliance/compliance.sql';
import type { User } from '../user/user.entity';
import { HourEntry } from './hour-entry.entity';

/*
 * The rules every hour write path applies (log, update, clock-in and clock-out; docs/design.md §3.3),
 * with the messages a student reads. The services in this folder call these; none words a rule itself.
 */

/** Statuses in which a student takes part in the program: logs hours, and can fall behind. */
export const ACTIVE: readonly string[] = ACTIVE_STATUSES;
/** A clock may run a little fast: entries may end up to a minute "in the future". */
export const CLOCK_SKEW_MS = 60_000;
/** Hour entries' audit rows written inside the hour statements (same payload as AuditService.record). */
export const HOUR_AUDIT = { alias: 'e', entity: HourEntry, entityType: 'HourEntry' };

export interface EntryDraft {
  enrollmentId: string;
  component: HourComponent;
  placementId: string | null;
  startedAt: Date;
  endedAt: Date;
  activityNote: string;
}

export interface EntryContext {
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
export function inputRulesPass(d: EntryDraft): boolean {
  const ms = d.endedAt.getTime() - d.startedAt.getTime();
  if (ms < 60_000 || ms > MAX_ENTRY_MINUTES * 60_000) return false;
  if (d.endedAt.getTime() > Date.now() + CLOCK_SKEW_MS) return false;
  return d.component === 'EXPERIENTIAL' ? Boolean(d.placementId) : !d.placementId;
}

/** Program policy FLAG: the shift is kept but marked, so it never counts without a reviewer seeing why. */
export const complianceFlag = (ctx: EntryContext) =>
  ctx.lapsed.length && ctx.policy === 'FLAG' ? `Compliance not current on the shift date: ${ctx.lapsed.join(', ')}` : null;

/**
 * Names of the program's required compliance items not valid on the shift's first day (program time
 * zone), for experiential hours only (the one definition in compliance.sql.ts). Enrollment `e`,
 * program `p`; `start` and `experiential` are the placeholders of the shift start and of "is experiential".
 */
export const lapsedSql = (start: string, experiential: string) => lapsedItemsSql(`(${start}::timestamptz AT TIME ZONE p.time_zone)::date`, `${experiential}::boolean`);

/** The reason kept on an edited entry: required when clocked times move (clockedEditRule, libs/shared). */
export function clockedEditReason(before: HourEntry, d: EntryDraft, given: string | undefined): string | null {
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

export const fmtDay = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/**
 * The hour rules that need the database (docs/design.md §3.3), each with a message a student understands.
 * One query fetches everything the checks need. Overlaps are left to the exclusion constraint.
 */
export async function checkDraft(em: EntityManager, user: User, d: EntryDraft, opts: { allowFutureEnd?: boolean } = {}): Promise<EntryContext> {
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
export async function explainOverlap(db: DataSource | EntityManager, err: unknown, d: EntryDraft, selfId?: string): Promise<unknown> {
  if (!(err instanceof QueryFailedError) || (err.driverError as { constraint?: string }).constraint !== 'hour_entries_no_overlap') return err;
  const [other]: { started_at: Date; ended_at: Date; tz: string }[] = await db.query(
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