// The student records beyond hours for the large data set (docs/performance.md §1): each generated program's
// compliance items and its students' compliance records, credentialing exam attempts and
// employment outcomes of graduates, outcome markers, and competency sign-offs — all written by
// set-based SQL from the enrollments and status events already loaded, so the same --as-of gives
// the same rows (deterministic ids of kinds 12–17, like generate.mjs's uid()).
//
// Shapes, per enrollment (n = its sequence number, every draw a hash of n and a salt):
// - compliance: ~85% of the program's 12 default items, completed 5–45 days before the start,
//   expiring by the item's validity rule (the same rule as @ptp/shared's defaultExpiry: valid
//   through the day before the same date `months` later); 90% VERIFIED, 5% PENDING, 3% REJECTED,
//   2% WAIVED (reasons given, as the table's CHECK requires).
// - graduates and non-graduate completers: 88% sit the program's exam (ENTRY: PTCE for 75%, else
//   ExCPT; ADVANCED: PTCE), first 20–70 days after completion; pass on attempt 1 (72%), 2, 3 or 4,
//   or fail all four; each retake after the exam's wait plus 10 days; only attempts on or before
//   --as-of are written, and the next one (within 60 days) as SCHEDULED.
// - employment of completers: 62% in field, 10% related, 6% unrelated, starting 15–115 days after
//   completion (not after --as-of), verified two weeks later when that has happened; of the rest,
//   3% documented unavailable (with an allowed reason), 4% refused employment, 5% waiting for an
//   exam — each documented 30 days after completion.
// - competencies: ENTRY programs use the entry-level (E) library, ADVANCED all of it; completers
//   have 97% signed, students past their externship start a share growing with their time there.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const ID = (kind, expr) => `('a1a1a1a1-${String(kind).padStart(4, '0')}-4000-8000-' || lpad((${expr})::text, 12, '0'))::uuid`;
const R = (expr, salt) => `((hashint8extended((${expr})::bigint, ${salt}) & 1073741823)::float8 / 1073741824.0)`;
/** The generated rows only (ids a1a1a1a1-0006-… for enrollments, -0002- for programs). */
const GEN_ENROLLMENT = `e.id::text LIKE 'a1a1a1a1-0006-%'`;
const ENROLLMENT_N = `substr(e.id::text, 25)::bigint`;

const EMPLOYERS = ['CVS Pharmacy', 'Walgreens', 'Rite Aid', 'Kroger Pharmacy', 'Walmart Pharmacy', 'Regional Medical Center', "St. Mary's Hospital",
  'Community Health System', 'Omnicare', 'PharMerica', 'Express Scripts', 'Optum Rx', 'Accredo Specialty Pharmacy', 'Costco Pharmacy', 'Publix Pharmacy'];
const sqlText = (arr) => `ARRAY[${arr.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

/** Each step: [label, sql]. $1 is the as-of date everywhere. */
function steps() {
  const { DEFAULT_COMPLIANCE_ITEMS } = require('@ptp/shared');
  const items = DEFAULT_COMPLIANCE_ITEMS;
  const completer = `e.status IN ('GRADUATED', 'COMPLETED_NON_GRADUATE')`;
  return [
    ['compliance items', `
      INSERT INTO compliance_items (id, program_id, code, name, validity, validity_months, sort_order)
      SELECT ${ID(12, `(p.rn - 1) * ${items.length} + i.ord`)}, p.id, i.code, i.name, i.validity::validity_kind, i.months, i.ord
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM programs WHERE id::text LIKE 'a1a1a1a1-0002-%') p
       CROSS JOIN unnest(${sqlText(items.map((i) => i.code))}, ${sqlText(items.map((i) => i.name))}, ${sqlText(items.map((i) => i.validity))},
                         ARRAY[${items.map((i) => i.validityMonths ?? 'NULL').join(',')}]::int[]) WITH ORDINALITY AS i(code, name, validity, months, ord)`],
    ['compliance records', `
      WITH base AS (
        SELECT e.id AS enrollment_id, e.program_id, ${ENROLLMENT_N} AS n, e.enrolled_on, s.user_id AS student_user,
               (SELECT ci.user_id FROM cohort_instructors ci WHERE ci.cohort_id = e.cohort_id ORDER BY ci.user_id LIMIT 1) AS reviewer,
               ci.id AS item_id, ci.sort_order AS ord, ci.validity, ci.validity_months
          FROM enrollments e
          JOIN students s ON s.id = e.student_id
          JOIN compliance_items ci ON ci.program_id = e.program_id
         WHERE ${GEN_ENROLLMENT} AND e.enrolled_on <= $1::date
      ), d AS (
        SELECT b.*, b.n * 16 + b.ord AS k, ${R('b.n * 16 + b.ord', 41)} AS r_take, ${R('b.n * 16 + b.ord', 42)} AS r_status,
               (b.enrolled_on - (5 + floor(${R('b.n * 16 + b.ord', 43)} * 40))::int) AS completed
          FROM base b
      )
      INSERT INTO compliance_records (id, program_id, enrollment_id, item_id, completed_on, expires_on, status, review_reason, reviewed_by, reviewed_at, submitted_by, created_at)
      SELECT ${ID(13, 'd.k')}, d.program_id, d.enrollment_id, d.item_id, d.completed,
             CASE d.validity WHEN 'ONE_TIME' THEN NULL
                             ELSE (d.completed + make_interval(months => CASE d.validity WHEN 'ANNUAL' THEN 12 ELSE d.validity_months END))::date - 1 END,
             st.status::compliance_review_status,
             CASE st.status WHEN 'REJECTED' THEN 'The document is illegible; please upload a clearer scan.'
                            WHEN 'WAIVED' THEN 'Waived: documented medical exemption on file.' END,
             CASE WHEN st.status <> 'PENDING' THEN d.reviewer END,
             CASE WHEN st.status <> 'PENDING' THEN least((d.completed + 3)::timestamptz + interval '10 hours', now()) END,
             d.student_user, least((d.completed + 1)::timestamptz + interval '9 hours', now())
        FROM d
       CROSS JOIN LATERAL (SELECT CASE WHEN d.r_status < 0.90 THEN 'VERIFIED' WHEN d.r_status < 0.95 THEN 'PENDING'
                                       WHEN d.r_status < 0.98 THEN 'REJECTED' ELSE 'WAIVED' END AS status) st
       WHERE d.r_take < 0.85`],
    ['exam attempts', `
      WITH grads AS (
        SELECT e.id AS enrollment_id, e.program_id, ${ENROLLMENT_N} AS n, e.status_since AS done_on,
               (SELECT ci.user_id FROM cohort_instructors ci WHERE ci.cohort_id = e.cohort_id ORDER BY ci.user_id LIMIT 1) AS recorder,
               CASE WHEN p.level = 'ENTRY' AND ${R(ENROLLMENT_N, 51)} >= 0.75 THEN 'ExCPT' ELSE 'PTCE' END AS exam_code
          FROM enrollments e JOIN programs p ON p.id = e.program_id
         WHERE ${GEN_ENROLLMENT} AND ${completer} AND ${R(ENROLLMENT_N, 52)} < 0.88
      ), plan AS (
        SELECT g.*, x.id AS exam_id, x.min_score, x.max_score, x.pass_score, x.retake_wait_days AS waits,
               -- the attempt that passes (5: none of the four)
               CASE WHEN r.v < 0.72 THEN 1 WHEN r.v < 0.87 THEN 2 WHEN r.v < 0.93 THEN 3 WHEN r.v < 0.96 THEN 4 ELSE 5 END AS pass_at,
               g.done_on + (20 + floor(${R('g.n', 54)} * 50))::int AS first_on
          FROM grads g JOIN exams x ON x.code = g.exam_code
         CROSS JOIN LATERAL (SELECT ${R('g.n', 53)} AS v) r
      ), att AS (
        SELECT p.*, a.num,
               p.first_on + (SELECT coalesce(sum(w + 10), 0) FROM unnest(p.waits[1:a.num - 1]) AS w)::int AS taken
          FROM plan p CROSS JOIN generate_series(1, 4) AS a(num)
         WHERE a.num <= least(p.pass_at, 4)
      ), dated AS (
        SELECT att.*, row_number() OVER (PARTITION BY att.enrollment_id ORDER BY att.num) AS seq,
               count(*) FILTER (WHERE att.taken <= $1::date) OVER (PARTITION BY att.enrollment_id) AS done_count
          FROM att
         WHERE att.taken <= $1::date + 60
      )
      INSERT INTO exam_attempts (id, program_id, enrollment_id, exam_id, attempt_number, taken_on, result, scaled_score, recorded_by, created_at)
      SELECT ${ID(14, 'd.n * 4 + d.num')}, d.program_id, d.enrollment_id, d.exam_id, d.num, d.taken,
             res.result::exam_result,
             CASE res.result WHEN 'PASSED' THEN d.pass_score + floor(${R('d.n * 4 + d.num', 55)} * (d.max_score - d.pass_score + 1))::int
                             WHEN 'FAILED' THEN d.min_score + floor(${R('d.n * 4 + d.num', 55)} * (d.pass_score - d.min_score))::int END,
             d.recorder, least(d.taken::timestamptz + interval '18 hours', now())
        FROM dated d
       CROSS JOIN LATERAL (SELECT CASE WHEN d.taken > $1::date THEN 'SCHEDULED' WHEN d.num = d.pass_at THEN 'PASSED' ELSE 'FAILED' END AS result) res
       WHERE d.taken <= $1::date OR d.seq = d.done_count + 1`],
    ['employment records', `
      WITH c AS (
        SELECT e.id AS enrollment_id, e.program_id, ${ENROLLMENT_N} AS n, e.status_since AS done_on, ${R(ENROLLMENT_N, 61)} AS r
          FROM enrollments e WHERE ${GEN_ENROLLMENT} AND ${completer}
      ), j AS (
        SELECT c.*, CASE WHEN c.r < 0.62 THEN 'IN_FIELD' WHEN c.r < 0.72 THEN 'RELATED' ELSE 'UNRELATED' END AS relation,
               c.done_on + (15 + floor(${R('c.n', 62)} * 100))::int AS starts
          FROM c WHERE c.r < 0.78
      )
      INSERT INTO employment_records (id, program_id, enrollment_id, employer, job_title, relation, start_date, verified_on, verification_source, created_at)
      SELECT ${ID(15, 'j.n')}, j.program_id, j.enrollment_id,
             CASE j.relation WHEN 'UNRELATED' THEN 'Harbor Logistics' ELSE (${sqlText(EMPLOYERS)})[1 + floor(${R('j.n', 63)} * ${EMPLOYERS.length})::int] END,
             CASE j.relation WHEN 'IN_FIELD' THEN 'Pharmacy Technician' WHEN 'RELATED' THEN 'Medical Office Assistant' ELSE 'Warehouse Associate' END,
             j.relation::employment_relation, j.starts,
             CASE WHEN j.starts + 14 <= $1::date THEN j.starts + 14 END,
             CASE WHEN j.starts + 14 <= $1::date THEN 'Employer verification call' END,
             least(j.starts::timestamptz + interval '10 hours', now())
        FROM j WHERE j.starts <= $1::date`],
    ['outcome markers', `
      WITH c AS (
        SELECT e.id AS enrollment_id, e.program_id, ${ENROLLMENT_N} AS n, e.status_since AS done_on, ${R(ENROLLMENT_N, 61)} AS r
          FROM enrollments e WHERE ${GEN_ENROLLMENT} AND ${completer} AND e.status_since + 30 <= $1::date
      )
      INSERT INTO outcome_markers (id, program_id, enrollment_id, kind, unavailability_reason, documented_on, note, created_at)
      SELECT ${ID(16, 'c.n')}, c.program_id, c.enrollment_id, m.kind::outcome_marker_kind,
             CASE WHEN m.kind = 'UNAVAILABLE' THEN (ARRAY['HEALTH','MILITARY','CONTINUING_EDUCATION','PREGNANCY','FAMILY_CARE'])[1 + floor(${R('c.n', 64)} * 5)::int]::unavailability_reason END,
             c.done_on + 30,
             CASE m.kind WHEN 'UNAVAILABLE' THEN 'Documented by the graduate in writing.' WHEN 'REFUSED_EMPLOYMENT' THEN 'Declined two documented offers.' ELSE 'Exam date booked.' END,
             least((c.done_on + 30)::timestamptz + interval '10 hours', now())
        FROM c CROSS JOIN LATERAL (SELECT CASE WHEN c.r < 0.81 THEN 'UNAVAILABLE' WHEN c.r < 0.85 THEN 'REFUSED_EMPLOYMENT' ELSE 'WAITING_FOR_EXAM' END AS kind) m
       WHERE c.r >= 0.78 AND c.r < 0.90
         AND NOT (m.kind = 'WAITING_FOR_EXAM' AND EXISTS (SELECT 1 FROM exam_attempts a WHERE a.enrollment_id = c.enrollment_id AND a.result = 'PASSED'))`],
    ['program competencies', `
      INSERT INTO program_competencies (program_id, competency_id)
      SELECT p.id, k.id FROM programs p JOIN competencies k ON k.active AND (p.level = 'ADVANCED' OR k.level = 'E')
       WHERE p.id::text LIKE 'a1a1a1a1-0002-%'`],
    ['competency sign-offs', `
      WITH e AS (
        SELECT e.id, e.program_id, ${ENROLLMENT_N} AS n, e.status, e.status_since, c.externship_start_date AS xs, c.externship_end_date AS xe,
               (SELECT ci.user_id FROM cohort_instructors ci WHERE ci.cohort_id = e.cohort_id ORDER BY ci.user_id LIMIT 1) AS signer
          FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
         WHERE ${GEN_ENROLLMENT} AND c.externship_start_date <= $1::date
           AND e.status IN ('GRADUATED', 'COMPLETED_NON_GRADUATE', 'ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED')
      ), s AS (
        SELECT e.*, k.id AS competency_id, k.sort_order, ${R('e.n * 128 + k.sort_order', 71)} AS r,
               CASE WHEN e.status IN ('GRADUATED', 'COMPLETED_NON_GRADUATE') THEN 0.97
                    ELSE least(1.0, ($1::date - e.xs)::float8 / greatest(1, e.xe - e.xs)) * 0.9 END AS share,
               least(e.xe, $1::date) AS last_day
          FROM e JOIN program_competencies pc ON pc.program_id = e.program_id JOIN competencies k ON k.id = pc.competency_id
      )
      INSERT INTO competency_signoffs (id, program_id, enrollment_id, competency_id, signed_by, signed_on, created_at)
      SELECT ${ID(17, 's.n * 128 + s.sort_order')}, s.program_id, s.id, s.competency_id, s.signer,
             least(s.last_day, s.xs + floor(s.r / greatest(s.share, 0.0001) * greatest(0, s.last_day - s.xs))::int),
             least((least(s.last_day, s.xs + floor(s.r / greatest(s.share, 0.0001) * greatest(0, s.last_day - s.xs))::int))::timestamptz + interval '16 hours', now())
        FROM s WHERE s.r < s.share`],
  ];
}

/** Loads every step in one transaction; returns [label, rows, ms][]. */
export async function loadRecords(client, asOf, log = () => undefined) {
  const out = [];
  await client.query('BEGIN');
  try {
    for (const [label, sql] of steps()) {
      const s = Date.now();
      const res = await client.query(sql, sql.includes('$1') ? [asOf] : []);
      out.push([label, res.rowCount, Date.now() - s]);
      log(`  ${label}: ${res.rowCount.toLocaleString('en-US')} rows in ${Date.now() - s} ms`);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  return out;
}
