/*
 * The report's SQL. Every count is made by PostgreSQL: the figures statement returns one row per
 * figure with its count (and, when asked, its students as JSON); nothing is counted in JS.
 *
 * Parameters shared by the statements:
 *   $1 program ids (uuid[])      $2 cohort ids (uuid[]; NULL = every cohort of the programs)
 *   $3 period start (date)       $4 period end (date, inclusive)
 *   $5 start of the previous year (date; PTCB "previous year's enrollment")
 *   $6 include the students of every figure (boolean)
 *   $7 the statuses that count as enrolled (text[])   $8 labels (jsonb: status, reason, unavailable)
 *
 * Counting rules (docs/design.md §4.1):
 * - A status event effective on day D holds from the start of D, so the status "at the close of D"
 *   is the newest event effective on or before D (ties broken by insertion order). BE is taken at
 *   the close of the day before the period, EE at the close of its last day: EE of one period is
 *   BE of the next, a withdrawal on the first day is in BE and is a withdrawal of the period, and a
 *   graduation on the last day is in G, not in EE. Leave counts as enrolled (ENROLLED_STATUSES).
 * - NS, RE, G, non-graduate completions, withdrawals (WITHDRAWN, DISMISSED) and transfers out are
 *   the status events effective in the period; one row per event, so a student who withdraws and
 *   re-enters twice counts twice, and BE + NS + RE = EE + G + NGC + W + T always holds.
 *   RETURNED_FROM_LEAVE is not a re-entry (it does not change enrolled / not enrolled).
 *   NS counts every ENROLLED event (new starts and transfers in), since both enter enrollment.
 * - Employment, documented unavailability and exam attempts are counted as known when the report
 *   is generated, for the completers (graduates and non-graduate completers) of the period; a
 *   program with count_only_verified_employment counts only employment with a verified date.
 * - Voided (admin-corrected) status events are left out of the log entirely.
 */

import { minimumMinutesSql, minutesAsHoursTextSql, placementGroupsSql, rotationMetSql, rotationTallySql } from '../hours/progress.sql';

/** Enrollments in scope and their whole status log. */
const SCOPE = `
  scoped AS MATERIALIZED (
    SELECT e.id FROM enrollments e
     WHERE e.program_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR e.cohort_id = ANY($2::uuid[]))
  ),
  ev AS MATERIALIZED (
    SELECT x.enrollment_id, x.status::text AS status, x.effective_on, x.reason_code::text AS reason, x.seq
      FROM enrollment_status_events x JOIN scoped s ON s.id = x.enrollment_id
     WHERE x.voided_at IS NULL -- a voided (corrected) event counts nowhere
  )`;

/**
 * Cohorts of the ASHP summary: those in scope that run during the period; their students: every
 * enrollment that has not withdrawn, been dismissed or transferred out (as of generation).
 */
const ASHP = `
  ashp_cohorts AS MATERIALIZED (
    SELECT c.id, c.program_id, c.code, c.name, c.start_date FROM cohorts c
     WHERE c.program_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR c.id = ANY($2::uuid[]))
       AND c.start_date <= $4::date AND c.expected_end_date >= $3::date
  ),
  ashp_students AS MATERIALIZED (
    SELECT e.id AS enrollment_id, e.cohort_id, e.program_id
      FROM enrollments e JOIN ashp_cohorts c ON c.id = e.cohort_id
     WHERE e.status NOT IN ('WITHDRAWN', 'DISMISSED', 'TRANSFERRED_OUT')
  ),
  -- Per student, from the maintained totals (the report never scans hour entries), looked up by
  -- index one student at a time (the aggregate keeps the lookup from being turned into a scan of
  -- the whole table): approved minutes per component, and the rotations as progress measures them.
  ashp_hours AS MATERIALIZED (
    SELECT s.enrollment_id, s.cohort_id, s.program_id, k.*
      FROM ashp_students s
      CROSS JOIN LATERAL (
        SELECT coalesce(sum(x.minutes) FILTER (WHERE x.component = 'DIDACTIC'), 0) AS didactic,
               coalesce(sum(x.minutes) FILTER (WHERE x.component = 'SIMULATED'), 0) AS simulated,
               coalesce(sum(x.minutes) FILTER (WHERE x.component = 'EXPERIENTIAL'), 0) AS experiential,
               ${rotationTallySql('x')}
          FROM (${placementGroupsSql('s.enrollment_id')}) x) k
  )`;

/** Everything the figures are made of: one row per (figure, student, evidence). */
const MEMBERS = `
  WITH ${SCOPE},
  lbl AS (SELECT $8::jsonb AS j),
  days(tag, day) AS (VALUES ('BE', $3::date - 1), ('EE', $4::date), ('PBE', $5::date - 1)),
  at_day AS MATERIALIZED (
    SELECT d.tag, l.enrollment_id, l.status, l.effective_on
      FROM days d CROSS JOIN LATERAL (
        SELECT DISTINCT ON (ev.enrollment_id) ev.enrollment_id, ev.status, ev.effective_on
          FROM ev WHERE ev.effective_on <= d.day
         ORDER BY ev.enrollment_id, ev.effective_on DESC, ev.seq DESC) l
     WHERE l.status = ANY($7::text[])
  ),
  moves AS MATERIALIZED (
    SELECT ev.enrollment_id, ev.status, ev.effective_on,
           (lbl.j->'status'->>ev.status) || ' on ' || to_char(ev.effective_on, 'YYYY-MM-DD')
             || coalesce(' (' || (lbl.j->'reason'->>ev.reason) || ')', '') AS evidence
      FROM ev, lbl
     WHERE ev.effective_on BETWEEN $5::date AND $4::date
       AND ev.status IN ('ENROLLED', 'RE_ENTERED', 'GRADUATED', 'COMPLETED_NON_GRADUATE', 'WITHDRAWN', 'DISMISSED', 'TRANSFERRED_OUT')
  ),
  completers AS MATERIALIZED (
    SELECT enrollment_id, status = 'GRADUATED' AS graduate, effective_on, evidence
      FROM moves WHERE effective_on >= $3::date AND status IN ('GRADUATED', 'COMPLETED_NON_GRADUATE')
  ),
  -- Each completer gets exactly one employment bucket, by priority: employed in field (F) >
  -- related field (R) > documented unavailable (U) > waiting for an exam (W) > refused employment
  -- (X); otherwise employed in an unrelated field (N) or nothing known (0). The buckets are
  -- disjoint, so F + R never exceeds G − U (ABHES) and placed never exceeds completers − W − U − X
  -- (COE): no rate can pass 100%. A graduate with a job in the field counts as placed even if a
  -- marker was documented as well.
  outcome AS MATERIALIZED (
    SELECT c.enrollment_id, c.graduate, o.bucket,
           CASE o.bucket WHEN 'F' THEN 'Employed in field: ' || j.job
                         WHEN 'R' THEN 'Employed in a related field: ' || j.job
                         WHEN 'N' THEN 'Employed in an unrelated field: ' || j.job
                         WHEN '0' THEN 'No employment or outcome recorded'
                         ELSE mk.marker END AS evidence,
           CASE WHEN o.bucket IN ('F', 'R', 'N') THEN j.start_date WHEN o.bucket = '0' THEN NULL ELSE mk.documented_on END AS evidence_date
      FROM completers c
      CROSS JOIN lbl
      -- The best job (in field, then related, then unrelated; earliest first) and the strongest marker.
      LEFT JOIN LATERAL (
        SELECT r.relation::text AS relation, r.start_date,
               r.employer || ' (' || r.job_title || ') from ' || to_char(r.start_date, 'YYYY-MM-DD')
                 || coalesce(', verified ' || to_char(r.verified_on, 'YYYY-MM-DD') || ' (' || r.verification_source || ')', ', not yet verified') AS job
          FROM employment_records r WHERE r.enrollment_id = c.enrollment_id
           -- A program that counts only verified employment ignores jobs not yet verified.
           AND (r.verified_on IS NOT NULL OR NOT EXISTS (
                 SELECT 1 FROM enrollments re JOIN programs rp ON rp.id = re.program_id
                  WHERE re.id = r.enrollment_id AND rp.count_only_verified_employment))
         ORDER BY CASE r.relation WHEN 'IN_FIELD' THEN 0 WHEN 'RELATED' THEN 1 ELSE 2 END, r.start_date, r.id LIMIT 1) j ON true
      LEFT JOIN LATERAL (
        SELECT k.kind::text AS kind, k.documented_on,
               CASE k.kind WHEN 'UNAVAILABLE' THEN 'Documented unavailable for employment: ' || (lbl.j->'unavailable'->>k.unavailability_reason::text)
                           WHEN 'WAITING_FOR_EXAM' THEN 'Waiting to take a credentialing exam'
                           ELSE 'Refused employment' END
                 || ' (documented ' || to_char(k.documented_on, 'YYYY-MM-DD') || ')' AS marker
          FROM outcome_markers k WHERE k.enrollment_id = c.enrollment_id
         ORDER BY CASE k.kind WHEN 'UNAVAILABLE' THEN 0 WHEN 'WAITING_FOR_EXAM' THEN 1 ELSE 2 END, k.documented_on, k.id LIMIT 1) mk ON true
      CROSS JOIN LATERAL (SELECT CASE WHEN j.relation = 'IN_FIELD' THEN 'F' WHEN j.relation = 'RELATED' THEN 'R'
                                      WHEN mk.kind = 'UNAVAILABLE' THEN 'U' WHEN mk.kind = 'WAITING_FOR_EXAM' THEN 'W'
                                      WHEN mk.kind = 'REFUSED_EMPLOYMENT' THEN 'X' WHEN j.relation IS NOT NULL THEN 'N'
                                      ELSE '0' END AS bucket) o
  ),
  -- Sittings that count: PASSED or FAILED (not SCHEDULED, not NO_SHOW), numbered per exam and
  -- across every credentialing exam.
  sat AS MATERIALIZED (
    SELECT a.enrollment_id, x.code, a.taken_on, a.result::text AS result, a.scaled_score, c.graduate,
           row_number() OVER (PARTITION BY a.enrollment_id, a.exam_id ORDER BY a.taken_on, a.attempt_number, a.created_at, a.id) AS nth,
           row_number() OVER (PARTITION BY a.enrollment_id ORDER BY a.taken_on, a.attempt_number, a.created_at, a.id) AS nth_any
      FROM completers c
      CROSS JOIN LATERAL (SELECT * FROM exam_attempts ea WHERE ea.enrollment_id = c.enrollment_id AND ea.result IN ('PASSED', 'FAILED')) a
      JOIN exams x ON x.id = a.exam_id
  ),
  exam_sums AS (
    SELECT enrollment_id, graduate, code AS scope, code AS exams, count(*) AS n, min(taken_on) AS first_on,
           bool_or(nth = 1 AND result = 'PASSED') AS first_passed,
           min(nth) FILTER (WHERE result = 'PASSED') AS pass_nth, min(taken_on) FILTER (WHERE result = 'PASSED') AS pass_on
      FROM sat GROUP BY enrollment_id, graduate, code
    UNION ALL
    SELECT enrollment_id, graduate, 'all', string_agg(DISTINCT code, ', ' ORDER BY code), count(*), min(taken_on),
           bool_or(nth_any = 1 AND result = 'PASSED'),
           min(nth_any) FILTER (WHERE result = 'PASSED'), min(taken_on) FILTER (WHERE result = 'PASSED')
      FROM sat GROUP BY enrollment_id, graduate
  ),
  ${ASHP},
  ashp_rotations AS (
    SELECT h.enrollment_id, h.cohort_id, h.rotation_largest AS largest, h.rotation_count AS rotations, h.rotation_total AS total,
           ${rotationMetSql('h', 'p')} AS met
      FROM ashp_hours h JOIN programs p ON p.id = h.program_id
  ),
  ashp_domain_sizes AS (
    SELECT pc.program_id, c.domain_number, count(*) AS total
      FROM program_competencies pc JOIN competencies c ON c.id = pc.competency_id
     WHERE pc.program_id = ANY($1::uuid[])
     GROUP BY pc.program_id, c.domain_number
  ),
  -- Sign-offs per student and domain (by index, one student at a time), of the competencies the
  -- student's program adopted.
  ashp_signed AS MATERIALIZED (
    SELECT s.enrollment_id, s.cohort_id, s.program_id, k.domain_number, k.signed, k.last_on
      FROM ashp_students s
      CROSS JOIN LATERAL (
        SELECT c.domain_number, count(*) AS signed, max(so.signed_on) AS last_on
          FROM competency_signoffs so
          JOIN program_competencies pc ON pc.program_id = s.program_id AND pc.competency_id = so.competency_id
          JOIN competencies c ON c.id = so.competency_id
         WHERE so.enrollment_id = s.enrollment_id
         GROUP BY c.domain_number) k
  ),
  ashp_domains AS (
    SELECT g.enrollment_id, g.cohort_id, g.domain_number, z.total, g.signed, g.last_on
      FROM ashp_signed g JOIN ashp_domain_sizes z ON z.program_id = g.program_id AND z.domain_number = g.domain_number
  ),
  m AS MATERIALIZED (
    SELECT CASE a.tag WHEN 'BE' THEN 'status.BE' WHEN 'EE' THEN 'status.EE' ELSE 'ptcb.previousYearEnrollment' END AS figure,
           a.enrollment_id,
           CASE a.tag WHEN 'PBE' THEN 'Enrolled when the previous year began: ' ELSE '' END
             || (lbl.j->'status'->>a.status) || ' since ' || to_char(a.effective_on, 'YYYY-MM-DD') AS evidence,
           a.effective_on AS evidence_date
      FROM at_day a, lbl
    UNION ALL
    SELECT CASE WHEN effective_on < $3::date THEN 'ptcb.previousYearEnrollment'
                ELSE CASE status WHEN 'ENROLLED' THEN 'status.NS' WHEN 'RE_ENTERED' THEN 'status.RE' WHEN 'GRADUATED' THEN 'status.G'
                                 WHEN 'COMPLETED_NON_GRADUATE' THEN 'status.NGC' WHEN 'TRANSFERRED_OUT' THEN 'status.T' ELSE 'status.W' END END,
           enrollment_id, evidence, effective_on
      FROM moves WHERE effective_on >= $3::date OR status IN ('ENROLLED', 'RE_ENTERED')
    UNION ALL
    SELECT 'coe.completers', enrollment_id, evidence, effective_on FROM completers
    UNION ALL
    SELECT k.figure, o.enrollment_id, o.evidence, o.evidence_date
      FROM outcome o CROSS JOIN LATERAL unnest(ARRAY[
        CASE WHEN o.graduate AND o.bucket = 'F' THEN 'abhes.F' END,
        CASE WHEN o.graduate AND o.bucket = 'R' THEN 'abhes.R' END,
        CASE WHEN o.graduate AND o.bucket = 'U' THEN 'abhes.U' END,
        CASE WHEN o.graduate AND o.bucket IN ('F', 'R') THEN 'abhes.placed' END,
        CASE WHEN o.graduate AND o.bucket <> 'U' THEN 'abhes.placementBase' END,
        CASE WHEN o.graduate AND o.bucket NOT IN ('F', 'R', 'U') THEN 'abhes.notPlaced' END,
        CASE WHEN o.bucket = 'F' THEN 'coe.inField' END,
        CASE WHEN o.bucket = 'R' THEN 'coe.related' END,
        CASE WHEN o.bucket IN ('F', 'R') THEN 'coe.placed' END,
        CASE WHEN o.bucket = 'W' THEN 'coe.waiting' END,
        CASE WHEN o.bucket = 'U' THEN 'coe.unavailable' END,
        CASE WHEN o.bucket = 'X' THEN 'coe.refused' END,
        CASE WHEN o.bucket NOT IN ('W', 'U', 'X') THEN 'coe.placementBase' END,
        CASE WHEN o.bucket IN ('N', '0') THEN 'coe.notPlaced' END
      ]) AS k(figure)
     WHERE k.figure IS NOT NULL
    UNION ALL
    SELECT k.figure, x.enrollment_id, k.evidence, k.evidence_date
      FROM exam_sums x CROSS JOIN LATERAL (VALUES
        (CASE WHEN x.graduate THEN 'exam.' || x.scope || '.attempted' END,
         x.exams || ': ' || x.n || CASE WHEN x.n = 1 THEN ' attempt' ELSE ' attempts' END || ', the first on ' || to_char(x.first_on, 'YYYY-MM-DD'), x.first_on),
        (CASE WHEN x.graduate AND x.first_passed THEN 'exam.' || x.scope || '.firstPassed' END,
         x.exams || ': passed the first attempt, on ' || to_char(x.first_on, 'YYYY-MM-DD'), x.first_on),
        (CASE WHEN x.graduate AND x.pass_on IS NOT NULL THEN 'exam.' || x.scope || '.passed' END,
         x.exams || ': passed on attempt ' || x.pass_nth || ', on ' || to_char(x.pass_on, 'YYYY-MM-DD'), x.pass_on),
        (CASE WHEN x.scope = 'all' THEN 'coe.tookExam' END,
         x.exams || ': ' || x.n || CASE WHEN x.n = 1 THEN ' attempt' ELSE ' attempts' END || ', the first on ' || to_char(x.first_on, 'YYYY-MM-DD'), x.first_on),
        (CASE WHEN x.scope = 'all' AND x.pass_on IS NOT NULL THEN 'coe.passedExam' END,
         x.exams || ': passed on ' || to_char(x.pass_on, 'YYYY-MM-DD'), x.pass_on)
      ) AS k(figure, evidence, evidence_date)
     WHERE k.figure IS NOT NULL
    UNION ALL
    SELECT 'ashp.' || h.cohort_id || '.students', h.enrollment_id,
           'Approved hours: didactic ' || ${minutesAsHoursTextSql('h.didactic')} || ', simulated ' || ${minutesAsHoursTextSql('h.simulated')}
             || ', experiential ' || ${minutesAsHoursTextSql('h.experiential')}, NULL::date
      FROM ashp_hours h
    UNION ALL
    SELECT 'ashp.' || r.cohort_id || '.rotationMet', r.enrollment_id,
           r.rotations || CASE WHEN r.rotations = 1 THEN ' rotation' ELSE ' rotations' END || ', the largest '
             || ${minutesAsHoursTextSql('r.largest')} || ' h, together ' || ${minutesAsHoursTextSql('r.total')} || ' h', NULL::date
      FROM ashp_rotations r WHERE r.met
    UNION ALL
    SELECT 'ashp.' || d.cohort_id || '.domain' || d.domain_number, d.enrollment_id,
           'Domain ' || d.domain_number || ': all ' || d.total || ' competencies signed, the last on ' || to_char(d.last_on, 'YYYY-MM-DD'), d.last_on
      FROM ashp_domains d WHERE d.signed = d.total
  ),
  composite AS (
    SELECT * FROM m
    UNION ALL
    SELECT CASE WHEN figure IN ('status.BE', 'status.NS', 'status.RE') THEN 'status.cumulative'
                WHEN figure IN ('status.EE', 'status.G') THEN 'abhes.retained' END, enrollment_id, evidence, evidence_date
      FROM m WHERE figure IN ('status.BE', 'status.NS', 'status.RE', 'status.EE', 'status.G')
    UNION ALL
    SELECT 'coe.exited', enrollment_id, evidence, evidence_date FROM m WHERE figure IN ('status.G', 'status.NGC', 'status.W', 'status.T')
  )`;

/** One row per figure: its count, and its students when $6 is true. */
export const FIGURES_SQL = `${MEMBERS}
  SELECT f.figure AS key, count(*)::int AS count,
         CASE WHEN $6::boolean THEN
           json_agg(json_build_object(
             'enrollmentId', e.id, 'studentId', s.id, 'studentName', s.first_name || ' ' || s.last_name, 'cohortCode', c.code,
             'evidence', f.evidence, 'evidenceDate', to_char(f.evidence_date, 'YYYY-MM-DD'))
             ORDER BY lower(s.last_name), lower(s.first_name), f.evidence_date, e.id, f.evidence)
         END AS students
    FROM composite f
    JOIN enrollments e ON e.id = f.enrollment_id
    JOIN students s ON s.id = e.student_id
    JOIN cohorts c ON c.id = e.cohort_id
   GROUP BY f.figure`;

/** The ASHP summary's numbers that are not counts: average approved hours per student per cohort. */
export const ASHP_COHORTS_SQL = `
  WITH ${ASHP}
  SELECT c.id, c.program_id AS "programId", c.code, c.name,
         count(h.enrollment_id)::int AS students,
         round(avg(h.didactic) / 60.0, 1)::float AS "didacticHours",
         round(avg(h.simulated) / 60.0, 1)::float AS "simulatedHours",
         round(avg(h.experiential) / 60.0, 1)::float AS "experientialHours"
    FROM ashp_cohorts c LEFT JOIN ashp_hours h ON h.cohort_id = c.id
   GROUP BY c.id, c.program_id, c.code, c.name, c.start_date
   ORDER BY c.start_date, c.code`;

/**
 * The programs of the report: names, benchmarks, required hours per component (the requirement in
 * any setting, or the setting-specific ones together, whichever is larger), the minimum hours to
 * complete (as progress computes it), the rotation rule, and how many competencies per domain.
 */
export const PROGRAMS_SQL = `
  SELECT p.id, p.name, p.level, p.time_zone AS "timeZone", p.count_only_verified_employment AS "countOnlyVerifiedEmployment",
         p.min_rotations AS "minRotations", p.min_single_rotation_hours::float AS "minSingleRotationHours",
         p.min_rotation_total_hours::float AS "minRotationTotalHours",
         (${minimumMinutesSql('p')} / 60.0)::float AS "minHoursToComplete",
         json_build_object(
           'abhesRetention', p.benchmark_abhes_retention::float, 'abhesPlacement', p.benchmark_abhes_placement::float,
           'coeCompletion', p.benchmark_coe_completion::float, 'coePlacement', p.benchmark_coe_placement::float,
           'coeLicensure', p.benchmark_coe_licensure::float, 'examPass', p.benchmark_exam_pass::float) AS benchmarks,
         coalesce((SELECT json_object_agg(q.component, q.hours) FROM (
             SELECT r.component, greatest(coalesce(sum(r.min_hours) FILTER (WHERE r.setting IS NULL), 0),
                                          coalesce(sum(r.min_hours) FILTER (WHERE r.setting IS NOT NULL), 0))::float AS hours
               FROM program_requirements r WHERE r.program_id = p.id GROUP BY r.component) q), '{}'::json) AS "requiredHours",
         coalesce((SELECT json_object_agg(q.domain_number, q.n) FROM (
             SELECT c.domain_number, count(*)::int AS n FROM program_competencies pc JOIN competencies c ON c.id = pc.competency_id
              WHERE pc.program_id = p.id GROUP BY c.domain_number) q), '{}'::json) AS "domainSizes"
    FROM programs p WHERE p.id = ANY($1::uuid[])
   ORDER BY lower(p.name), p.id`;
