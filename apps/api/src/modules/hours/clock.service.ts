import { Injectable } from '@nestjs/common';
import { can, Permission } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { badInput, conflict, forbidden } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import type { User } from '../user/user.entity';
import { ClockInInput, ClockOutInput } from './dto/hours.input';
import { ClockIn, HourEntry } from './hour-entry.entity';
import { checkDraft, complianceFlag, EntryDraft, explainOverlap } from './hour-rules';

/** Clock-in / clock-out: a shift stamped with server time, closed into an hour entry waiting for review. */
@Injectable()
export class ClockService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly auditService: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async clockIn(user: User, requestId: string | null, input: ClockInInput): Promise<ClockIn> {
    await this.scope.assert(user, 'enrollment', input.enrollmentId);
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    // Check the placement as for a one-minute shift starting now.
    const ctx = await checkDraft(this.ds.manager, user, {
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
    const ctx = await checkDraft(this.ds.manager, user, draft);
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
        throw await explainOverlap(this.ds, err, draft);
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
}
