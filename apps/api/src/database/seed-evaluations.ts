import type { EntityManager } from 'typeorm';
import { insertDefaultEvaluationForms } from '../modules/evaluation/default-forms';
import type { DemoDate } from './demo-calendar';
import { DEMO_IDS, demoId } from './demo-ids';

const PRECEPTOR_USER_OF_SITE: Record<number, number> = { 1: 4, 2: 6 };

/**
 * [placement, student n, site, start, end] of seed.ts's placements that have evaluations: the spring
 * placements (ended: midterm and final submitted, acknowledged but for one) and four of the fall
 * placements running now (midterm submitted). The demo student's (14) and two more (19, 20) have no
 * midterm yet, so the preceptor has it to fill and the dashboard shows two overdue.
 */
const EVALUATED: [number, number, number, string, string][] = [
  [1, 1, 1, '2026-04-20', '2026-05-22'], [2, 2, 1, '2026-04-20', '2026-05-22'], [3, 4, 1, '2026-04-20', '2026-05-22'],
  [4, 6, 1, '2026-04-20', '2026-05-22'], [5, 7, 2, '2026-04-20', '2026-05-22'], [6, 9, 2, '2026-04-20', '2026-05-22'],
  [7, 10, 1, '2026-05-25', '2026-06-19'], [8, 11, 1, '2026-05-25', '2026-06-19'], [9, 12, 1, '2026-05-25', '2026-06-19'],
  [10, 13, 1, '2026-05-25', '2026-06-19'], [11, 14, 2, '2026-05-25', '2026-06-19'], [12, 15, 2, '2026-05-25', '2026-06-19'],
  [13, 5, 2, '2026-05-25', '2026-06-19'],
  [15, 16, 1, '2026-11-02', '2026-12-18'], [16, 17, 1, '2026-11-02', '2026-12-18'], [17, 18, 1, '2026-11-02', '2026-12-18'],
  [18, 20, 2, '2026-11-02', '2026-12-18'],
];

/**
 * Site evaluations by spring students: two at the community site (a third, the demo student's, shows
 * its averages) and four at the hospital. Those students get (activated) accounts, as they had while
 * enrolled.
 */
const SITE_EVALUATIONS: [placement: number, student: number][] = [[1, 1], [2, 2], [5, 7], [6, 9], [11, 14], [12, 15]];

const midpoint = (start: string, end: string) => {
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  return new Date(a + Math.floor((b - a) / 86_400_000 / 2) * 86_400_000).toISOString().slice(0, 10);
};

/**
 * The demo program's evaluation forms and a spread of evaluations (fixed ids; a second run adds
 * nothing), on seed.ts's calendar (`d`).
 */
export async function seedEvaluations(em: EntityManager, passwordHash: string, d: DemoDate): Promise<void> {
  const [hasForms] = await em.query(`SELECT 1 FROM evaluation_forms WHERE program_id = $1`, [DEMO_IDS.program]);
  if (!hasForms) await insertDefaultEvaluationForms(em, DEMO_IDS.program);
  const formOf = async (kind: string) => {
    const [form]: { id: string }[] = await em.query(`SELECT id FROM evaluation_forms WHERE program_id = $1 AND kind = $2 AND active`, [DEMO_IDS.program, kind]);
    const items: { id: string }[] = await em.query(`SELECT id FROM evaluation_form_items WHERE form_id = $1 ORDER BY sort_order`, [form.id]);
    return { id: form.id, items: items.map((i) => i.id) };
  };
  const preceptorForm = await formOf('PRECEPTOR');
  const siteForm = await formOf('SITE');

  const insert = async (
    n: number, placement: number, student: number, form: { id: string; items: string[] }, kind: string, evaluator: string,
    submittedAt: string, ratings: (item: number) => number, comment: string, acknowledged: string | null,
  ) => {
    const evaluationId = demoId(30, n);
    const [exists] = await em.query(`SELECT 1 FROM evaluations WHERE id = $1 OR (placement_id = $2 AND kind = $3)`, [evaluationId, DEMO_IDS.placement(placement), kind]);
    if (exists) return;
    await em.query(
      `INSERT INTO evaluations (id, program_id, enrollment_id, placement_id, form_id, kind, evaluator_id, comment, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [evaluationId, DEMO_IDS.program, DEMO_IDS.enrollment(student), DEMO_IDS.placement(placement), form.id, kind, evaluator, comment, submittedAt],
    );
    const rated = form.items.map((_, i) => ratings(i));
    await em.query(
      `INSERT INTO evaluation_answers (evaluation_id, item_id, rating, comment) SELECT $1, * FROM unnest($2::uuid[], $3::smallint[], $4::text[])`,
      [evaluationId, form.items, rated, rated.map((r) => (r < 3 ? 'We talked this through; improving by the end of the rotation.' : null))],
    );
    await em.query(
      `UPDATE evaluations SET status = 'SUBMITTED', submitted_at = $2, acknowledged_at = $3, acknowledgement_comment = $4 WHERE id = $1`,
      [evaluationId, submittedAt, acknowledged, acknowledged && n % 4 === 0 ? 'Thank you, the feedback on counting technique helped.' : null],
    );
  };

  let n = 0;
  for (const [placement, student, site, writtenStart, writtenEnd] of EVALUATED) {
    const [start, end] = [d(writtenStart), d(writtenEnd)];
    const preceptor = DEMO_IDS.user(PRECEPTOR_USER_OF_SITE[site]);
    const spring = end < d('2026-07-01');
    const mid = `${midpoint(start, end)}T22:00:00Z`;
    await insert(++n, placement, student, preceptorForm, 'MIDTERM', preceptor, mid, (i) => 3 + ((student + i) % 2),
      'Reliable and careful; keep building speed at the fill station.', spring || placement !== 18 ? `${midpoint(start, end)}T23:30:00Z` : null);
    if (!spring) continue;
    await insert(++n, placement, student, preceptorForm, 'FINAL', preceptor, `${end}T22:00:00Z`, (i) => 4 + ((student + i) % 2),
      'Ready for entry-level practice.', placement === 13 ? null : `${end}T23:30:00Z`);
  }
  for (const [placement, student] of SITE_EVALUATIONS) {
    const userId = DEMO_IDS.user(100 + student);
    await em.query(
      `INSERT INTO users (id, email, display_name, role, password_hash, activated_at)
       SELECT $1, s.email, s.first_name || ' ' || s.last_name, 'STUDENT', $3, $4::date FROM students s WHERE s.id = $2 ON CONFLICT DO NOTHING`,
      [userId, DEMO_IDS.student(student), passwordHash, d('2026-01-12')],
    );
    await em.query(`UPDATE students SET user_id = $1 WHERE id = $2 AND user_id IS NULL`, [userId, DEMO_IDS.student(student)]);
    const [{ end }]: { end: string }[] = await em.query(`SELECT end_date::text AS end FROM placements WHERE id = $1`, [DEMO_IDS.placement(placement)]);
    await insert(++n, placement, student, siteForm, 'SITE', userId, `${end}T20:00:00Z`, (i) => (i === 2 && student === 9 ? 2 : 4 + ((student * 3 + i) % 2)),
      student % 2 ? 'Busy, friendly site; I learned a lot at the counter.' : 'Good teaching; the schedule changed often.', null);
  }
}
