// What the benchmark reads from the generated data set (tools/large-data/): its size, the
// instructor and cohorts it measures, the students of the progress workload and the free slots of
// the log workload.
import { BENCH_NOTE, EMAIL_DOMAIN, mulberry32 } from './common.mjs';

export async function loadFixtures(db, o) {
  const { rows: gen } = await db.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [`%@${EMAIL_DOMAIN}`]);
  if (!gen[0].n) throw new Error('this database holds no generated data: run tools/large-data/generate.mjs first');
  const { rows: size } = await db.query(
    `SELECT (SELECT count(*) FROM programs)::int AS programs, (SELECT count(*) FROM enrollments)::int AS enrollments,
            (SELECT reltuples::bigint FROM pg_class WHERE oid = 'hour_entries'::regclass) AS hour_entries`,
  );
  // The instructor: the first (by email) who teaches a cohort now a few weeks into its externship.
  const { rows: ins } = await db.query(
    `SELECT u.id, u.email FROM users u JOIN cohort_instructors ci ON ci.user_id = u.id JOIN cohorts c ON c.id = ci.cohort_id
      WHERE u.email LIKE $1 AND c.externship_start_date <= current_date - 14 AND c.externship_end_date >= current_date
      ORDER BY u.email LIMIT 1`,
    [`%@${EMAIL_DOMAIN}`],
  );
  if (!ins[0]) throw new Error('no instructor with a cohort on externship now (was the data generated long ago? regenerate with --force)');
  // Their cohorts that have started (a future cohort has no hours yet).
  const { rows: cohorts } = await db.query(
    `SELECT c.id, c.code, (SELECT count(*) FROM enrollments e WHERE e.cohort_id = c.id)::int AS size
       FROM cohorts c JOIN cohort_instructors ci ON ci.cohort_id = c.id
      WHERE ci.user_id = $1 AND c.start_date <= current_date - 7 ORDER BY c.start_date`,
    [ins[0].id],
  );
  // Students (with sign-ins) of those cohorts, for the progress workload: spread over the cohorts.
  const { rows: students } = await db.query(
    `SELECT u.email, e.id AS enrollment_id FROM enrollments e JOIN students s ON s.id = e.student_id JOIN users u ON u.id = s.user_id
      WHERE e.cohort_id = ANY($1::uuid[]) ORDER BY md5(e.id::text || $2) LIMIT $3`,
    [cohorts.map((c) => c.id), String(o.seed), o.students],
  );
  return { size: size[0], instructor: ins[0], cohorts, students };
}

/**
 * Frees the slots the log workload took: its entries (found by their note) become REJECTED, which
 * no overlap check and no total counts. Audit rows are append-only and stay. Returns how many.
 */
export async function withdrawBenchRows(db) {
  const { rowCount } = await db.query(
    `UPDATE hour_entries SET status = 'REJECTED', review_comment = 'Benchmark row, withdrawn', updated_at = now() WHERE activity_note = $1 AND status <> 'REJECTED'`,
    [BENCH_NOTE],
  );
  // The withdrawn versions stay in the exclusion constraint's index until a vacuum: the next cell, logging into the
  // same slots, would check every one of them, and that side would look slower for the other side's rows.
  if (rowCount > 0) await db.query('VACUUM hour_entries');
  return rowCount;
}

/** Free 5-minute slots (04:10–06:00 local) inside current placements of active students, by instructor. */
export async function loadLogSlots(db, seed) {
  const { rows } = await db.query(
    `WITH cand AS (
       SELECT ci.user_id, e.id AS enrollment_id, e.program_id, p.expired_compliance_policy::text AS policy, pl.id AS placement_id, p.time_zone,
              greatest(pl.start_date + 1, current_date - 90) AS d0, least(pl.end_date - 1, current_date - 1) AS d1
         FROM enrollments e
         JOIN programs p ON p.id = e.program_id
         JOIN placements pl ON pl.enrollment_id = e.id
         JOIN LATERAL (SELECT user_id FROM cohort_instructors ci WHERE ci.cohort_id = e.cohort_id ORDER BY user_id LIMIT 1) ci ON true
        WHERE e.status IN ('ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED') AND pl.start_date < current_date - 1 AND pl.end_date > current_date - 90
     )
     SELECT u.email, cand.enrollment_id, cand.placement_id, x.s AS started_at, x.s + interval '5 minutes' AS ended_at
       FROM cand
       JOIN users u ON u.id = cand.user_id
       CROSS JOIN LATERAL generate_series(cand.d0, cand.d1, interval '1 day') AS d
       CROSS JOIN generate_series(0, 21) AS q
       CROSS JOIN LATERAL (SELECT ((d::date + time '04:10' + q * interval '5 minutes') AT TIME ZONE cand.time_zone) AS s) x
      WHERE u.email LIKE $1 AND x.s + interval '5 minutes' < now() - interval '1 hour'
        AND NOT EXISTS (SELECT 1 FROM hour_entries h WHERE h.enrollment_id = cand.enrollment_id AND h.status <> 'REJECTED'
                           AND tstzrange(h.started_at, h.ended_at) && tstzrange(x.s, x.s + interval '5 minutes'))
        -- Only shifts the API accepts: under a BLOCK policy, every required compliance item current on that day
        -- (the data set has compliance records; a refused request would measure the refusal, not the insert).
        AND (cand.policy = 'FLAG' OR NOT EXISTS (
              SELECT 1 FROM compliance_items ci
               WHERE ci.program_id = cand.program_id AND ci.active
                 AND NOT EXISTS (SELECT 1 FROM compliance_records cr
                                  WHERE cr.enrollment_id = cand.enrollment_id AND cr.item_id = ci.id AND cr.status IN ('VERIFIED', 'WAIVED')
                                    AND cr.completed_on <= d::date AND (cr.expires_on IS NULL OR cr.expires_on >= d::date))))`,
    [`%@${EMAIL_DOMAIN}`],
  );
  const rnd = mulberry32(seed * 7919);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}
