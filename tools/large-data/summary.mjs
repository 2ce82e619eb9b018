// What the large-data generator prints once loaded: sign-ins around a cohort on externship and the
// row counts of the main tables.
import { EMAIL_DOMAIN, PASSWORD } from './reference-data.mjs';

export async function printSignIns(client, asOf) {
  const { rows } = await client.query(
    `WITH current_cohort AS (
       SELECT c.id FROM cohorts c
        WHERE c.externship_start_date <= $1::date - 14 AND c.externship_end_date >= $1::date
          AND EXISTS (SELECT 1 FROM cohort_instructors ci JOIN users u ON u.id = ci.user_id WHERE ci.cohort_id = c.id AND u.email LIKE $2)
        ORDER BY c.id LIMIT 1),
     enr AS (
       SELECT e.id, e.cohort_id, s.user_id FROM enrollments e JOIN students s ON s.id = e.student_id
        WHERE e.cohort_id = (SELECT id FROM current_cohort) AND e.status IN ('ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED')
          AND EXISTS (SELECT 1 FROM placements p WHERE p.enrollment_id = e.id AND p.start_date <= $1::date)
        ORDER BY e.id LIMIT 1)
     SELECT (SELECT u.email FROM program_admins pa JOIN users u ON u.id = pa.user_id JOIN cohorts c ON c.program_id = pa.program_id
              WHERE c.id = (SELECT id FROM current_cohort) LIMIT 1) AS admin,
            (SELECT u.email FROM cohort_instructors ci JOIN users u ON u.id = ci.user_id WHERE ci.cohort_id = (SELECT id FROM current_cohort) ORDER BY u.email LIMIT 1) AS instructor,
            (SELECT u.email FROM placements p JOIN preceptors pr ON pr.id = p.preceptor_id JOIN users u ON u.id = pr.user_id
              WHERE p.enrollment_id = (SELECT id FROM enr) AND p.start_date <= $1::date ORDER BY p.start_date LIMIT 1) AS preceptor,
            (SELECT u.email FROM users u WHERE u.id = (SELECT user_id FROM enr)) AS student`,
    [asOf, `%${EMAIL_DOMAIN}`],
  );
  const r = rows[0] ?? {};
  console.log(`\nSign-ins (password ${PASSWORD}), around a cohort on externship now:`);
  for (const role of ['admin', 'instructor', 'preceptor', 'student']) console.log(`  ${role.padEnd(10)} ${r[role] ?? '(none found)'}`);
}

export async function printCounts(client) {
  const { rows: counts } = await client.query(`SELECT
    (SELECT count(*) FROM programs)::int AS programs, (SELECT count(*) FROM cohorts)::int AS cohorts, (SELECT count(*) FROM students)::int AS students,
    (SELECT count(*) FROM enrollments)::int AS enrollments, (SELECT count(*) FROM enrollment_status_events)::int AS status_events,
    (SELECT count(*) FROM sites)::int AS sites, (SELECT count(*) FROM preceptors)::int AS preceptors, (SELECT count(*) FROM placements)::int AS placements,
    (SELECT count(*) FROM hour_entries)::int AS hour_entries, (SELECT count(*) FROM users)::int AS users,
    (SELECT count(*) FROM compliance_records)::int AS compliance_records, (SELECT count(*) FROM exam_attempts)::int AS exam_attempts,
    (SELECT count(*) FROM employment_records)::int AS employment_records, (SELECT count(*) FROM outcome_markers)::int AS outcome_markers,
    (SELECT count(*) FROM competency_signoffs)::int AS competency_signoffs`);
  console.log('\nRows:', JSON.stringify(counts[0]));
}
