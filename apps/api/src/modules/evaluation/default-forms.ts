import type { EvaluationFormKind, RatingScale } from '@ptp/shared';
import type { EntityManager } from 'typeorm';

export interface DefaultEvaluationForm {
  kind: EvaluationFormKind;
  title: string;
  scale: RatingScale;
  commentBelow: number;
  sections: readonly { title: string; items: readonly { prompt: string; competencyCode: string | null }[] }[];
}

/** The forms every program starts with (forms are data: a program's own can replace them). */
export const DEFAULT_EVALUATION_FORMS: readonly DefaultEvaluationForm[] = [
  {
    kind: 'PRECEPTOR',
    title: 'Preceptor evaluation of the student',
    scale: 'FIVE_POINT',
    commentBelow: 3,
    sections: [
      {
        title: 'Professional behaviour',
        items: [
          { prompt: 'Arrives on time, attends as scheduled and calls ahead when absent', competencyCode: '1.6E' },
          { prompt: 'Looks and behaves professionally; acts ethically', competencyCode: '1.2E' },
          { prompt: 'Listens, speaks and writes clearly with patients and staff', competencyCode: '1.4E' },
          { prompt: 'Treats diverse patients and coworkers with respect', competencyCode: '1.5E' },
          { prompt: 'Keeps patient information private', competencyCode: '2.2E' },
        ],
      },
      {
        title: 'Technical skills',
        items: [
          { prompt: 'Takes in and prepares prescriptions accurately', competencyCode: '3.2E' },
          { prompt: 'Does the pharmacy math needed on the job', competencyCode: '2.6E' },
          { prompt: 'Applies quality checks and safety habits to prevent errors', competencyCode: '4.2E' },
          { prompt: 'Keeps the work area and equipment clean and in order', competencyCode: '3.8E' },
          { prompt: 'Follows drug-handling laws and site policies', competencyCode: '5.1E' },
        ],
      },
    ],
  },
  {
    kind: 'SITE',
    title: 'Student evaluation of the site and preceptor',
    scale: 'FIVE_POINT',
    commentBelow: 3,
    sections: [
      {
        title: 'The site',
        items: [
          { prompt: 'I was given an orientation to the site, its staff and its safety rules', competencyCode: null },
          { prompt: 'The site gave me enough hands-on work to learn from', competencyCode: null },
          { prompt: 'The workload and schedule were what I was told to expect', competencyCode: null },
        ],
      },
      {
        title: 'The preceptor',
        items: [
          { prompt: 'My preceptor was available when I needed help', competencyCode: null },
          { prompt: 'My preceptor gave me regular, useful feedback', competencyCode: null },
          { prompt: 'I would recommend this site to other students', competencyCode: null },
        ],
      },
    ],
  },
];

/** Gives a program the default preceptor and site evaluation forms (a new program, and the migration for existing ones). */
export async function insertDefaultEvaluationForms(db: Pick<EntityManager, 'query'>, programId: string): Promise<void> {
  for (const form of DEFAULT_EVALUATION_FORMS) {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO evaluation_forms (program_id, kind, title, scale, comment_below) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [programId, form.kind, form.title, form.scale, form.commentBelow],
    );
    const items = form.sections.flatMap((s) => s.items.map((i) => ({ section: s.title, ...i })));
    await db.query(
      `INSERT INTO evaluation_form_items (form_id, section, sort_order, prompt, competency_code)
       SELECT $1, section, ord, prompt, code FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(section, prompt, code, ord)`,
      [row.id, items.map((i) => i.section), items.map((i) => i.prompt), items.map((i) => i.competencyCode)],
    );
  }
}
