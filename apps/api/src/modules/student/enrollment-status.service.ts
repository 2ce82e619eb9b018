import { Injectable } from '@nestjs/common';
import { can, checkStatusTransition, EnrollmentStatus, OVERRIDE_REASON_MIN, patientIdentifierWarning, Permission, todayIn } from '@ptp/shared';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { Cohort } from '../cohort/cohort.entity';
import type { User } from '../../common/auth/user.entity';
import { CorrectStatusEventInput, RecordStatusChangeInput } from './dto/student.input';
import { Enrollment, EnrollmentStatusEvent } from './enrollment.entity';
import { unmetGraduationRequirements } from './graduation';

/** An enrollment's status log: recording a status change, the graduation gaps, correcting (voiding) a status event. */
@Injectable()
export class EnrollmentStatusService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /** Appends to the status log after checking the transition (libs/shared) and, for a graduation,
   *  the program's requirements, under a row lock so two changes to one enrollment cannot both pass. */
  async recordStatusChange(user: User, requestId: string | null, input: RecordStatusChangeInput): Promise<Enrollment> {
    const { programId, timeZone } = await this.scope.assert(user, 'enrollment', input.enrollmentId);
    const today = todayIn(timeZone);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Enrollment);
      const before = await repo.findOneOrFail({ where: { id: input.enrollmentId }, lock: { mode: 'pessimistic_write' } });
      const note = input.note?.trim() || null;
      const check = checkStatusTransition(
        { status: before.status, effectiveOn: before.statusSince },
        { status: input.status, effectiveOn: input.effectiveOn, reasonCode: input.reasonCode, note },
      );
      if (!check.ok) throw badInput(check.message, [{ field: check.message.split(':')[0], message: check.message }]);
      const cohort = await em.getRepository(Cohort).findOneByOrFail({ id: before.cohortId });
      const latestAllowed = cohort.expectedEndDate > today ? cohort.expectedEndDate : today;
      if (input.effectiveOn > latestAllowed) {
        throw badInput(`effectiveOn: a status change cannot be recorded for a date after ${latestAllowed}.`, [{ field: 'effectiveOn', message: `must be on or before ${latestAllowed}` }]);
      }
      if (input.status !== EnrollmentStatus.GRADUATED && input.overrideReason?.trim()) {
        throw badInput('overrideReason: an override reason is only recorded with a graduation.', [{ field: 'overrideReason', message: 'only for a graduation' }]);
      }
      const override = input.status === EnrollmentStatus.GRADUATED
        ? await this.graduationOverride(em, user, before, input.effectiveOn, input.overrideReason)
        : null;
      await em.getRepository(EnrollmentStatusEvent).insert({
        programId, enrollmentId: before.id, status: input.status, effectiveOn: input.effectiveOn,
        reasonCode: input.reasonCode, note, recordedById: user.id,
        overrideReason: override?.reason ?? null, unmetRequirements: override?.unmet ?? null,
      });
      const after = await repo.findOneByOrFail({ id: before.id });
      await this.audit.record(em, user, requestId, {
        action: 'enrollment.statusChange', entityType: 'Enrollment', entityId: before.id, programId,
        before: { status: before.status, statusSince: before.statusSince },
        after: {
          status: after.status, statusSince: after.statusSince, reasonCode: input.reasonCode, note, noteWarning: patientIdentifierWarning(note),
          ...(override ? { overrideReason: override.reason, unmetRequirements: override.unmet } : {}),
        },
      });
      return after;
    });
  }

  /**
   * Graduation checks the program's requirements: met, nothing to record; unmet, refused with what
   * is missing unless a user who may override gives a reason (then the reason and the gaps are kept).
   */
  private async graduationOverride(em: EntityManager, user: User, enrollment: Enrollment, graduatesOn: string, overrideReason: string | undefined) {
    const unmet = await unmetGraduationRequirements(em, enrollment, graduatesOn);
    if (!unmet.length) return null;
    const reason = overrideReason?.trim() ?? '';
    if (!reason) {
      const message = `status: the program's graduation requirements are not met: ${unmet.join('; ')}.`;
      throw badInput(can(user.role, Permission.GRADUATION_OVERRIDE) ? `${message} To graduate the student anyway, give an override reason.` : `${message} Only a program director can record an override.`,
        unmet.map((gap) => ({ field: 'status', message: gap })));
    }
    if (!can(user.role, Permission.GRADUATION_OVERRIDE)) throw forbidden('Only a program director can graduate a student whose requirements are unmet.');
    if (reason.length < OVERRIDE_REASON_MIN) {
      throw badInput(`overrideReason: explain the override in at least ${OVERRIDE_REASON_MIN} characters.`, [{ field: 'overrideReason', message: `at least ${OVERRIDE_REASON_MIN} characters` }]);
    }
    return { reason, unmet };
  }

  /** The graduation gaps of an enrollment as of today (what the status dialog shows before a graduation). */
  async graduationGaps(enrollment: Enrollment): Promise<string[]> {
    const [program]: { time_zone: string }[] = await this.ds.query(`SELECT time_zone FROM programs WHERE id = $1`, [enrollment.programId]);
    return unmetGraduationRequirements(this.ds.manager, enrollment, todayIn(program.time_zone));
  }

  /**
   * An admin voids a wrong status event (it stays in history, marked, and counts nowhere) and may
   * record the right status in its place; the enrollment's status follows the corrected log. Only
   * the current (newest valid) event can be corrected, and never the first enrollment event.
   */
  async correctStatusEvent(user: User, requestId: string | null, input: CorrectStatusEventInput): Promise<Enrollment> {
    const [found]: { enrollment_id: string }[] = await this.ds.query(`SELECT enrollment_id FROM enrollment_status_events WHERE id = $1`, [input.eventId]);
    if (!found) throw notFound('Status event');
    const { programId } = await this.scope.assert(user, 'enrollment', found.enrollment_id);
    const reason = input.reason.trim();
    if (reason.length < OVERRIDE_REASON_MIN) {
      throw badInput(`reason: explain the correction in at least ${OVERRIDE_REASON_MIN} characters.`, [{ field: 'reason', message: `at least ${OVERRIDE_REASON_MIN} characters` }]);
    }
    if (input.correctedStatus && !input.correctedReasonCode) {
      throw badInput('correctedReasonCode: give the reason code of the corrected status.', [{ field: 'correctedReasonCode', message: 'is required with correctedStatus' }]);
    }
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Enrollment);
      const before = await repo.findOneOrFail({ where: { id: found.enrollment_id }, lock: { mode: 'pessimistic_write' } });
      const events = await em.getRepository(EnrollmentStatusEvent).find({ where: { enrollmentId: before.id }, order: { effectiveOn: 'ASC', seq: 'ASC' } });
      const event = events.find((e) => e.id === input.eventId)!;
      const valid = events.filter((e) => e.voidedAt === null);
      if (event.voidedAt) throw badInput('eventId: this event has already been voided.', [{ field: 'eventId', message: 'already voided' }]);
      if (valid[valid.length - 1].id !== event.id) {
        throw badInput('eventId: only the current status can be corrected; correct the later events first.', [{ field: 'eventId', message: 'is not the current status' }]);
      }
      const previous = valid[valid.length - 2];
      if (!previous) throw badInput('eventId: the first enrollment event cannot be voided.', [{ field: 'eventId', message: 'is the first event' }]);
      let replacement: Partial<EnrollmentStatusEvent> | null = null;
      if (input.correctedStatus) {
        if (input.correctedStatus === event.status) {
          throw badInput('correctedStatus: this is the status already recorded; omit it to only void the event.', [{ field: 'correctedStatus', message: 'is unchanged' }]);
        }
        const check = checkStatusTransition(
          { status: previous.status, effectiveOn: previous.effectiveOn },
          { status: input.correctedStatus, effectiveOn: event.effectiveOn, reasonCode: input.correctedReasonCode!, note: reason },
        );
        if (!check.ok) throw badInput(check.message, [{ field: check.message.split(':')[0], message: check.message }]);
        const unmet = input.correctedStatus === EnrollmentStatus.GRADUATED ? await unmetGraduationRequirements(em, before, event.effectiveOn) : [];
        if (unmet.length && !can(user.role, Permission.GRADUATION_OVERRIDE)) throw forbidden('Only a program director can graduate a student whose requirements are unmet.');
        replacement = {
          programId, enrollmentId: before.id, status: input.correctedStatus, effectiveOn: event.effectiveOn, reasonCode: input.correctedReasonCode!,
          note: reason, recordedById: user.id, overrideReason: unmet.length ? reason : null, unmetRequirements: unmet.length ? unmet : null,
        };
      }
      await em.getRepository(EnrollmentStatusEvent).update({ id: event.id }, { voidedAt: new Date(), voidedById: user.id, voidReason: reason });
      if (replacement) await em.getRepository(EnrollmentStatusEvent).insert(replacement);
      const after = await repo.findOneByOrFail({ id: before.id });
      await this.audit.record(em, user, requestId, {
        action: 'enrollment.statusCorrect', entityType: 'Enrollment', entityId: before.id, programId,
        before: { status: before.status, statusSince: before.statusSince, eventId: event.id, eventStatus: event.status, eventEffectiveOn: event.effectiveOn },
        after: {
          status: after.status, statusSince: after.statusSince, voidedEventId: event.id, reason,
          correctedStatus: replacement?.status ?? null, correctedReasonCode: replacement?.reasonCode ?? null, unmetRequirements: replacement?.unmetRequirements ?? null,
        },
      });
      return after;
    });
  }
}
