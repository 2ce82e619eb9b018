import { Injectable } from '@nestjs/common';
import { DisclosureAction, EVALUATION_KIND_LABELS, MIN_SITE_RESPONSES, Permission, ratingLabel, userCan } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { csvFile } from '../../common/export/csv';
import { recordDisclosure } from '../../common/export/disclosure';
import { badInput, forbidden } from '../../common/graphql/errors';
import { ScopeService, type ScopeCondition } from '../../common/scope/scope.service';
import type { User } from '../../common/auth/user.entity';
import type { EvaluationSummaryInput } from './dto/evaluation.input';
import { EvaluationSummary } from './dto/evaluation.types';
import { Evaluation } from './evaluation.entity';
import { readsOneByOne } from './evaluation-access';

/** A site or a cohort the user may see, as the SQL condition ($2) on placements `pl` / enrollments `en`. */
interface Group {
  programId: string;
  group: string;
  groupId: string;
}

/**
 * The submitted evaluations of a site or a cohort taken together: averages per item (site
 * evaluations withheld below MIN_SITE_RESPONSES), the evaluations behind them, and their CSV.
 */
@Injectable()
export class EvaluationSummaryService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
  ) {}

  private async assertGroup(user: User, input: EvaluationSummaryInput): Promise<Group> {
    if (!!input.siteId === !!input.cohortId) throw badInput('siteId: give a site or a cohort.');
    if (input.siteId) return { ...(await this.scope.assert(user, 'site', input.siteId)), group: 'pl.site_id = $2', groupId: input.siteId };
    return { ...(await this.scope.assert(user, 'cohort', input.cohortId!)), group: 'en.cohort_id = $2', groupId: input.cohortId! };
  }

  /**
   * The group and the user's placement scope ($3 on) for reading its evaluations one by one;
   * refused with `refusal` for a kind the user does not read one by one.
   */
  private async assertOneByOne(user: User, input: EvaluationSummaryInput, refusal: string): Promise<Group & { scope: ScopeCondition }> {
    if (!readsOneByOne(user, input.kind)) throw forbidden(refusal);
    const group = await this.assertGroup(user, input);
    return { ...group, scope: this.scope.condition(user, 'placement', 'pl', 2) };
  }

  /**
   * Average rating per item of the submitted evaluations of one kind at a site or in a cohort.
   * Site evaluations are averaged only from MIN_SITE_RESPONSES responses on (unless the user reads
   * each one anyway: SITE_EVALUATION_READ_ALL), so no single student's answers can be read off the averages.
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
    const hidden = input.kind === 'SITE' && !userCan(user, Permission.SITE_EVALUATION_READ_ALL) && responses < MIN_SITE_RESPONSES;
    return {
      kind: input.kind, responses, minimumResponses: input.kind === 'SITE' ? MIN_SITE_RESPONSES : 1, hidden,
      items: hidden ? [] : rows.map((r) => ({ itemId: r.id, section: r.section, prompt: r.prompt, competencyCode: r.competency_code, average: Math.round(r.average * 100) / 100, count: r.count })),
    };
  }

  /** The submitted evaluations behind a summary, one by one (drill-down): only the kinds the user reads one by one, within their scope. */
  async submitted(user: User, input: EvaluationSummaryInput): Promise<Evaluation[]> {
    const { group, groupId, scope } = await this.assertOneByOne(user, input, 'Site evaluations are shown one by one to administrators only.');
    const ids: { id: string }[] = await this.ds.query(
      `SELECT ev.id FROM evaluations ev JOIN placements pl ON pl.id = ev.placement_id JOIN enrollments en ON en.id = ev.enrollment_id
        WHERE ev.status = 'SUBMITTED' AND ev.kind = $1 AND ${group} AND (${scope.sql}) ORDER BY ev.submitted_at DESC`,
      [input.kind, groupId, ...scope.params],
    );
    if (!ids.length) return [];
    return this.ds.getRepository(Evaluation).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids: ids.map((r) => r.id) }).orderBy('e.submitted_at', 'DESC').getMany();
  }

  /**
   * The submitted evaluations of a site or cohort, one row per item, as CSV (kinds the user reads one
   * by one: site evaluations for administrators only). Written to the disclosure log.
   */
  async exportCsv(user: User, requestId: string | null, input: EvaluationSummaryInput, purpose: string | null): Promise<{ filename: string; body: Buffer }> {
    const { programId, group, groupId, scope } = await this.assertOneByOne(user, input, 'Site evaluations are exported one by one by administrators only.');
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
}
