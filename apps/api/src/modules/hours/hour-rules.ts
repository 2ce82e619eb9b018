import { ACTIVE_STATUSES, can, clockedEditRule, ENTRY_TOO_LONG_MESSAGE, HourComponent, MAX_ENTRY_MINUTES, Permission } from '@ptp/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/graphql/errors';
import type { ScopeCondition } from '../../common/scope/scope.service';
import { lapsedItemsSql } from '../compliance/compliance.sql';
import type { User } from '../../common/auth/user.entity';
import { HourEntry } from './hour-entry.entity';

/*
 * The rules every hour write path applies (log, update, clock-in and clock-out; docs/design.md §3.3),
 * as one ordered list: each rule is an SQL condition the write statement evaluates (so the usual
 * case stays one round trip) and the message a student reads when it is the first to fail. The
 * services in this folder build their statements from `hourRulesSql`; none words a rule itself.
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

/** What the rules read about the enrollment, placement and program (dates as YYYY-MM-DD). */
export interface EntryContext {
  enrollment_id: string;
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
  /** Index in HOUR_RULES of the first rule the draft fails; null when all pass. */
  refused: number | null;
}

interface HourRule {
  /** True when the draft passes: SQL over the context `c` and the draft parameters (DRAFT_SQL). */
  passes: string;
  refuse(c: EntryContext, d: EntryDraft, actorId: string): Error;
}

/** The draft's parameters, numbered as `draftParams` orders them. */
const P = { enrollment: '$1::uuid', placement: '$2::uuid', start: '$3::timestamptz', end: '$4::timestamptz', component: '$5::hour_component', actor: '$6::uuid', canLog: '$7::boolean', canLogFor: '$8::boolean', futureEndAllowed: '$9::boolean' };
const DRAFT_PARAM_COUNT = 9;
const EXPERIENTIAL = `(${P.component} = 'EXPERIENTIAL')`;

export const fmtDay = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const field = (name: string, message: string, note: string) => badInput(`${name}: ${message}`, [{ field: name, message: note }]);

/** The hour rules, in the order they are checked (docs/design.md §3.3). Overlaps are the exclusion constraint's (`explainOverlap`). */
export const HOUR_RULES: readonly HourRule[] = [
  { passes: 'c.in_scope', refuse: () => forbidden('This enrollment is outside the programs and cohorts you have access to.') },
  {
    passes: `CASE WHEN c.student_user_id = ${P.actor} THEN ${P.canLog} ELSE ${P.canLogFor} END`,
    refuse: (c, _d, actorId) => forbidden(c.student_user_id === actorId ? 'Your role cannot log hours.' : 'You can log hours only for yourself.'),
  },
  {
    passes: `c.status = ANY('{${ACTIVE.join(',')}}'::text[])`,
    refuse: (c) => badInput(`Hours can be logged only while the student is enrolled (current status: ${c.status.toLowerCase().replace(/_/g, ' ')}).`),
  },
  { passes: `${P.end} > ${P.start}`, refuse: () => field('endedAt', 'the end time must be after the start time.', 'must be after the start time') },
  { passes: `${P.end} - ${P.start} >= interval '1 minute'`, refuse: () => field('endedAt', 'an entry must last at least one minute.', 'must be at least a minute after the start') },
  {
    passes: `${P.end} - ${P.start} <= interval '${MAX_ENTRY_MINUTES} minutes'`,
    refuse: () => field('endedAt', lowerFirst(ENTRY_TOO_LONG_MESSAGE), `at most ${MAX_ENTRY_MINUTES / 60} hours after the start`),
  },
  { passes: 'c.start_day >= c.enrolled_on', refuse: (c) => field('startedAt', `this shift is before the student’s enrollment on ${fmtDay(c.enrolled_on)}.`, 'before the enrollment date') },
  {
    passes: `${P.futureEndAllowed} OR ${P.end} <= now() + interval '${CLOCK_SKEW_MS / 1000} seconds'`,
    refuse: () => field('endedAt', 'you cannot log hours that have not happened yet.', 'is in the future'),
  },
  {
    passes: `NOT ${EXPERIENTIAL} OR ${P.placement} IS NOT NULL`,
    refuse: () => field('placementId', 'externship (experiential) hours must be logged against your placement.', 'is required for experiential hours'),
  },
  {
    passes: `NOT ${EXPERIENTIAL} OR c.placement_enrollment_id = c.enrollment_id`,
    refuse: () => field('placementId', 'this placement is not one of this student’s placements.', 'not this student’s placement'),
  },
  {
    passes: `NOT ${EXPERIENTIAL} OR (c.start_day >= c.placement_start AND c.end_day <= c.placement_end)`,
    refuse: (c) => field('startedAt', `this shift is outside your placement at ${c.site_name} (${fmtDay(c.placement_start!)} – ${fmtDay(c.placement_end!)}).`, 'outside the placement dates'),
  },
  {
    passes: `NOT ${EXPERIENTIAL} OR c.policy <> 'BLOCK' OR cardinality(c.lapsed) = 0`,
    refuse: (c) =>
      badInput(
        `Compliance is not current for this shift: ${c.lapsed.join(', ')} ${c.lapsed.length === 1 ? 'is' : 'are'} missing, expired or not yet verified. Upload current documents, then log the shift once they are verified.`,
      ),
  },
  { passes: `${EXPERIENTIAL} OR ${P.placement} IS NULL`, refuse: () => field('placementId', 'only externship (experiential) hours belong to a placement.', 'only for experiential hours') },
];

/**
 * The parameters the rules read, in the order of `P`, then the scope's. Further parameters of a
 * statement follow (`nextParam`).
 */
export function draftParams(user: User, d: EntryDraft, scope: ScopeCondition, opts: { allowFutureEnd?: boolean } = {}): unknown[] {
  return [
    d.enrollmentId, d.placementId, d.startedAt, d.endedAt, d.component, user.id,
    can(user.role, Permission.HOURS_LOG), can(user.role, Permission.HOURS_LOG_FOR_STUDENT), Boolean(opts.allowFutureEnd),
    ...scope.params,
  ];
}

/** The offset to give `ScopeService.condition` for an hour rule statement. */
export const SCOPE_OFFSET = DRAFT_PARAM_COUNT;

/**
 * The CTEs `c` (context) and `r` (context plus `refused`, the first failing rule) of an hour write
 * statement; the statement writes from `r WHERE r.refused IS NULL`. `scope` is the enrollment's
 * condition on alias `e`, built with offset SCOPE_OFFSET.
 */
export function hourRulesSql(scope: ScopeCondition): string {
  const refused = HOUR_RULES.map((rule, i) => `WHEN (${rule.passes}) IS NOT TRUE THEN ${i}`).join(' ');
  return `c AS (
    SELECT e.id AS enrollment_id, e.program_id, e.status::text AS status, st.user_id AS student_user_id, e.enrolled_on,
           pl.enrollment_id AS placement_enrollment_id, pl.start_date AS placement_start, pl.end_date AS placement_end,
           si.name AS site_name, si.setting AS site_setting,
           (${P.start} AT TIME ZONE p.time_zone)::date AS start_day,
           ((${P.end} - interval '1 microsecond') AT TIME ZONE p.time_zone)::date AS end_day,
           p.expired_compliance_policy::text AS policy,
           ${lapsedItemsSql(`(${P.start} AT TIME ZONE p.time_zone)::date`, EXPERIENTIAL)} AS lapsed,
           (${scope.sql}) AS in_scope
      FROM enrollments e
      JOIN students st ON st.id = e.student_id
      JOIN programs p ON p.id = e.program_id
      LEFT JOIN placements pl ON pl.id = ${P.placement}
      LEFT JOIN sites si ON si.id = pl.site_id
     WHERE e.id = ${P.enrollment}
  ), r AS (SELECT c.*, CASE ${refused} END AS refused FROM c)`;
}

/** The context columns a statement returns (`r`), for `refusal`. */
export const CONTEXT_COLUMNS = `r.enrollment_id, r.program_id, r.status, r.student_user_id, r.enrolled_on, r.placement_enrollment_id, r.placement_start,
  r.placement_end, r.site_name, r.site_setting::text AS site_setting, r.start_day, r.end_day, r.policy, r.lapsed, r.refused`;

/** Program policy FLAG: the shift is kept but marked, so it never counts without a reviewer seeing why (SQL over `r`). */
export const COMPLIANCE_FLAG_SQL = `CASE WHEN r.policy = 'FLAG' AND cardinality(r.lapsed) > 0 THEN 'Compliance not current on the shift date: ' || array_to_string(r.lapsed, ', ') END`;

/** The error of the first rule the draft failed (no context row: the enrollment does not exist); null when all passed. */
export function refusal(c: EntryContext | undefined, d: EntryDraft, user: User): Error | null {
  if (!c) return notFound('Enrollment');
  return c.refused === null ? null : HOUR_RULES[c.refused].refuse(c, d, user.id);
}

/** Appends a parameter to a statement's list and returns its placeholder. */
export function nextParam(params: unknown[], value: unknown, type: string): string {
  params.push(value);
  return `$${params.length}::${type}`;
}

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

/** The overlap rule, held by the exclusion constraint: its violation worded with the entry it overlaps. */
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
