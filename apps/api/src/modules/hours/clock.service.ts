import { Injectable } from '@nestjs/common';
import { can, Permission } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { badInput, forbidden } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import type { User } from '../../common/auth/user.entity';
import { ClockInInput, ClockOutInput } from './dto/hours.input';
import { ClockIn, HourEntry } from './hour-entry.entity';
import { EntryDraft, SCOPE_OFFSET } from './hour-rules';
import { writeEntry } from './hour-write';

/** Clock-in / clock-out: a shift stamped with server time, closed into an hour entry waiting for review. */
@Injectable()
export class ClockService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly auditService: AuditService,
  ) {}

  async clockIn(user: User, requestId: string | null, input: ClockInInput): Promise<ClockIn> {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    // The hour rules as for a one-minute shift starting now.
    const scope = this.scope.condition(user, 'enrollment', 'e', SCOPE_OFFSET);
    const { context } = await writeEntry(this.ds, (text, params) => this.ds.query(text, params), user, {
      enrollmentId: input.enrollmentId, component: 'EXPERIENTIAL', placementId: input.placementId,
      startedAt: now, endedAt: new Date(now.getTime() + 60_000), activityNote: 'clock in',
    }, scope, { kind: 'check', allowFutureEnd: true });
    return this.ds.transaction(async (em) => {
      const open: { started_at: Date }[] = await em.query(`SELECT started_at FROM clock_ins WHERE enrollment_id = $1`, [input.enrollmentId]);
      if (open[0]) throw badInput(`You are already clocked in since ${open[0].started_at.toISOString()}. Clock out first.`);
      const rows: Record<string, unknown>[] = await em.query(
        `INSERT INTO clock_ins (program_id, enrollment_id, placement_id, started_at) VALUES ($1, $2, $3, $4) RETURNING ${entityColumns(this.ds, ClockIn, 'clock_ins')}`,
        [context.program_id, input.enrollmentId, input.placementId, now],
      );
      const clock = hydrate(this.ds, ClockIn, rows[0]);
      await this.auditService.record(em, user, requestId, { action: 'hours.clockIn', entityType: 'ClockIn', entityId: clock.id, programId: context.program_id, after: clock });
      return clock;
    });
  }

  /**
   * Closes the open clock-in into a SUBMITTED entry stamped with server time, through the same rules
   * and INSERT as logging a shift; a refusal keeps the clock-in.
   */
  async clockOut(user: User, requestId: string | null, input: ClockOutInput): Promise<HourEntry> {
    await this.scope.assert(user, 'enrollment', input.enrollmentId);
    return this.ds.transaction(async (em) => {
      // (A plain DELETE through TypeORM answers [rows, count]; the CTE answers rows.)
      const [clock]: { placement_id: string; started_at: Date }[] = await em.query(
        `WITH d AS (DELETE FROM clock_ins WHERE enrollment_id = $1 RETURNING placement_id, started_at) SELECT * FROM d`,
        [input.enrollmentId],
      );
      if (!clock) throw badInput('You are not clocked in. Clock in at the start of your shift, or log the shift with its times.');
      const endedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
      if (endedAt.getTime() - clock.started_at.getTime() < 60_000) throw badInput('Clock out at least one minute after clocking in.');
      const draft: EntryDraft = { enrollmentId: input.enrollmentId, component: 'EXPERIENTIAL', placementId: clock.placement_id, startedAt: clock.started_at, endedAt, activityNote: input.activityNote.trim() };
      const scope = this.scope.condition(user, 'enrollment', 'e', SCOPE_OFFSET);
      const { entry } = await writeEntry(this.ds, (text, params) => em.query(text, params), user, draft, scope, { kind: 'insert', clocked: true, action: 'hours.clockOut', requestId });
      return entry!;
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
