import { DataSource } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import type { ScopeCondition } from '../../common/scope/scope.service';
import { auditInsertSql, entityJsonSql } from '../audit/audit.service';
import { hoursWaitingSql } from '../notification/notification.sql';
import type { User } from '../../common/auth/user.entity';
import { HourEntry } from './hour-entry.entity';
import { COMPLIANCE_FLAG_SQL, CONTEXT_COLUMNS, draftParams, EntryContext, EntryDraft, explainOverlap, HOUR_AUDIT, hourRulesSql, nextParam, refusal } from './hour-rules';

/** Runs one statement: prepared on the pool (log hours) or on a transaction's manager. */
export type RunStatement = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** How a statement written by `writeEntry` changes the entry. */
export type EntryWrite =
  | { kind: 'check'; allowFutureEnd?: boolean }
  /** A new entry (log hours, clock-out), audited as `action` (default: hours.log or hours.logOnBehalf). */
  | { kind: 'insert'; clocked?: boolean; action?: string; requestId: string | null }
  /**
   * An edit of a waiting entry, back to SUBMITTED with its version bumped, audited with the fields
   * before and after (hours.update, or hours.resubmit when it answers "needs info": then it is back
   * in the preceptor's queue and they hear of it).
   */
  | { kind: 'update'; entryId: string; editReason: string | null; requestId: string | null };

/** The statement's write, from `r` (the context with the refused rule) and the draft parameters. */
function writeSql(ds: DataSource, w: EntryWrite, params: unknown[], activityNote: string): string {
  switch (w.kind) {
    case 'check':
      return '';
    case 'insert': {
      const clocked = nextParam(params, Boolean(w.clocked), 'boolean');
      const action = w.action
        ? nextParam(params, w.action, 'text')
        : `CASE WHEN r.student_user_id = $6::uuid THEN 'hours.log' ELSE 'hours.logOnBehalf' END`;
      const requestId = nextParam(params, w.requestId, 'text');
      return `, e AS (
        INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, activity_note, logged_by, compliance_flag, clocked_started_at, clocked_ended_at)
        SELECT r.program_id, r.enrollment_id, $2::uuid, $5::hour_component, r.site_setting, $3::timestamptz, $4::timestamptz, ${nextParam(params, activityNote, 'text')}, $6::uuid,
               ${COMPLIANCE_FLAG_SQL}, CASE WHEN ${clocked} THEN $3::timestamptz END, CASE WHEN ${clocked} THEN $4::timestamptz END
          FROM r WHERE r.refused IS NULL
        RETURNING *
      ), a AS (${auditInsertSql(ds, { ...HOUR_AUDIT, from: 'e CROSS JOIN r', actor: '$6::uuid', action, requestId })}
      ), n AS (${hoursWaitingSql('e')})`;
    }
    case 'update': {
      const id = nextParam(params, w.entryId, 'uuid');
      const editReason = nextParam(params, w.editReason, 'text');
      const requestId = nextParam(params, w.requestId, 'text');
      // `o` is the row as the statement found it (the caller holds its lock): the audit's before.
      return `, o AS (SELECT * FROM hour_entries WHERE id = ${id}), e AS (
        UPDATE hour_entries h SET component = $5::hour_component, placement_id = $2::uuid, setting = r.site_setting, started_at = $3::timestamptz, ended_at = $4::timestamptz,
               activity_note = ${nextParam(params, activityNote, 'text')}, compliance_flag = ${COMPLIANCE_FLAG_SQL}, edit_reason = ${editReason},
               status = 'SUBMITTED', version = h.version + 1, updated_at = now()
          FROM r WHERE h.id = ${id} AND r.refused IS NULL
        RETURNING h.*
      ), a AS (${auditInsertSql(ds, {
        ...HOUR_AUDIT,
        from: 'e CROSS JOIN o',
        actor: '$6::uuid',
        action: `CASE WHEN o.status = 'NEEDS_INFO' THEN 'hours.resubmit' ELSE 'hours.update' END`,
        requestId,
        before: entityJsonSql(ds, HourEntry, 'o'),
      })}
      ), n AS (${hoursWaitingSql(`(SELECT e.* FROM e JOIN o ON o.status = 'NEEDS_INFO')`)})`;
    }
  }
}

/**
 * Every hour write path's one statement: the hour rules (HOUR_RULES, in order) over the draft, and
 * — when all pass — the write. Throws the first failing rule's refusal (or the overlap's); returns
 * the rules' context and the entry written (none for a check).
 */
export async function writeEntry(
  ds: DataSource,
  run: RunStatement,
  user: User,
  d: EntryDraft,
  scope: ScopeCondition,
  w: EntryWrite,
): Promise<{ context: EntryContext; entry: HourEntry | null }> {
  const params = draftParams(user, d, scope, { allowFutureEnd: w.kind === 'check' && w.allowFutureEnd });
  const write = writeSql(ds, w, params, d.activityNote);
  const text = `WITH ${hourRulesSql(scope)}${write}
    SELECT ${CONTEXT_COLUMNS}${write ? `, ${entityColumns(ds, HourEntry, 'e', 'e__')}` : ''} FROM r${write ? ' LEFT JOIN e ON true' : ''}`;
  let rows: Record<string, unknown>[];
  try {
    rows = await run(text, params);
  } catch (err) {
    throw await explainOverlap(ds, err, d, w.kind === 'update' ? w.entryId : undefined);
  }
  const context = rows[0] as unknown as EntryContext | undefined;
  const refused = refusal(context, d, user);
  if (refused) throw refused;
  return { context: context!, entry: write ? hydrate(ds, HourEntry, rows[0], 'e__') : null };
}
