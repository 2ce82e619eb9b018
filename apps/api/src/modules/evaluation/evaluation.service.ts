import { Injectable } from '@nestjs/common';
import { EVALUATION_KIND_LABELS, EVALUATION_KINDS, EvaluationKind, evaluationDue, evaluationProblems, Permission, ratingLabel, todayIn } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { assertCan } from '../../common/auth/decorators';
import { programTodaySql } from '../../common/database/program-day';
import { badInput, conflict, forbidden, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import type { RecordEvaluation } from '../student/student-record.types';
import type { User } from '../../common/auth/user.entity';
import type { AcknowledgeEvaluationInput, SaveEvaluationInput } from './dto/evaluation.input';
import { EvaluationSlot } from './dto/evaluation.types';
import { readsOneByOne } from './evaluation-access';
import { Evaluation, EvaluationForm } from './evaluation.entity';
import { EvaluationFormService } from './evaluation-form.service';
import { PLACEMENT_SQL, type PlacementRow } from './evaluation.sql';

/**
 * Evaluations one by one: the slots a placement calls for, filling and submitting them, the
 * student's acknowledgement, and the record's copy. Forms are EvaluationFormService's, averages
 * and exports EvaluationSummaryService's.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly forms: EvaluationFormService,
  ) {}

  /**
   * The evaluation slots (one per placement and kind the user may see) of the placements `where`
   * selects within the user's scope, each with its due date and the evaluation if one is started.
   */
  async slots(user: User, where: string, params: unknown[], keep: (s: EvaluationSlot, p: PlacementRow) => boolean = () => true): Promise<EvaluationSlot[]> {
    const scope = this.scope.condition(user, 'placement', 'pl', params.length);
    const rows: PlacementRow[] = await this.ds.query(PLACEMENT_SQL(`(${scope.sql}) AND ${where}`), [...params, ...scope.params]);
    const slots: EvaluationSlot[] = [];
    const ids: string[] = [];
    const kinds = EVALUATION_KINDS.filter((k) => readsOneByOne(user, k));
    for (const p of rows) {
      const today = todayIn(p.time_zone);
      for (const kind of kinds) {
        const started = p.evaluations?.[kind];
        const submitted = started?.status === 'SUBMITTED';
        const due = evaluationDue(kind, { startDate: p.start_date, endDate: p.end_date, plannedHours: p.planned_hours }, p.hours, today, submitted);
        const slot: EvaluationSlot = { kind, placementId: p.id, enrollmentId: p.enrollment_id, ...due, evaluation: null, evaluationId: started?.id ?? null, submitted };
        if (!keep(slot, p)) continue;
        slots.push(slot);
        if (started) ids.push(started.id);
      }
    }
    const evaluations = ids.length ? await this.ds.getRepository(Evaluation).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }).getMany() : [];
    const byId = new Map(evaluations.map((e) => [e.id, e]));
    for (const s of slots) s.evaluation = s.evaluationId ? byId.get(s.evaluationId) ?? null : null;
    return slots;
  }

  /** An enrollment's evaluations, placement by placement. */
  async forEnrollment(user: User, enrollmentId: string): Promise<EvaluationSlot[]> {
    await this.scope.assert(user, 'enrollment', enrollmentId);
    return this.slots(user, 'pl.enrollment_id = $1', [enrollmentId]);
  }

  /** A cohort's preceptor evaluations (instructors and admins), optionally only the overdue ones. */
  async forCohort(user: User, cohortId: string, overdueOnly: boolean): Promise<EvaluationSlot[]> {
    await this.scope.assert(user, 'cohort', cohortId);
    return this.slots(user, 'en.cohort_id = $1', [cohortId], (s) => s.kind !== 'SITE' && (!overdueOnly || s.overdue));
  }

  /**
   * What the user has to do: a preceptor, the evaluations of their placements started by the
   * program's day, not yet submitted; a student, the site evaluations open to them and the preceptor evaluations to
   * acknowledge.
   */
  async tasks(user: User): Promise<EvaluationSlot[]> {
    if (user.role === 'PRECEPTOR') {
      return this.slots(user, `pl.start_date <= ${programTodaySql('p')}`, [], (s, p) => !s.submitted && s.kind !== 'SITE' && p.preceptor_user_id === user.id && (s.due || s.kind === 'MIDTERM'));
    }
    if (user.role === 'STUDENT') {
      const slots = await this.slots(user, 'true', []);
      return slots.filter((s) => (s.kind === 'SITE' ? !s.submitted && s.open : s.submitted && !s.evaluation?.acknowledgedAt));
    }
    return [];
  }

  /** One evaluation, if the user may see it (a site evaluation is never found for those who only see its averages). */
  async one(user: User, id: string): Promise<Evaluation> {
    const evaluation = await this.ds.getRepository(Evaluation).findOneBy({ id });
    if (!evaluation || !readsOneByOne(user, evaluation.kind)) throw notFound('Evaluation');
    await this.scope.assert(user, 'placement', evaluation.placementId);
    return evaluation;
  }

  /** Refuses unless `user` is who fills this kind of evaluation of the placement: its preceptor (MIDTERM, FINAL) or its student (SITE). */
  private async assertEvaluator(user: User, placementId: string, kind: EvaluationKind): Promise<{ programId: string; placement: PlacementRow }> {
    const { programId } = await this.scope.assert(user, 'placement', placementId);
    const [placement]: PlacementRow[] = await this.ds.query(PLACEMENT_SQL('pl.id = $1'), [placementId]);
    const evaluator = kind === 'SITE' ? placement.student_user_id : placement.preceptor_user_id;
    if (evaluator !== user.id) {
      throw forbidden(kind === 'SITE' ? 'Only the student of this placement evaluates its site.' : "Only the placement's preceptor fills this evaluation.");
    }
    return { programId, placement };
  }

  /** What the evaluator needs to fill an evaluation: when it is due, the form, and the draft so far. */
  async toFill(user: User, placementId: string, kind: EvaluationKind): Promise<{ slot: EvaluationSlot; form: EvaluationForm }> {
    const { programId } = await this.assertEvaluator(user, placementId, kind);
    const [slot] = await this.slots(user, 'pl.id = $1', [placementId], (s) => s.kind === kind);
    const form = await this.forms.formToFill(this.ds.manager, slot.evaluation?.formId, programId, kind);
    return { slot, form };
  }

  /**
   * Saves a draft of the evaluation, or submits it (then it is locked). Only the placement's
   * preceptor fills MIDTERM and FINAL, only its student SITE. Every save replaces the answers.
   */
  async save(user: User, requestId: string | null, input: SaveEvaluationInput): Promise<Evaluation> {
    const { programId, placement: p } = await this.assertEvaluator(user, input.placementId, input.kind);
    const today = todayIn(p.time_zone);
    const due = evaluationDue(input.kind, { startDate: p.start_date, endDate: p.end_date, plannedHours: p.planned_hours }, p.hours, today, false);
    if (!due.open) throw badInput(`kind: the ${EVALUATION_KIND_LABELS[input.kind].toLowerCase()} opens on ${due.opensOn}.`);
    const comment = input.comment?.trim() || null;
    const answers = input.answers.map((a) => ({ itemId: a.itemId, rating: a.rating ?? null, comment: a.comment?.trim() || null }));
    if (new Set(answers.map((a) => a.itemId)).size !== answers.length) throw badInput('answers: each item is answered once.');

    return this.ds.transaction(async (em) => {
      const [existing]: { id: string; status: string; form_id: string }[] = await em.query(
        `SELECT id, status, form_id FROM evaluations WHERE placement_id = $1 AND kind = $2 FOR UPDATE`,
        [input.placementId, input.kind],
      );
      if (existing?.status === 'SUBMITTED') {
        throw conflict('This evaluation has been submitted and is locked: it can no longer be changed.');
      }
      const form = await this.forms.formToFill(em, existing?.form_id, programId, input.kind);
      const items = await this.forms.items(em, form.id);
      const problems = evaluationProblems({ scale: form.scale, commentBelow: form.commentBelow, items }, answers, input.submit);
      if (problems.length) throw badInput(problems.join(' '), problems.map((message) => ({ field: 'answers', message })));
      const before = existing ? await this.snapshot(em, existing.id) : undefined;
      // (TypeORM answers an UPDATE with [rows, count], an INSERT with rows: the id is taken from what is known.)
      if (existing) await em.query(`UPDATE evaluations SET comment = $2, updated_at = now() WHERE id = $1`, [existing.id, comment]);
      const [row]: { id: string }[] = existing
        ? [{ id: existing.id }]
        : await em.query(
            `INSERT INTO evaluations (program_id, enrollment_id, placement_id, form_id, kind, evaluator_id, comment) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
            [programId, p.enrollment_id, p.id, form.id, input.kind, user.id, comment],
          );
      await em.query(`DELETE FROM evaluation_answers WHERE evaluation_id = $1`, [row.id]);
      await em.query(
        `INSERT INTO evaluation_answers (evaluation_id, item_id, rating, comment) SELECT $1, * FROM unnest($2::uuid[], $3::smallint[], $4::text[])`,
        [row.id, answers.map((a) => a.itemId), answers.map((a) => a.rating), answers.map((a) => a.comment)],
      );
      if (input.submit) await em.query(`UPDATE evaluations SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1`, [row.id]);
      const after = await this.snapshot(em, row.id);
      await this.audit.record(em, user, requestId, {
        action: input.submit ? 'evaluation.submit' : 'evaluation.save', entityType: 'Evaluation', entityId: row.id, programId, before, after,
      });
      if (input.submit && input.kind !== 'SITE' && p.student_user_id) {
        await this.notifications.create(em, [{
          programId, recipientId: p.student_user_id, kind: 'EVALUATION_SUBMITTED', subjectType: 'Evaluation', subjectId: row.id,
          data: { kind: input.kind, evaluatorName: user.displayName },
        }]);
      }
      return em.getRepository(Evaluation).findOneByOrFail({ id: row.id });
    });
  }

  /** The student acknowledges a submitted preceptor evaluation of them, once, with an optional comment. */
  async acknowledge(user: User, requestId: string | null, input: AcknowledgeEvaluationInput): Promise<Evaluation> {
    const evaluation = await this.one(user, input.evaluationId);
    const { programId } = evaluation;
    assertCan(user, Permission.EVALUATION_ACKNOWLEDGE, 'Only the student acknowledges an evaluation of them.');
    if (evaluation.kind === 'SITE') throw badInput('evaluationId: a site evaluation is not acknowledged.');
    if (evaluation.status !== 'SUBMITTED') throw badInput('evaluationId: this evaluation is not submitted yet.');
    return this.ds.transaction(async (em) => {
      // TypeORM answers an UPDATE with [rows, affected count].
      const [, affected]: [unknown[], number] = await em.query(
        `UPDATE evaluations SET acknowledged_at = now(), acknowledgement_comment = $2 WHERE id = $1 AND acknowledged_at IS NULL`,
        [evaluation.id, input.comment?.trim() || null],
      );
      if (!affected) throw conflict('You have already acknowledged this evaluation.');
      const after = await em.getRepository(Evaluation).findOneByOrFail({ id: evaluation.id });
      await this.audit.record(em, user, requestId, {
        action: 'evaluation.acknowledge', entityType: 'Evaluation', entityId: evaluation.id, programId,
        before: { acknowledgedAt: null }, after: { acknowledgedAt: after.acknowledgedAt, acknowledgementComment: after.acknowledgementComment },
      });
      return after;
    });
  }

  /** The preceptor evaluations of the student for their record (PDF): submitted ones, with each item's rating. */
  async forRecord(enrollmentIds: string[]): Promise<(enrollmentId: string) => RecordEvaluation[]> {
    const rows: { enrollment_id: string; kind: EvaluationKind; submitted_on: string; evaluator: string; site: string; comment: string | null; ack: Date | null; ack_comment: string | null; scale: 'FIVE_POINT' | 'MEETS'; answers: { prompt: string; rating: number | null; comment: string | null }[] }[] =
      await this.ds.query(
        `SELECT ev.enrollment_id, ev.kind, (ev.submitted_at AT TIME ZONE p.time_zone)::date::text AS submitted_on, u.display_name AS evaluator, s.name AS site, ev.comment, ev.acknowledged_at AS ack,
                ev.acknowledgement_comment AS ack_comment, f.scale,
                (SELECT json_agg(json_build_object('prompt', i.prompt, 'rating', a.rating, 'comment', a.comment) ORDER BY i.sort_order)
                   FROM evaluation_answers a JOIN evaluation_form_items i ON i.id = a.item_id WHERE a.evaluation_id = ev.id) AS answers
           FROM evaluations ev JOIN users u ON u.id = ev.evaluator_id JOIN placements pl ON pl.id = ev.placement_id
           JOIN sites s ON s.id = pl.site_id JOIN evaluation_forms f ON f.id = ev.form_id JOIN programs p ON p.id = ev.program_id
          WHERE ev.enrollment_id = ANY($1::uuid[]) AND ev.status = 'SUBMITTED' AND ev.kind <> 'SITE'
          ORDER BY ev.submitted_at`,
        [enrollmentIds],
      );
    const by = new Map<string, RecordEvaluation[]>();
    for (const r of rows) {
      const list = by.get(r.enrollment_id) ?? [];
      const rated = (r.answers ?? []).map((a) => `${a.prompt}: ${a.rating == null ? 'not rated' : ratingLabel(r.scale, a.rating)}${a.comment ? ` (${a.comment})` : ''}`);
      const parts = [...rated, r.comment ? `Comment: ${r.comment}` : null, r.ack ? `Acknowledged by the student${r.ack_comment ? `: ${r.ack_comment}` : ''}` : 'Not yet acknowledged by the student'];
      list.push({
        title: `${EVALUATION_KIND_LABELS[r.kind]}, ${r.site}`, completedOn: r.submitted_on, evaluator: r.evaluator,
        summary: parts.filter(Boolean).join('; '),
      });
      by.set(r.enrollment_id, list);
    }
    return (id) => by.get(id) ?? [];
  }

  private async snapshot(em: EntityManager, id: string) {
    const [row] = await em.query(
      `SELECT ev.status, ev.comment, ev.submitted_at AS "submittedAt",
              (SELECT coalesce(json_agg(json_build_object('itemId', a.item_id, 'rating', a.rating, 'comment', a.comment) ORDER BY a.item_id), '[]') FROM evaluation_answers a WHERE a.evaluation_id = ev.id) AS answers
         FROM evaluations ev WHERE ev.id = $1`,
      [id],
    );
    return row as Record<string, unknown>;
  }
}
