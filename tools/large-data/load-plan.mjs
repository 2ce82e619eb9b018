// Writes the plan's small tables (plan.mjs), each group in one transaction: users, programs and
// cohorts; students, enrollments and status events; sites, preceptors and placements.
import { bulkInsert } from './db.mjs';

/** Users (all with the one password hash), programs with requirements and admins, cohorts with instructors. */
export async function loadProgramsAndCohorts(client, plan, hash) {
  await client.query('BEGIN');
  await bulkInsert(client, 'users', ['id', 'email', 'display_name', 'role', 'password_hash'], ['uuid', 'text', 'text', 'user_role', 'text'], plan.users.map((u) => [...u, hash]));
  await bulkInsert(client, 'programs', ['id', 'name', 'level', 'time_zone', 'min_total_hours', 'min_weeks', 'min_rotations', 'min_single_rotation_hours', 'min_rotation_total_hours'],
    ['uuid', 'text', 'program_level', 'text', 'numeric', 'int', 'int', 'numeric', 'numeric'],
    plan.programs.map((p) => [p.id, p.name, p.level, p.tz, p.minTotalHours, p.minWeeks, p.minRotations, p.minSingle, p.minRotationTotal]));
  for (const p of plan.programs) await client.query(`UPDATE programs SET accreditors = $2 WHERE id = $1`, [p.id, p.accreditors]);
  await bulkInsert(client, 'program_requirements', ['id', 'program_id', 'component', 'setting', 'min_hours'], ['uuid', 'uuid', 'hour_component', 'practice_setting', 'numeric'], plan.requirements);
  await bulkInsert(client, 'program_admins', ['program_id', 'user_id'], ['uuid', 'uuid'], plan.admins);
  await bulkInsert(client, 'cohorts', ['id', 'program_id', 'code', 'name', 'start_date', 'expected_end_date', 'externship_start_date', 'externship_end_date'],
    ['uuid', 'uuid', 'text', 'text', 'date', 'date', 'date', 'date'], plan.cohorts);
  await bulkInsert(client, 'cohort_instructors', ['cohort_id', 'user_id'], ['uuid', 'uuid'], plan.cohortInstructors);
  await client.query('COMMIT');
}

/** Students, their enrollments and status histories, each timestamped on its date (on `asOf` when that is earlier). */
export async function loadEnrollments(client, plan, asOf) {
  await client.query('BEGIN');
  await bulkInsert(client, 'students', ['id', 'program_id', 'user_id', 'first_name', 'last_name', 'email', 'student_number', 'phone'],
    ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'text', 'text'], plan.students);
  await bulkInsert(client, 'enrollments', ['id', 'program_id', 'cohort_id', 'student_id', 'enrolled_on', 'status_since', 'created_at'],
    ['uuid', 'uuid', 'uuid', 'uuid', 'date', 'date', 'timestamptz'], plan.enrollments.map((e) => [...e, e[4], `${e[4] < asOf ? e[4] : asOf}T09:00:00Z`]));
  // The derive trigger keeps enrollments.status / status_since in step with the newest event.
  await bulkInsert(client, 'enrollment_status_events', ['id', 'program_id', 'enrollment_id', 'status', 'effective_on', 'reason_code', 'note', 'recorded_by', 'recorded_at'],
    ['uuid', 'uuid', 'uuid', 'enrollment_status', 'date', 'reason_code', 'text', 'uuid', 'timestamptz'],
    plan.events.map((e) => [...e, `${e[4] < asOf ? e[4] : asOf}T15:00:00Z`]));
  await client.query('COMMIT');
}

/** Sites with their agreements, preceptors and placements. */
export async function loadPlacements(client, plan) {
  await client.query('BEGIN');
  await bulkInsert(client, 'sites', ['id', 'program_id', 'name', 'address', 'setting', 'capacity', 'agreement_start_date', 'agreement_end_date'],
    ['uuid', 'uuid', 'text', 'text', 'practice_setting', 'int', 'date', 'date'], plan.sites.map((s) => [s.id, s.programId, s.name, s.address, s.setting, s.capacity, s.start, s.end]));
  await bulkInsert(client, 'preceptors', ['id', 'program_id', 'site_id', 'user_id', 'license_number', 'license_expires_on'], ['uuid', 'uuid', 'uuid', 'uuid', 'text', 'date'], plan.preceptors);
  await bulkInsert(client, 'placements', ['id', 'program_id', 'enrollment_id', 'site_id', 'preceptor_id', 'start_date', 'end_date', 'planned_hours'],
    ['uuid', 'uuid', 'uuid', 'uuid', 'uuid', 'date', 'date', 'numeric'], plan.placements);
  await client.query('COMMIT');
}
