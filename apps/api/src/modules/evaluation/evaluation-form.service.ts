import { Injectable } from '@nestjs/common';
import { SCALE_RATINGS, EvaluationKind, formKindOf } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { badInput } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import type { User } from '../../common/auth/user.entity';
import type { SaveEvaluationFormInput } from './dto/evaluation.input';
import { EvaluationForm, EvaluationFormItem } from './evaluation.entity';

/** A program's evaluation forms: the active one per kind, their items, and the form editor (docs/evaluations.md, "Forms are data"). */
@Injectable()
export class EvaluationFormService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /** The active form of a program for an evaluation kind. */
  async activeForm(db: Pick<EntityManager, 'query'>, programId: string, kind: EvaluationKind): Promise<EvaluationForm> {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT ${entityColumns(this.ds, EvaluationForm, 'f')} FROM evaluation_forms f WHERE f.program_id = $1 AND f.kind = $2 AND f.active`,
      [programId, formKindOf(kind)],
    );
    if (!rows[0]) throw badInput(`kind: the program has no ${formKindOf(kind) === 'SITE' ? 'site' : 'preceptor'} evaluation form.`);
    return hydrate(this.ds, EvaluationForm, rows[0]);
  }

  /** The form an evaluation is filled on: the one it was started on (`formId`), else the program's active one, so a later form changes nothing answered. */
  formToFill(db: EntityManager, formId: string | null | undefined, programId: string, kind: EvaluationKind): Promise<EvaluationForm> {
    return formId ? db.getRepository(EvaluationForm).findOneByOrFail({ id: formId }) : this.activeForm(db, programId, kind);
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
}
