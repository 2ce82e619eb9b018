import { Injectable } from '@nestjs/common';
import {
  DisclosureAction, EVALUATION_KIND_LABELS, SCALE_RATINGS, EvaluationKind, evaluationDue, evaluationProblems, formKindOf, MIN_SITE_RESPONSES, ratingLabel, Role, todayIn,
} from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { csvFile } from '../../common/export/csv';
import { recordDisclosure } from '../../common/export/disclosure';
import { badInput, conflict, forbidden, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import type { RecordEvaluation } from '../student/student-record.types';
import type { User } from '../../common/auth/user.entity';
import type { AcknowledgeEvaluationInput, EvaluationSummaryInput, SaveEvaluationFormInput, SaveEvaluationInput } from './dto/evaluation.input';
import { EvaluationSlot, EvaluationSummary } from './dto/evaluation.types';
import { Evaluation, EvaluationForm, EvaluationFormItem } from './evaluation.entity';
import { PLACEMENT_SQL, type PlacementRow } from './evaluation.sql';

/**
 * Which evaluations a role sees one by one (docs/evaluations.md): preceptors and instructors the
 * preceptor evaluations of their students, students their own of every kind, administrators all.
 * A student's site evaluation is never shown to a preceptor or an instructor, only its averages.
 */
const VISIBLE_KINDS: Readonly<Record<Role, readonly EvaluationKind[]>> = {
  ADMIN: ['MIDTERM', 'FINAL', 'SITE'],
  INSTRUCTOR: ['MIDTERM', 'FINAL'],
  PRECEPTOR: ['MIDTERM', 'FINAL'],
  STUDENT: ['MIDTERM', 'FINAL', 'SITE'],
};

@Injectable()
export class EvaluationService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  visibleKinds(user: User): readonly EvaluationKind[] {
    return VISIBLE_KINDS[user.role];
  }

  /** The active form of a program for an evaluation kind. */
  async activeForm(db: Pick<EntityManager, 'query'>, programId: string, kind: EvaluationKind): Promise<EvaluationForm> {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT ${entityColumns(this.ds, EvaluationForm, 'f')} FROM evaluation_forms f WHERE f.program_id = $1 AND f.kind = $2 AND f.active`,
      [programId, formKindOf(kind)],
    );
    if (!rows[0]) throw badInput(`kind: the program has no ${formKindOf(kind) === 'SITE' ? 'site' : 'preceptor'} evaluation form.`);
    return hydrate(this.ds, EvaluationForm, rows[0]);
  }

  async items(db: Pick<EntityManager, 'query'>, formId: string): Promise<EvaluationFormItem[]> {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT ${entityColumns(this.ds, EvaluationFormItem, 'i')} FROM evaluation_form_items i WHERE i.form_id = $1 ORDER BY i.sort_order`,
      [formId],
    );
    return rows.map((r) => hydrate(this.ds, EvaluationFormItem, r));
  }

  forms(user: User, programId: string): Promise<EvaluationForm[]> {
    return this.scope.assert(user, 'program', programId).then(() =>
      this.ds.getRepository(EvaluationForm).find({ where: { programId, active: true }, order: { kind: 'ASC' } }));
  }

  /**
   * The evaluation slots (one per placement and kind the user may see) of the placements `where`
   * selects within the user's scope, each with its due date and the evaluation if one is started.
   */
  async slots(user: User, where: string, params: unknown[], keep: (s: EvaluationSlot, p: PlacementRow) => boolean = () => true): Promise<EvaluationSlot[]> {
    const scope = this.scope.condition(user, 'placement', 'pl', params.length);
    const rows: PlacementRow[] = await this.ds.query(PLACEMENT_SQL(`(${scope.sql}) AND ${where}`), [...params, ...scope.params]);
    const slots: EvaluationSlot[] = [];
    const ids: string[] = [];
    for (const p of rows) {
      const today = todayIn(p.time_zone);
      for (const kind of this.visibleKinds(user)) {
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
   * Replaces the program's active form of a kind with a new one (a new row: evaluations started on
   * the old form keep it). Items may name competencies the program adopted. Audited.
   */
  async saveForm(user: User, requestId: string | null, input: SaveEvaluationFormInput): Promise<EvaluationForm> {
    await this.scope.assert(user, 'program', input.programId);
    const values = SCALE_RATINGS[input.scale].map((r) => r.value);
    if (input.commentBelow < values[0] || input.commentBelow > values[values.length - 1] + 1) {
      throw badInput(`commentBelow: on this scale it is between ${values[0]} (no comment needed) and ${values[values.length - 1] + 1}.`);
    }
    const items = input.sections.flatMap((s) => s.items.map((i) => ({ section: s.title.trim(), prompt: i.prompt.trim(), code: i.competencyCode?.trim() || null })));
    if (items.length > 60) throw badInput('sections: a form has at most 60 items.');
    const codes = [...new Set(items.map((i) => i.code).filter((c): c is string => !!c))];
    if (codes.length) {
      const adopted: { code: string }[] = await this.ds.query(
        `SELECT c.code FROM competencies c JOIN program_competencies pc ON pc.competency_id = c.id WHERE pc.program_id = $1 AND c.code = ANY($2::text[])`,
        [input.programId, codes],
      );
      const missing = codes.filter((c) => !adopted.some((a) => a.code === c));
      if (missing.length) throw badInput(`sections: ${missing.join(', ')} ${missing.length === 1 ? 'is not a competency' : 'are not competencies'} the program adopted.`);
    }
    return this.ds.transaction(async (em) => {
      const [before]: { id: string }[] = await em.query(`SELECT id FROM evaluation_forms WHERE program_id = $1 AND kind = $2 AND active FOR UPDATE`, [input.programId, input.kind]);
      if (before) await em.query(`UPDATE evaluation_forms SET active = false WHERE id = $1`, [before.id]);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO evaluation_forms (program_id, kind, title, scale, comment_below) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.programId, input.kind, input.title.trim(), input.scale, input.commentBelow],
      );
      await em.query(
        `INSERT INTO evaluation_form_items (form_id, section, sort_order, prompt, competency_code)
         SELECT $1, section, ord, prompt, code FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(section, prompt, code, ord)`,
        [row.id, items.map((i) => i.section), items.map((i) => i.prompt), items.map((i) => i.code)],
      );
      await this.audit.record(em, user, requestId, {
        action: 'evaluation_form.save', entityType: 'EvaluationForm', entityId: row.id, programId: input.programId,
        before: before ? { formId: before.id } : undefined, after: { ...input, formId: row.id },
      });
      return em.getRepository(EvaluationForm).findOneByOrFail({ id: row.id });
    });
  }

  /**
   * What the user has to do: a preceptor, the evaluations of their started placements not yet
   * submitted; a student, the site evaluations open to them and the preceptor evaluations to
   * acknowledge.
   */
  async tasks(user: User): Promise<EvaluationSlot[]> {
    if (user.role === 'PRECEPTOR') {
      return this.slots(user, 'pl.start_date <= current_date', [], (s, p) => !s.submitted && s.kind !== 'SITE' && p.preceptor_user_id === user.id && (s.due || s.kind === 'MIDTERM'));
    }
    if (user.role === 'STUDENT') {
      const slots = await this.slots(user, 'true', []);
      return slots.filter((s) => (s.kind === 'SITE' ? !s.submitted && s.open : s.submitted && !s.evaluation?.acknowledgedAt));
    }
    return [];
  }

  /** One evaluation, if the user may see it (a site evaluation is never found for a preceptor or instructor). */
  async one(user: User, id: string): Promise<Evaluation> {
    const evaluation = await this.ds.getRepository(Evaluation).findOneBy({ id });
    if (!evaluation || !this.visibleKinds(user).includes(evaluation.kind)) throw notFound('Evaluation');
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
    const form = slot.evaluation
      ? await this.ds.getRepository(EvaluationForm).findOneByOrFail({ id: slot.evaluation.formId })
      : await this.activeForm(this.ds, programId, kind);
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
      const form = existing ? await em.getRepository(EvaluationForm).findOneByOrFail({ id: existing.form_id }) : await this.activeForm(em, programId, input.kind);
      const items = await this.items(em, form.id);
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
    if (user.role !== 'STUDENT') throw forbidden('Only the student acknowledges an evaluation of them.');
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

  /** A site or a cohort the user may see, as the SQL condition ($2) on placements `pl` / enrollments `en`. */
  private async assertGroup(user: User, input: EvaluationSummaryInput): Promise<{ programId: string; group: string; groupId: string }> {
    if (!!input.siteId === !!input.cohortId) throw badInput('siteId: give a site or a cohort.');
    if (input.siteId) return { ...(await this.scope.assert(user, 'site', input.siteId)), group: 'pl.site_id = $2', groupId: input.siteId };
    return { ...(await this.scope.assert(user, 'cohort', input.cohortId!)), group: 'en.cohort_id = $2', groupId: input.cohortId! };
  }

  /**
   * Average rating per item of the submitted evaluations of one kind at a site or in a cohort.
   * Site evaluations are averaged only from MIN_SITE_RESPONSES responses on (administrators see
   * them from the first), so no single student's answers can be read off the averages.
   */
  async summary(user: User, input: EvaluationSummaryInput): Promise<EvaluationSummary> {
    const { group, groupId } = await this.assertGroup(user, input);
    const rows: { id: string; section: string; prompt: string; competency_code: string | null; average: number; count: number; responses: number }[] =
      await this.ds.query(
        `SELECT i.id, i.section, i.prompt, i.competency_code, avg(a.rating)::float AS average, count(a.rating)::int AS count,
                (SELECT count(*) FROM evaluations e2 JOIN placements pl ON pl.id = e2.placement_id JOIN enrollments en ON en.id = e2.enrollment_id
                  WHERE e2.status = 'SUBMITTED' AND e2.kind = $1 AND ${group})::int AS responses
           FROM evaluations ev
           JOIN placements pl ON pl.id = ev.placement_id
           JOIN enrollments en ON en.id = ev.enrollment_id
           JOIN evaluation_answers a ON a.evaluation_id = ev.id
           JOIN evaluation_form_items i ON i.id = a.item_id
          WHERE ev.status = 'SUBMITTED' AND ev.kind = $1 AND ${group}
          GROUP BY i.id ORDER BY min(i.sort_order), i.id`,
        [input.kind, groupId],
      );
    const responses = rows[0]?.responses ?? 0;
    const hidden = input.kind === 'SITE' && user.role !== 'ADMIN' && responses < MIN_SITE_RESPONSES;
    return {
      kind: input.kind, responses, minimumResponses: input.kind === 'SITE' ? MIN_SITE_RESPONSES : 1, hidden,
      items: hidden ? [] : rows.map((r) => ({ itemId: r.id, section: r.section, prompt: r.prompt, competencyCode: r.competency_code, average: Math.round(r.average * 100) / 100, count: r.count })),
    };
  }

  /** The submitted evaluations behind a summary, one by one (drill-down): only the kinds the user sees one by one. */
  async submitted(user: User, input: EvaluationSummaryInput): Promise<Evaluation[]> {
    if (!this.visibleKinds(user).includes(input.kind)) throw forbidden('Site evaluations are shown one by one to administrators only.');
    const { group, groupId } = await this.assertGroup(user, input);
    const scope = this.scope.condition(user, 'placement', 'pl', 2);
    const ids: { id: string }[] = await this.ds.query(
      `SELECT ev.id FROM evaluations ev JOIN placements pl ON pl.id = ev.placement_id JOIN enrollments en ON en.id = ev.enrollment_id
        WHERE ev.status = 'SUBMITTED' AND ev.kind = $1 AND ${group} AND (${scope.sql}) ORDER BY ev.submitted_at DESC`,
      [input.kind, groupId, ...scope.params],
    );
    if (!ids.length) return [];
    return this.ds.getRepository(Evaluation).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids: ids.map((r) => r.id) }).orderBy('e.submitted_at', 'DESC').getMany();
  }

  /**
   * The submitted evaluations of a site or cohort, one row per item, as CSV (kinds the user sees one
   * by one: site evaluations for administrators only). Written to the disclosure log.
   */
  async exportCsv(user: User, requestId: string | null, input: EvaluationSummaryInput, purpose: string | null): Promise<{ filename: string; body: Buffer }> {
    if (!this.visibleKinds(user).includes(input.kind)) throw forbidden('Site evaluations are exported one by one by administrators only.');
    const { programId, group, groupId } = await this.assertGroup(user, input);
    const scope = this.scope.condition(user, 'placement', 'pl', 2);
    const rows: Record<string, string | number | null>[] = await this.ds.query(
      `SELECT st.first_name || ' ' || st.last_name AS student, st.student_number, st.id AS student_id, s.name AS site, c.code AS cohort,
              (ev.submitted_at AT TIME ZONE p.time_zone)::date::text AS submitted_on, u.display_name AS evaluator, f.scale,
              i.section, i.prompt, i.competency_code, a.rating, a.comment, ev.comment AS overall,
              (ev.acknowledged_at AT TIME ZONE p.time_zone)::date::text AS acknowledged_on, (SELECT name FROM programs WHERE id = ev.program_id) AS program
         FROM evaluations ev
         JOIN placements pl ON pl.id = ev.placement_id JOIN sites s ON s.id = pl.site_id
         JOIN enrollments en ON en.id = ev.enrollment_id JOIN students st ON st.id = en.student_id JOIN cohorts c ON c.id = en.cohort_id
         JOIN programs p ON p.id = ev.program_id JOIN users u ON u.id = ev.evaluator_id JOIN evaluation_forms f ON f.id = ev.form_id
         JOIN evaluation_form_items i ON i.form_id = ev.form_id LEFT JOIN evaluation_answers a ON a.evaluation_id = ev.id AND a.item_id = i.id
        WHERE ev.status = 'SUBMITTED' AND ev.kind = $1 AND ${group} AND (${scope.sql})
        ORDER BY lower(st.last_name), lower(st.first_name), ev.submitted_at, i.sort_order`,
      [input.kind, groupId, ...scope.params],
    );
    const label = EVALUATION_KIND_LABELS[input.kind];
    const body = csvFile([
      ['Student', 'Student number', 'Cohort', 'Site', 'Evaluation', 'Submitted', 'Evaluator', 'Section', 'Item', 'ASHP competency', 'Rating', 'Rating label', 'Comment', 'Overall comment', 'Acknowledged'],
      ...rows.map((r) => [
        r.student, r.student_number, r.cohort, r.site, label, r.submitted_on, r.evaluator, r.section, r.prompt, r.competency_code ?? '', r.rating ?? '',
        r.rating == null ? '' : ratingLabel(r.scale as 'FIVE_POINT' | 'MEETS', Number(r.rating)), r.comment ?? '', r.overall ?? '', r.acknowledged_on ?? '',
      ]),
    ]);
    const where = input.siteId ? `site ${rows[0]?.site ?? input.siteId}` : `cohort ${rows[0]?.cohort ?? input.cohortId}`;
    await recordDisclosure(this.ds, user, requestId, {
      action: DisclosureAction.EVALUATION_EXPORT_CSV, description: `${label}s, ${where}, CSV`, purpose,
      studentCount: new Set(rows.map((r) => r.student_id)).size, programId, input: { export: 'evaluations', ...input, format: 'csv' },
    });
    return { filename: `evaluations-${input.kind.toLowerCase()}-${groupId.slice(0, 8)}.csv`, body };
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
