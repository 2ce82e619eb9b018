import * as argon2 from 'argon2';
import { addYears, ASHP_MINIMUMS, DEFAULT_COMPLIANCE_ITEMS, defaultExpiry, EnrollmentStatus, ReasonCode, todayIn } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Enrollment } from '../modules/student/enrollment.entity';
import { unmetGraduationRequirements } from '../modules/student/graduation';
import { demoCalendar, DemoDate, demoShiftWeeks, seededShiftWeeks } from './demo-calendar';
import { DEMO_IDS, demoId as id } from './demo-ids';
import { seedEvaluations } from './seed-evaluations';

/** Demo sign-ins (also printed in the README). */
export const DEMO_PASSWORD = 'PharmTech!2026';
export const DEMO_ACCOUNTS = {
  admin: 'director@demo.ptp.test',
  instructor: 'instructor@demo.ptp.test',
  instructor2: 'instructor2@demo.ptp.test',
  preceptor: 'preceptor@demo.ptp.test',
  preceptor2: 'preceptor2@demo.ptp.test',
  student: 'student@demo.ptp.test',
} as const;

export { DEMO_IDS } from './demo-ids';

const FIRST = ['Ava', 'Ben', 'Carla', 'Diego', 'Emma', 'Farah', 'Gabe', 'Hana', 'Isaac', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aaron', 'Bianca', 'Caleb', 'Daria'];
const LAST = ['Nguyen', 'Okafor', 'Martinez', 'Smith', 'Kowalski', 'Haddad', 'Johnson', 'Tanaka', 'Brown', 'Lee', 'Mensah', 'Fischer', 'Garcia', 'Walsh', 'Rahman', 'Patel', 'Murphy', 'Lopez', 'Rivera', 'Aziz', 'Singh', 'Petrov', 'Chen', 'Reyes', 'Demir', 'Clark', 'Cohen', 'Rossi', 'Young', 'Ivanova'];

type Event = [EnrollmentStatus, string, ReasonCode, string?];

/** The demo program's zone: its "today" decides how far the demo data is moved. */
const DEMO_TIME_ZONE = 'America/Chicago';
/** The fall cohort's first day as written; as seeded, it tells a later run the first run's shift. */
const FALL_START = '2026-08-24';

/** A status history as written, moved onto the seeded calendar. */
const moved = (d: DemoDate, events: Event[] = []): Event[] => events.map(([status, on, reason, note]) => [status, d(on), reason, note]);

/** Status histories after enrollment, by student number within the cohort (rest stay enrolled). */
const SPRING_HISTORIES: Record<number, Event[]> = {
  3: [['WITHDRAWN', '2026-03-02', 'FINANCIAL', 'Could not continue paying tuition.']],
  5: [['LEAVE_OF_ABSENCE', '2026-02-16', 'MEDICAL'], ['RETURNED_FROM_LEAVE', '2026-03-16', 'LEAVE_ENDED']],
  8: [['DISMISSED', '2026-04-06', 'ATTENDANCE', 'Missed 6 lab sessions after a written warning.']],
  11: [['COMPLETED_NON_GRADUATE', '2026-06-26', 'REQUIREMENTS_MET_WITHOUT_CREDENTIAL', 'Met hours; outstanding balance holds the diploma.']],
  13: [['WITHDRAWN', '2026-02-02', 'PERSONAL'], ['RE_ENTERED', '2026-03-02', 'RETURN_TO_PROGRAM']],
};
const FALL_HISTORIES: Record<number, Event[]> = {
  6: [['LEAVE_OF_ABSENCE', '2026-10-19', 'FAMILY_CARE', 'Caring for a parent after surgery.']],
  9: [['WITHDRAWN', '2026-09-28', 'EMPLOYMENT_CONFLICT']],
  12: [['TRANSFERRED_OUT', '2026-10-05', 'RELOCATION', 'Moved to the Dallas campus program.']],
};

/**
 * The deterministic demo data set: one ENTRY-level program with the ASHP minimums, two current
 * cohorts (30 students) and three earlier ones (24 students, for the outcome reports) with realistic
 * status histories, one account per role. Written as of DEMO_ANCHOR (the comments describe it so)
 * and moved by whole weeks to the program's today, or `today` when given (DEMO_TODAY), so the demo
 * is always mid-externship. Idempotent: running it again changes nothing (fixed ids, ON CONFLICT DO
 * NOTHING, and the shift read back from the fall cohort a first run seeded).
 */
export async function seedDemo(ds: DataSource, options: { today?: string } = {}): Promise<void> {
  const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await ds.transaction(async (em) => {
    const [seeded]: { start: string }[] = await em.query(`SELECT start_date::text AS start FROM cohorts WHERE id = $1`, [DEMO_IDS.fallCohort]);
    const d = demoCalendar(seeded ? seededShiftWeeks(FALL_START, seeded.start) : demoShiftWeeks(options.today ?? todayIn(DEMO_TIME_ZONE)));
    const graduations: PendingGraduation[] = [];
    const users: [number, string, string, string][] = [
      [1, DEMO_ACCOUNTS.admin, 'Dana Director', 'ADMIN'],
      [2, DEMO_ACCOUNTS.instructor, 'Ian Instructor', 'INSTRUCTOR'],
      [3, DEMO_ACCOUNTS.instructor2, 'Irene Ito', 'INSTRUCTOR'],
      [4, DEMO_ACCOUNTS.preceptor, 'Priya Preceptor, PharmD', 'PRECEPTOR'],
      [5, DEMO_ACCOUNTS.student, 'Sam Rivera', 'STUDENT'],
      [6, DEMO_ACCOUNTS.preceptor2, 'Hector Alvarez, RPh', 'PRECEPTOR'],
    ];
    for (const [n, email, name, role] of users) {
      await em.query(
        `INSERT INTO users (id, email, display_name, role, password_hash, activated_at) VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT DO NOTHING`,
        [DEMO_IDS.user(n), email, name, role, hash],
      );
    }
    // The demo director also keeps the shared reference data (exams, competency library).
    await em.query(`UPDATE users SET is_system_admin = true WHERE id = $1`, [DEMO_IDS.user(1)]);
    const t = ASHP_MINIMUMS.ENTRY;
    await em.query(
      `INSERT INTO programs (id, name, level, time_zone, accreditors, min_total_hours, min_weeks, min_rotations, min_single_rotation_hours, min_rotation_total_hours)
       VALUES ($1, 'Riverside Community College — Pharmacy Technician (Entry)', 'ENTRY', $7, '{ASHP/ACPE,ABHES}', $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [DEMO_IDS.program, t.minTotalHours, t.minWeeks, t.minRotations, t.minSingleRotationHours, t.minRotationTotalHours, DEMO_TIME_ZONE],
    );
    for (const [i, r] of t.requirements.entries()) {
      await em.query(
        `INSERT INTO program_requirements (id, program_id, component, setting, min_hours) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [id(7, i + 1), DEMO_IDS.program, r.component, r.setting, r.minHours],
      );
    }
    await em.query(`INSERT INTO program_admins (program_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [DEMO_IDS.program, DEMO_IDS.user(1)]);
    const cohorts: [string, string, string, string, string, string, string, string[]][] = [
      [DEMO_IDS.springCohort, 'PT-2026-SP', 'Spring 2026 day cohort', '2026-01-12', '2026-06-26', '2026-04-20', '2026-06-19', [DEMO_IDS.user(2)]],
      [DEMO_IDS.fallCohort, 'PT-2026-FA', 'Fall 2026 evening cohort', FALL_START, '2027-01-29', '2026-11-02', '2027-01-22', [DEMO_IDS.user(2), DEMO_IDS.user(3)]],
    ];
    for (const [cid, code, name, start, end, xStart, xEnd, instructors] of cohorts) {
      await em.query(
        `INSERT INTO cohorts (id, program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [cid, DEMO_IDS.program, code, name, d(start), d(end), d(xStart), d(xEnd)],
      );
      for (const u of instructors) {
        await em.query(`INSERT INTO cohort_instructors (cohort_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [cid, u]);
      }
    }
    for (let n = 1; n <= 30; n++) {
      const spring = n <= 15;
      const k = spring ? n : n - 15;
      const first = FIRST[n - 1];
      const last = LAST[n - 1];
      // The demo student account is Sam Rivera (student 19, fall cohort).
      const userId = n === 19 ? DEMO_IDS.user(5) : null;
      const email = n === 19 ? DEMO_ACCOUNTS.student : `${first}.${last}@students.demo.ptp.test`.toLowerCase();
      await em.query(
        `INSERT INTO students (id, program_id, user_id, first_name, last_name, email, student_number, phone)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [DEMO_IDS.student(n), DEMO_IDS.program, userId, first, last, email, `RCC-${String(26000 + n)}`, `(312) 555-${String(1000 + n)}`],
      );
      const cohortId = spring ? DEMO_IDS.springCohort : DEMO_IDS.fallCohort;
      const enrolledOn = d(spring ? '2026-01-12' : FALL_START);
      await em.query(
        `INSERT INTO enrollments (id, program_id, cohort_id, student_id, enrolled_on, status, status_since)
         VALUES ($1, $2, $3, $4, $5, 'ENROLLED', $5) ON CONFLICT DO NOTHING`,
        [DEMO_IDS.enrollment(n), DEMO_IDS.program, cohortId, DEMO_IDS.student(n), enrolledOn],
      );
      const history: Event[] = [['ENROLLED', enrolledOn, 'NEW_START'], ...moved(d, (spring ? SPRING_HISTORIES : FALL_HISTORIES)[k])];
      const last_ = history[history.length - 1][0];
      // Spring students still enrolled at the end graduated on the cohort's last day.
      if (spring && ['ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED'].includes(last_)) {
        history.push(['GRADUATED', d('2026-06-26'), 'PROGRAM_REQUIREMENTS_MET']);
      }
      await insertHistory(em, n, history, DEMO_IDS.user(2), graduations);
    }
    await seedExternships(em, d);
    await seedOutcomes(em, d);
    await seedCompliance(em, d);
    await seedCompetencies(em, d);
    await seedHistory(em, d, graduations);
    await seedNotifications(em, d);
    await seedEvaluations(em, hash, d);
    await insertGraduations(em, graduations);
  });
}

/** A graduation of the demo data, recorded once its student's hours, compliance and sign-offs are in. */
interface PendingGraduation {
  n: number;
  index: number;
  on: string;
  reason: string;
  note: string | null;
  recordedBy: string;
}

/** Inserts a demo student's status log; graduations wait for insertGraduations (they check requirements). */
async function insertHistory(em: EntityManager, n: number, history: Event[], recordedBy: string, graduations: PendingGraduation[]) {
  for (const [i, [status, on, reason, note]] of history.entries()) {
    if (status === 'GRADUATED') {
      graduations.push({ n, index: i + 1, on, reason, note: note ?? null, recordedBy });
      continue;
    }
    await em.query(
      `INSERT INTO enrollment_status_events (id, program_id, enrollment_id, status, effective_on, reason_code, note, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [DEMO_IDS.event(n, i + 1), DEMO_IDS.program, DEMO_IDS.enrollment(n), status, on, reason, note ?? null, recordedBy],
    );
  }
}

/**
 * The demo graduations, checked like the API checks one (unmetGraduationRequirements). The demo
 * records came over from paper files without every hour and sign-off, so a graduation with gaps is
 * recorded as the director's override, with the reason and the unmet list, as the API would.
 */
async function insertGraduations(em: EntityManager, graduations: PendingGraduation[]) {
  for (const g of graduations) {
    const enrollment = await em.getRepository(Enrollment).findOneByOrFail({ id: DEMO_IDS.enrollment(g.n) });
    const unmet = await unmetGraduationRequirements(em, enrollment, g.on);
    await em.query(
      `INSERT INTO enrollment_status_events (id, program_id, enrollment_id, status, effective_on, reason_code, note, recorded_by, override_reason, unmet_requirements)
       VALUES ($1, $2, $3, 'GRADUATED', $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [
        DEMO_IDS.event(g.n, g.index), DEMO_IDS.program, enrollment.id, g.on, g.reason, g.note,
        unmet.length ? DEMO_IDS.user(1) : g.recordedBy,
        unmet.length ? SEED_OVERRIDE_REASON : null, unmet.length ? unmet : null,
      ],
    );
  }
}

const SEED_OVERRIDE_REASON =
  'Records moved from the paper files: the director verified completion there; not every hour and sign-off was entered in the portal.';

/** Three earlier cohorts (students 31–54), so the reports of 2023–24, 2024–25 and 2025–26 have history. */
const HISTORY_COHORTS: { n: number; code: string; name: string; dates: [string, string, string, string]; instructor: number; site: number; first: number }[] = [
  { n: 3, code: 'PT-2023-FA', name: 'Fall 2023 evening cohort', dates: ['2023-08-28', '2024-02-02', '2023-12-04', '2024-01-26'], instructor: 3, site: 2, first: 31 },
  { n: 4, code: 'PT-2024-SU', name: 'Summer 2024 day cohort', dates: ['2024-05-06', '2024-10-25', '2024-08-26', '2024-10-18'], instructor: 3, site: 2, first: 39 },
  { n: 5, code: 'PT-2025-SU', name: 'Summer 2025 day cohort', dates: ['2025-05-05', '2025-10-24', '2025-08-25', '2025-10-17'], instructor: 2, site: 1, first: 47 },
];
const HISTORY_NAMES: [string, string][] = [
  ['Alma', 'Ortiz'], ['Bruno', 'Keller'], ['Chloe', 'Adeyemi'], ['Dmitri', 'Volkov'], ['Elena', 'Sousa'], ['Felix', 'Baptiste'], ['Grace', 'Oduya'], ['Hugo', 'Lindqvist'],
  ['Ines', 'Moreau'], ['Jonah', 'Feld'], ['Kira', 'Takeda'], ['Luis', 'Navarro'], ['Maya', 'Bergstrom'], ['Nikhil', 'Rao'], ['Olivia', 'Hart'], ['Pablo', 'Ferreira'],
  ['Rania', 'Saleh'], ['Stefan', 'Novak'], ['Tessa', 'Quinlan'], ['Ulrich', 'Brandt'], ['Vera', 'Kuznetsova'], ['Wade', 'Ellison'], ['Yara', 'Haddad-Cole'], ['Zane', 'Whitfield'],
];
/** Status histories after enrollment; every student not listed (or back in) graduates on the cohort's last day. */
const HISTORY_EVENTS: Record<number, Event[]> = {
  33: [['WITHDRAWN', '2023-10-16', 'ACADEMIC', 'Did not pass the calculations module after remediation.']],
  36: [['COMPLETED_NON_GRADUATE', '2024-02-02', 'REQUIREMENTS_MET_WITHOUT_CREDENTIAL', 'Hours met; final practical not passed.']],
  // On leave across June 30: enrolled at the end of 2023–24 and at the start of 2024–25.
  40: [['LEAVE_OF_ABSENCE', '2024-06-17', 'MEDICAL'], ['RETURNED_FROM_LEAVE', '2024-07-22', 'LEAVE_ENDED']],
  42: [['WITHDRAWN', '2024-07-15', 'PERSONAL'], ['RE_ENTERED', '2024-08-12', 'RETURN_TO_PROGRAM']],
  44: [['DISMISSED', '2024-09-09', 'ATTENDANCE', 'Missed four externship shifts without notice.']],
  45: [['TRANSFERRED_OUT', '2024-08-05', 'RELOCATION', 'Moved out of state; transferred to a program there.']],
  // On leave across June 30 again: enrolled at the end of 2024–25 and at the start of 2025–26.
  48: [['LEAVE_OF_ABSENCE', '2025-06-16', 'FAMILY_CARE'], ['RETURNED_FROM_LEAVE', '2025-07-21', 'LEAVE_ENDED']],
  50: [['WITHDRAWN', '2025-06-02', 'FINANCIAL']],
  // Still on leave: enrolled at the end of 2025–26 (leave counts as enrolled).
  52: [['LEAVE_OF_ABSENCE', '2025-09-15', 'MEDICAL', 'Surgery and recovery; plans to return to finish the externship.']],
  53: [['COMPLETED_NON_GRADUATE', '2025-10-24', 'REQUIREMENTS_MET_WITHOUT_CREDENTIAL', 'Externship complete; diploma held for an unpaid balance.']],
};
/** Students who left before the externship (no experiential hours). */
const LEFT_EARLY = [33, 44, 45, 50];
const HISTORY_ATTEMPTS: [number, string, [string, string, number][]][] = [
  [31, 'PTCE', [['2024-02-20', 'PASSED', 1461]]],
  [32, 'PTCE', [['2024-02-26', 'FAILED', 1344], ['2024-05-06', 'PASSED', 1415]]],
  [34, 'ExCPT', [['2024-03-04', 'PASSED', 410]]],
  [35, 'PTCE', [['2024-03-11', 'FAILED', 1290]]],
  [37, 'PTCE', [['2024-02-28', 'PASSED', 1488]]],
  [39, 'PTCE', [['2024-11-12', 'PASSED', 1452]]],
  [40, 'PTCE', [['2024-11-18', 'PASSED', 1433]]],
  [41, 'ExCPT', [['2024-11-06', 'FAILED', 366], ['2024-12-09', 'PASSED', 398]]],
  // Passed on the third attempt (60 days between PTCE attempts).
  [42, 'PTCE', [['2024-11-04', 'FAILED', 1310], ['2025-01-06', 'FAILED', 1372], ['2025-03-10', 'PASSED', 1406]]],
  [43, 'PTCE', [['2024-11-20', 'PASSED', 1470]]],
  [47, 'PTCE', [['2025-11-10', 'PASSED', 1495]]],
  [48, 'PTCE', [['2025-11-17', 'FAILED', 1361]]],
  [49, 'PTCE', [['2025-11-24', 'PASSED', 1427]]],
  [54, 'ExCPT', [['2025-11-12', 'PASSED', 401]]],
];
const HISTORY_JOBS: [number, string, string, string, string, string | null, string | null][] = [
  [31, 'Walgreens #2190', 'Pharmacy Technician', 'IN_FIELD', '2024-03-04', '2024-03-29', 'Employer phone call'],
  [32, 'Riverside General Hospital', 'Pharmacy Technician Trainee', 'IN_FIELD', '2024-05-20', '2024-06-14', 'Pay stub'],
  [34, 'Oak Park Family Medicine', 'Medical Assistant', 'RELATED', '2024-03-18', '2024-04-10', 'Graduate survey'],
  [35, 'Starbucks', 'Barista', 'UNRELATED', '2024-02-12', '2024-03-01', 'Graduate survey'],
  [37, 'CVS Pharmacy #1187', 'Pharmacy Technician', 'IN_FIELD', '2024-03-11', '2024-04-02', 'Employer e-mail'],
  [39, 'Maple Grove Long-Term Care Pharmacy', 'LTC Pharmacy Technician', 'IN_FIELD', '2024-11-25', '2024-12-16', 'Employer phone call'],
  [40, 'Jewel-Osco Pharmacy', 'Pharmacy Technician', 'IN_FIELD', '2024-12-02', '2025-01-08', 'Pay stub'],
  [41, 'Riverside Dental Group', 'Front Desk Coordinator', 'RELATED', '2024-11-11', '2024-12-05', 'Graduate survey'],
  [42, 'Walgreens #4471', 'Certified Pharmacy Technician', 'IN_FIELD', '2025-03-24', '2025-04-15', 'Employer phone call'],
  [47, 'Walgreens #3390', 'Pharmacy Technician', 'IN_FIELD', '2025-11-17', '2025-12-12', 'Employer phone call'],
  [49, 'Riverside Urgent Care', 'Clinical Assistant', 'RELATED', '2025-12-01', '2026-01-09', 'Graduate survey'],
  [51, 'Amazon Fulfillment', 'Warehouse Associate', 'UNRELATED', '2025-11-03', null, null],
];
const HISTORY_MARKERS: [number, string, string | null, string, string][] = [
  [38, 'UNAVAILABLE', 'CONTINUING_EDUCATION', '2024-02-15', 'Enrolled full time in a pharmacy (PharmD) prerequisite program.'],
  [43, 'REFUSED_EMPLOYMENT', null, '2024-12-10', 'Declined offers; chose to stay in current retail management job.'],
  [48, 'WAITING_FOR_EXAM', null, '2025-12-01', 'Retaking the PTCE after the 60-day wait.'],
  [54, 'UNAVAILABLE', 'HEALTH', '2025-11-14', 'Medical leave documented by physician letter.'],
];

/**
 * History for the outcome reports: three earlier cohorts with graduates, a withdrawal, leaves (one
 * across a June 30, one still open), a re-entry, a dismissal, a transfer out, non-graduate
 * completers, jobs in field / related / unrelated, documented unavailability, a refused-employment
 * and a waiting-for-exam marker, and a PTCE passed on the third attempt. Fixed ids and dates.
 */
async function seedHistory(em: EntityManager, d: DemoDate, graduations: PendingGraduation[]): Promise<void> {
  const rows: HourRow[] = [];
  const days = (from: string, count: number, weekdays: number[]) => {
    const out: string[] = [];
    for (const d = new Date(`${from}T00:00:00Z`); out.length < count; d.setUTCDate(d.getUTCDate() + 1)) {
      if (weekdays.includes(d.getUTCDay())) out.push(d.toISOString().slice(0, 10));
    }
    return out;
  };
  for (const cohort of HISTORY_COHORTS) {
    const [start, end, xStart, xEnd] = cohort.dates.map(d);
    const cohortId = id(3, cohort.n);
    await em.query(
      `INSERT INTO cohorts (id, program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [cohortId, DEMO_IDS.program, cohort.code, cohort.name, start, end, xStart, xEnd],
    );
    await em.query(`INSERT INTO cohort_instructors (cohort_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [cohortId, DEMO_IDS.user(cohort.instructor)]);
    for (let n = cohort.first; n < cohort.first + 8; n++) {
      const [first, last] = HISTORY_NAMES[n - 31];
      await em.query(
        `INSERT INTO students (id, program_id, user_id, first_name, last_name, email, student_number, phone)
         VALUES ($1, $2, NULL, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [DEMO_IDS.student(n), DEMO_IDS.program, first, last, `${first}.${last}@students.demo.ptp.test`.toLowerCase(), `RCC-${26000 + n}`, `(312) 555-${1000 + n}`],
      );
      await em.query(
        `INSERT INTO enrollments (id, program_id, cohort_id, student_id, enrolled_on, status, status_since)
         VALUES ($1, $2, $3, $4, $5, 'ENROLLED', $5) ON CONFLICT DO NOTHING`,
        [DEMO_IDS.enrollment(n), DEMO_IDS.program, cohortId, DEMO_IDS.student(n), start],
      );
      const history: Event[] = [['ENROLLED', start, 'NEW_START'], ...moved(d, HISTORY_EVENTS[n])];
      if (['ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED'].includes(history[history.length - 1][0])) {
        history.push(['GRADUATED', end, 'PROGRAM_REQUIREMENTS_MET']);
      }
      await insertHistory(em, n, history, DEMO_IDS.user(cohort.instructor), graduations);
      if (LEFT_EARLY.includes(n)) continue;
      // Hours: the didactic block and the lab, all approved; the externship (one rotation of
      // 144 hours) for all but the student still on leave, who managed 40 before the leave.
      const didactic = days(start, 24, [1, 2, 3, 4, 5]).map((day, i) => ({ day, i }));
      const lab = days(days(start, 25, [1, 2, 3, 4, 5])[24], 13, [2, 4]);
      const placement = 100 + n;
      const shifts = days(xStart, n === 52 ? 5 : 18, [1, 2, 3, 4]);
      await em.query(
        `INSERT INTO placements (id, program_id, enrollment_id, site_id, preceptor_id, start_date, end_date, planned_hours)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 144) ON CONFLICT DO NOTHING`,
        [DEMO_IDS.placement(placement), DEMO_IDS.program, DEMO_IDS.enrollment(n), DEMO_IDS.site(cohort.site), DEMO_IDS.preceptor(cohort.site), xStart, xEnd],
      );
      let k = 0;
      for (const { day } of didactic) rows.push({ student: n, n: ++k, component: 'DIDACTIC', placement: null, day, from: '18:00', to: '23:00', note: 'Evening didactic block (course roster)', status: 'APPROVED' });
      for (const day of lab) rows.push({ student: n, n: ++k, component: 'SIMULATED', placement: null, day, from: '13:00', to: '17:00', note: 'Compounding and dispensing lab', status: 'APPROVED' });
      for (const day of shifts) rows.push({ student: n, n: ++k, component: 'EXPERIENTIAL', placement, day, from: '08:00', to: '16:00', note: 'Dispensing, inventory and will-call under supervision', status: 'APPROVED' });
      // Every entry-level competency for those who finished; the first two domains for the rest.
      await em.query(
        `INSERT INTO competency_signoffs (program_id, enrollment_id, competency_id, signed_by, signed_on, note)
         SELECT $1, $2, c.id, CASE WHEN c.domain_number >= 3 THEN $3::uuid ELSE $4::uuid END, $5::date - (c.sort_order % 20), NULL
           FROM competencies c JOIN program_competencies pc ON pc.competency_id = c.id AND pc.program_id = $1
          WHERE c.domain_number <= $6
         ON CONFLICT DO NOTHING`,
        [DEMO_IDS.program, DEMO_IDS.enrollment(n), DEMO_IDS.user(cohort.site === 1 ? 4 : 6), DEMO_IDS.user(cohort.instructor), shifts[shifts.length - 1], n === 52 ? 2 : 5],
      );
    }
  }
  await insertHourRows(em, rows);

  const exams: { id: string; code: string }[] = await em.query(`SELECT id, code FROM exams`);
  for (const [n, code, sittings] of HISTORY_ATTEMPTS) {
    for (const [i, [written, result, score]] of sittings.entries()) {
      const on = d(written);
      await em.query(
        `INSERT INTO exam_attempts (id, program_id, enrollment_id, exam_id, attempt_number, taken_on, result, scaled_score, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [id(13, n * 10 + i), DEMO_IDS.program, DEMO_IDS.enrollment(n), exams.find((e) => e.code === code)!.id, i + 1, on, result, score, DEMO_IDS.user(2)],
      );
      if (result === 'PASSED') {
        await em.query(
          `INSERT INTO credentials (id, program_id, student_id, kind, number, issued_on, expires_on) VALUES ($1, $2, $3, 'CPHT', $4, $5, $6) ON CONFLICT DO NOTHING`,
          [id(14, n), DEMO_IDS.program, DEMO_IDS.student(n), `CPHT-${String(880100 + n)}`, on, addYears(on, 2)],
        );
      }
    }
  }
  for (const [n, employer, title, relation, start, verified, source] of HISTORY_JOBS) {
    await em.query(
      `INSERT INTO employment_records (id, program_id, enrollment_id, employer, job_title, relation, start_date, verified_on, verification_source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [id(15, n), DEMO_IDS.program, DEMO_IDS.enrollment(n), employer, title, relation, d(start), verified && d(verified), source],
    );
  }
  for (const [n, kind, reason, on, note] of HISTORY_MARKERS) {
    await em.query(
      `INSERT INTO outcome_markers (id, program_id, enrollment_id, kind, unavailability_reason, documented_on, note) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [id(16, n), DEMO_IDS.program, DEMO_IDS.enrollment(n), kind, reason, d(on), note],
    );
  }
}

/** The entry-level competencies, all signed for the spring graduates and partly for the fall cohort. */
async function seedCompetencies(em: EntityManager, d: DemoDate): Promise<void> {
  await em.query(
    `INSERT INTO program_competencies (program_id, competency_id) SELECT $1, id FROM competencies WHERE level = 'E' ON CONFLICT DO NOTHING`,
    [DEMO_IDS.program],
  );
  const spring = [1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15];
  const fall = [16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 28, 29, 30];
  for (const n of [...spring, ...fall]) {
    // Fall students have the first domains signed; those on externship have more.
    const upTo = spring.includes(n) ? 5 : [16, 17, 18, 19, 20].includes(n) ? 3 : 1;
    await em.query(
      `INSERT INTO competency_signoffs (program_id, enrollment_id, competency_id, signed_by, signed_on, note)
       SELECT $1, $2, c.id, CASE WHEN c.domain_number >= 3 THEN $3::uuid ELSE $4::uuid END,
              $5::date - (c.sort_order % 20), NULL
         FROM competencies c WHERE c.level = 'E' AND c.domain_number <= $6 AND (c.sort_order + $7) % 7 <> 0
       ON CONFLICT DO NOTHING`,
      [DEMO_IDS.program, DEMO_IDS.enrollment(n), DEMO_IDS.user(4), DEMO_IDS.user(2), d(spring.includes(n) ? '2026-06-12' : '2026-11-13'), upTo, spring.includes(n) ? 0 : n],
    );
  }
  // The training plan of the fall rotations running now: the dispensing and patient-safety domains.
  await em.query(
    `INSERT INTO placement_competencies (placement_id, competency_id)
     SELECT pl.id, c.id FROM unnest($1::uuid[]) AS pl(id) CROSS JOIN competencies c WHERE c.level = 'E' AND c.domain_number IN (3, 4)
     ON CONFLICT DO NOTHING`,
    [[14, 15, 16, 17, 18, 19, 20].map((n) => DEMO_IDS.placement(n))],
  );
}

/**
 * The default compliance items, verified for every student who reached the externship, with a
 * realistic spread: Sam's BLS card expires soon and his flu shot waits for review; Rosa's TB test
 * lapsed mid-placement, so her later shifts are flagged (the demo program flags, it does not block).
 */
async function seedCompliance(em: EntityManager, d: DemoDate): Promise<void> {
  await em.query(`UPDATE programs SET expired_compliance_policy = 'FLAG' WHERE id = $1 AND expired_compliance_policy <> 'FLAG'`, [DEMO_IDS.program]);
  for (const [i, item] of DEFAULT_COMPLIANCE_ITEMS.entries()) {
    await em.query(
      `INSERT INTO compliance_items (id, program_id, code, name, validity, validity_months, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [id(17, i + 1), DEMO_IDS.program, item.code, item.name, item.validity, item.validityMonths, i + 1],
    );
  }
  const students = [1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 28, 29, 30];
  for (const n of students) {
    const spring = n <= 15;
    const completed = d(spring ? '2026-03-16' : '2026-10-12');
    for (const [i, item] of DEFAULT_COMPLIANCE_ITEMS.entries()) {
      let expires = defaultExpiry(item, completed);
      if (n === 19 && item.code === 'BLS_CPR') expires = d('2026-12-12');
      if (n === 18 && item.code === 'TB_TEST') expires = d('2026-11-10');
      await em.query(
        `INSERT INTO compliance_records (id, program_id, enrollment_id, item_id, completed_on, expires_on, status, reviewed_by, reviewed_at, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'VERIFIED', $7, $8::date + 2, $7) ON CONFLICT DO NOTHING`,
        [id(18, n * 100 + i), DEMO_IDS.program, DEMO_IDS.enrollment(n), id(17, i + 1), completed, expires, DEMO_IDS.user(2), completed],
      );
    }
  }
  const fluItem = DEFAULT_COMPLIANCE_ITEMS.findIndex((i) => i.code === 'FLU') + 1;
  await em.query(
    `INSERT INTO compliance_records (id, program_id, enrollment_id, item_id, completed_on, expires_on, status, submitted_by)
     VALUES ($1, $2, $3, $4, $6, $7, 'PENDING', $5) ON CONFLICT DO NOTHING`,
    [id(18, 99_001), DEMO_IDS.program, DEMO_IDS.enrollment(19), id(17, fluItem), DEMO_IDS.user(5), d('2026-11-18'), d('2027-11-17')],
  );
  await em.query(
    `UPDATE hour_entries SET compliance_flag = 'Compliance not current on the shift date: TB test (PPD or QuantiFERON)'
      WHERE enrollment_id = $1 AND component = 'EXPERIENTIAL' AND started_at >= $2 AND compliance_flag IS NULL`,
    [DEMO_IDS.enrollment(18), d('2026-11-11')],
  );
}

/** "December 5", as a note written by hand names a day. */
const monthDay = (iso: string) => new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** Exam attempts, credentials, jobs and outcome markers of the spring graduates (fixed ids and dates). */
async function seedOutcomes(em: EntityManager, d: DemoDate): Promise<void> {
  const exams: { id: string; code: string }[] = await em.query(`SELECT id, code FROM exams`);
  const examId = (code: string) => exams.find((e) => e.code === code)!.id;
  // [student n, exam, [date, result, score][]]
  const attempts: [number, string, [string, string, number | null][]][] = [
    [1, 'PTCE', [['2026-07-13', 'PASSED', 1478]]],
    [2, 'PTCE', [['2026-07-10', 'FAILED', 1352], ['2026-09-15', 'PASSED', 1441]]],
    [4, 'PTCE', [['2026-07-06', 'FAILED', 1301], ['2026-09-08', 'FAILED', 1377], ['2026-11-09', 'PASSED', 1412]]],
    [5, 'PTCE', [['2026-08-03', 'PASSED', 1503]]],
    [6, 'ExCPT', [['2026-07-20', 'PASSED', 402]]],
    [7, 'PTCE', [['2026-12-05', 'SCHEDULED', null]]],
    [9, 'PTCE', [['2026-07-27', 'PASSED', 1429]]],
    [10, 'PTCE', [['2026-08-10', 'FAILED', 1288]]],
    [12, 'PTCE', [['2026-07-15', 'PASSED', 1466]]],
    [13, 'ExCPT', [['2026-07-22', 'FAILED', 371], ['2026-08-24', 'PASSED', 395]]],
    [14, 'PTCE', [['2026-07-08', 'PASSED', 1522]]],
    [15, 'PTCE', [['2026-07-29', 'PASSED', 1448]]],
  ];
  for (const [n, code, sittings] of attempts) {
    let number = 0;
    for (const [i, [written, result, score]] of sittings.entries()) {
      const on = d(written);
      if (result === 'PASSED' || result === 'FAILED' || result === 'SCHEDULED') number += 1;
      await em.query(
        `INSERT INTO exam_attempts (id, program_id, enrollment_id, exam_id, attempt_number, taken_on, result, scaled_score, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [id(13, n * 10 + i), DEMO_IDS.program, DEMO_IDS.enrollment(n), examId(code), number, on, result, score, DEMO_IDS.user(2)],
      );
      if (result === 'PASSED') {
        const expires = addYears(on, 2);
        await em.query(
          `INSERT INTO credentials (id, program_id, student_id, kind, number, issued_on, expires_on) VALUES ($1, $2, $3, 'CPHT', $4, $5, $6) ON CONFLICT DO NOTHING`,
          [id(14, n), DEMO_IDS.program, DEMO_IDS.student(n), `CPHT-${String(880100 + n)}`, on, expires],
        );
      }
    }
  }
  // [student n, employer, title, relation, start, verified on, source]
  const jobs: [number, string, string, string, string, string | null, string | null][] = [
    [1, 'Walgreens #4471', 'Pharmacy Technician', 'IN_FIELD', '2026-07-20', '2026-08-15', 'Employer phone call'],
    [2, 'CVS Pharmacy #2210', 'Pharmacy Technician', 'IN_FIELD', '2026-09-28', '2026-10-20', 'Pay stub'],
    [5, 'Riverside General Hospital', 'Inpatient Pharmacy Technician', 'IN_FIELD', '2026-08-17', '2026-09-10', 'Employer phone call'],
    [6, 'Jewel-Osco Pharmacy', 'Pharmacy Technician', 'IN_FIELD', '2026-08-03', null, null],
    [9, 'Oak Park Family Medicine', 'Medical Office Assistant', 'RELATED', '2026-08-24', '2026-09-30', 'Graduate survey'],
    [10, 'Target', 'Guest Services', 'UNRELATED', '2026-07-06', '2026-08-01', 'Graduate survey'],
    [13, 'Express Scripts (mail order)', 'Pharmacy Technician I', 'IN_FIELD', '2026-09-08', '2026-10-01', 'Employer e-mail'],
    [15, 'Walgreens #3390', 'Certified Pharmacy Technician', 'IN_FIELD', '2026-08-10', '2026-09-02', 'Employer phone call'],
  ];
  for (const [n, employer, title, relation, start, verified, source] of jobs) {
    await em.query(
      `INSERT INTO employment_records (id, program_id, enrollment_id, employer, job_title, relation, start_date, verified_on, verification_source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [id(15, n), DEMO_IDS.program, DEMO_IDS.enrollment(n), employer, title, relation, d(start), verified && d(verified), source],
    );
  }
  const markers: [number, string, string | null, string, string][] = [
    [7, 'WAITING_FOR_EXAM', null, '2026-07-01', `PTCE booked for ${monthDay(d('2026-12-05'))}.`],
    [12, 'REFUSED_EMPLOYMENT', null, '2026-08-20', 'Declined two technician offers; staying home with a newborn by choice.'],
    [14, 'UNAVAILABLE', 'MILITARY', '2026-07-15', 'Army National Guard deployment orders on file.'],
  ];
  for (const [n, kind, reason, on, note] of markers) {
    await em.query(
      `INSERT INTO outcome_markers (id, program_id, enrollment_id, kind, unavailability_reason, documented_on, note) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [id(16, n), DEMO_IDS.program, DEMO_IDS.enrollment(n), kind, reason, d(on), note],
    );
  }
}

/** Sites, preceptors, placements and a realistic spread of hour entries (fixed dates and ids). */
async function seedExternships(em: EntityManager, d: DemoDate): Promise<void> {
  const sites: [number, string, string, string, number, string, string][] = [
    [1, 'Walgreens #4471 — Riverside', '1200 W Main St, Riverside, IL 60546', 'COMMUNITY', 4, '2025-01-01', '2027-12-31'],
    // Ends within 60 days of the demo's "today" (Dec 1, 2026 as written): flagged in the sites list.
    [2, 'Riverside General Hospital — Inpatient Pharmacy', '500 Medical Center Dr, Riverside, IL 60546', 'HOSPITAL', 3, '2023-07-01', '2027-01-15'],
    [3, 'Maple Grove Long-Term Care Pharmacy', '88 Maple Grove Rd, Berwyn, IL 60402', 'LONG_TERM_CARE', 2, '2023-01-01', '2026-10-31'],
  ];
  for (const [n, name, address, setting, capacity, start, end] of sites) {
    await em.query(
      `INSERT INTO sites (id, program_id, name, address, setting, capacity, agreement_start_date, agreement_end_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [DEMO_IDS.site(n), DEMO_IDS.program, name, address, setting, capacity, d(start), d(end)],
    );
  }
  const preceptors: [number, number, number, string, string][] = [
    [1, 1, 4, 'RPH-IL-051-298877', '2027-03-31'],
    [2, 2, 6, 'RPH-IL-051-301245', '2026-12-31'],
  ];
  for (const [n, site, user, license, expires] of preceptors) {
    await em.query(
      `INSERT INTO preceptors (id, program_id, site_id, user_id, license_number, license_expires_on) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [DEMO_IDS.preceptor(n), DEMO_IDS.program, DEMO_IDS.site(site), DEMO_IDS.user(user), license, d(expires)],
    );
  }
  // [placement, student n, site, start, end]; sites 1 and 2 never exceed their capacity.
  type PlacementRow = [number, number, number, string, string];
  const placements = ([
    // Spring graduates, two waves.
    [1, 1, 1, '2026-04-20', '2026-05-22'], [2, 2, 1, '2026-04-20', '2026-05-22'], [3, 4, 1, '2026-04-20', '2026-05-22'],
    [4, 6, 1, '2026-04-20', '2026-05-22'], [5, 7, 2, '2026-04-20', '2026-05-22'], [6, 9, 2, '2026-04-20', '2026-05-22'],
    [7, 10, 1, '2026-05-25', '2026-06-19'], [8, 11, 1, '2026-05-25', '2026-06-19'], [9, 12, 1, '2026-05-25', '2026-06-19'],
    [10, 13, 1, '2026-05-25', '2026-06-19'], [11, 14, 2, '2026-05-25', '2026-06-19'], [12, 15, 2, '2026-05-25', '2026-06-19'],
    [13, 5, 2, '2026-05-25', '2026-06-19'],
    // Fall: on externship now.
    [14, 19, 1, '2026-11-02', '2026-12-18'], [15, 16, 1, '2026-11-02', '2026-12-18'], [16, 17, 1, '2026-11-02', '2026-12-18'],
    [17, 18, 1, '2026-11-02', '2026-12-18'], [18, 20, 2, '2026-11-02', '2026-12-18'], [19, 22, 2, '2026-11-02', '2026-12-18'],
    [20, 23, 2, '2026-11-02', '2026-12-18'],
    // Fall: second wave after the winter break.
    [21, 25, 1, '2026-12-21', '2027-01-22'], [22, 26, 1, '2026-12-21', '2027-01-22'], [23, 28, 1, '2026-12-21', '2027-01-22'],
    [24, 29, 1, '2026-12-21', '2027-01-22'], [25, 30, 2, '2026-12-21', '2027-01-15'],
  ] satisfies PlacementRow[]).map(([n, student, site, start, end]): PlacementRow => [n, student, site, d(start), d(end)]);
  for (const [n, student, site, start, end] of placements) {
    await em.query(
      `INSERT INTO placements (id, program_id, enrollment_id, site_id, preceptor_id, start_date, end_date, planned_hours)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 160) ON CONFLICT DO NOTHING`,
      [DEMO_IDS.placement(n), DEMO_IDS.program, DEMO_IDS.enrollment(student), DEMO_IDS.site(site), DEMO_IDS.preceptor(site), start, end],
    );
  }

  const rows: HourRow[] = [];
  const weekdays = (from: string, count: number, days: number[]) => {
    const out: string[] = [];
    for (const d = new Date(`${from}T00:00:00Z`); out.length < count; d.setUTCDate(d.getUTCDate() + 1)) {
      if (days.includes(d.getUTCDay())) out.push(d.toISOString().slice(0, 10));
    }
    return out;
  };
  const add = (student: number, component: string, placement: number | null, days: string[], from: string, to: string, note: string, status: (i: number, day: string) => string) => {
    const start = rows.filter((r) => r.student === student).length;
    days.forEach((day, i) => rows.push({ student, n: start + i + 1, component, placement, day, from, to, note, status: status(i, day) }));
  };
  const approved = () => 'APPROVED';
  // Spring: everyone who graduated (or completed) has every hour approved.
  for (let n = 1; n <= 15; n++) {
    if ([3, 8].includes(n)) continue; // withdrew / dismissed before the externship
    add(n, 'DIDACTIC', null, weekdays(d('2026-01-12'), 24, [1, 2, 3, 4, 5]), '09:00', '14:00', 'Pharmacy law, calculations and drug classes (course roster)', approved);
    add(n, 'SIMULATED', null, weekdays(d('2026-03-02'), 13, [2, 4]), '13:00', '17:00', 'Sterile and non-sterile compounding lab', approved);
    const p = placements.find(([, s]) => s === n);
    if (p) add(n, 'EXPERIENTIAL', p[0], weekdays(p[3], 18, [1, 2, 3, 4]), '08:00', '16:00', 'Prescription intake, counting, filling and pharmacist verification prep', approved);
  }
  // Fall: didactic and lab done (approved), externship underway with a realistic spread of statuses.
  for (let n = 16; n <= 30; n++) {
    if ([24, 27].includes(n)) continue; // withdrew / transferred out early
    add(n, 'DIDACTIC', null, weekdays(d(FALL_START), n === 21 ? 8 : 24, [1, 2, 3, 4, 5]), '18:00', '23:00', 'Evening didactic block (course roster)', approved);
    add(n, 'SIMULATED', null, weekdays(d('2026-10-01'), n === 21 ? 2 : 13, [2, 4]), '18:00', '22:00', 'Compounding and IV admixture lab', approved);
    const p = placements.find(([, s]) => s === n && n <= 23);
    if (!p) continue;
    // Students 22 and 23 have fallen behind: one shift a week, so their projected finish is late.
    const perWeek = [22, 23].includes(n) ? [3] : [1, 3, 5];
    const shifts = weekdays(d('2026-11-02'), [22, 23].includes(n) ? 3 : 9, perWeek);
    add(n, 'EXPERIENTIAL', p[0], shifts, '08:00', '16:30', 'Filled and labelled prescriptions, inventory count, will-call', (i, day) => {
      if (day >= d('2026-11-16')) return n === 17 && i === shifts.length - 1 ? 'NEEDS_INFO' : 'SUBMITTED';
      if (n === 18 && i === 1) return 'REJECTED';
      return 'APPROVED';
    });
  }
  await insertHourRows(em, rows);
}

/** Inserts hour entries (approved ones reviewed the next day; totals kept by the trigger). */
async function insertHourRows(em: EntityManager, rows: HourRow[]): Promise<void> {
  await em.query(
    `INSERT INTO hour_entries (id, program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, activity_note,
                               status, review_comment, reviewed_by, reviewed_at, logged_by)
     SELECT r.id, $1, r.enrollment_id, r.placement_id, r.component::hour_component, si.setting,
            (r.day + r.t_from) AT TIME ZONE 'America/Chicago', (r.day + r.t_to) AT TIME ZONE 'America/Chicago',
            r.note, r.status::hour_entry_status,
            CASE r.status WHEN 'REJECTED' THEN 'Badge log shows you were not on site this day.'
                          WHEN 'NEEDS_INFO' THEN 'Which tasks did you do after lunch? Please add them.' END,
            CASE WHEN r.status IN ('SUBMITTED') THEN NULL WHEN r.placement_id IS NULL THEN $2::uuid ELSE pr.user_id END,
            CASE WHEN r.status = 'SUBMITTED' THEN NULL ELSE ((r.day + r.t_to) AT TIME ZONE 'America/Chicago') + interval '1 day' END,
            coalesce(st.user_id, $2::uuid)
       FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::date[], $8::time[], $9::time[], $10::text[], $11::text[])
            AS r(id, enrollment_id, placement_id, component, day, t_from, t_to, note, status)
       JOIN enrollments e ON e.id = r.enrollment_id
       JOIN students st ON st.id = e.student_id
       LEFT JOIN placements pl ON pl.id = r.placement_id
       LEFT JOIN sites si ON si.id = pl.site_id
       LEFT JOIN preceptors pr ON pr.id = pl.preceptor_id
     ON CONFLICT DO NOTHING`,
    [
      DEMO_IDS.program, DEMO_IDS.user(2),
      rows.map((r) => DEMO_IDS.hourEntry(r.student, r.n)), rows.map((r) => DEMO_IDS.enrollment(r.student)),
      rows.map((r) => (r.placement ? DEMO_IDS.placement(r.placement) : null)), rows.map((r) => r.component),
      rows.map((r) => r.day), rows.map((r) => r.from), rows.map((r) => r.to), rows.map((r) => r.note), rows.map((r) => r.status),
    ],
  );
}

interface HourRow {
  student: number;
  n: number;
  component: string;
  placement: number | null;
  day: string;
  from: string;
  to: string;
  note: string;
  status: string;
}

/**
 * A few notifications per demo account, about things the demo data holds (fixed ids and times; the
 * dedupe keys are those the daily jobs use, so a later run does not repeat them). In-app only: the
 * demo sends no email for what happened before it started.
 */
async function seedNotifications(em: EntityManager, d: DemoDate): Promise<void> {
  const item = (code: string) => {
    const i = DEFAULT_COMPLIANCE_ITEMS.findIndex((x) => x.code === code);
    return { id: id(17, i + 1), name: DEFAULT_COMPLIANCE_ITEMS[i].name };
  };
  const bls = item('BLS_CPR');
  const tb = item('TB_TEST');
  // [id n, enrollment n, item, kind, expires on, due on]
  const reminders: [number, number, { id: string }, string, string, string][] = [
    [1, 19, bls, 'EXPIRING_60', d('2026-12-12'), d('2026-10-13')],
    [2, 19, bls, 'EXPIRING_30', d('2026-12-12'), d('2026-11-12')],
    [3, 18, tb, 'EXPIRED', d('2026-11-10'), d('2026-11-11')],
  ];
  for (const [n, enrollment, it, kind, expires, due] of reminders) {
    await em.query(
      `INSERT INTO reminders (id, program_id, enrollment_id, item_id, kind, expires_on, due_on, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7::date + time '06:00') ON CONFLICT DO NOTHING`,
      [id(19, n), DEMO_IDS.program, DEMO_IDS.enrollment(enrollment), it.id, kind, expires, due],
    );
  }
  const [waiting]: { site1: number; site2: number }[] = await em.query(
    `SELECT count(*) FILTER (WHERE pl.site_id = $1)::int AS site1, count(*) FILTER (WHERE pl.site_id = $2)::int AS site2
       FROM hour_entries h JOIN placements pl ON pl.id = h.placement_id WHERE h.status = 'SUBMITTED' AND pl.program_id = $3`,
    [DEMO_IDS.site(1), DEMO_IDS.site(2), DEMO_IDS.program],
  );
  const studentName = (n: number) => `${FIRST[n - 1]} ${LAST[n - 1]}`;
  const sites = ['Walgreens #4471 — Riverside', 'Riverside General Hospital — Inpatient Pharmacy', 'Maple Grove Long-Term Care Pharmacy'];
  const placed = (audience: 'STUDENT' | 'PRECEPTOR', site: number, start: string, end: string, who: string) =>
    audience === 'STUDENT'
      ? { siteName: sites[site - 1], startDate: d(start), endDate: d(end), plannedHours: 160, audience, preceptorName: who }
      : { siteName: sites[site - 1], startDate: d(start), endDate: d(end), plannedHours: 160, audience, studentName: who };
  const bls30 = d('2026-12-12');
  const agreement3 = d('2026-10-31');
  const agreement2 = d('2027-01-15');
  const license2 = d('2026-12-31');
  // [id n, recipient user n, kind, subject type, subject id, data, item count, digest, dedupe key, created, read]
  const rows: [number, number, string, string, string, Record<string, unknown>, number, string | null, string | null, string, string | null][] = [
    // Sam Rivera (student)
    [1, 5, 'PLACEMENT_CREATED', 'Placement', DEMO_IDS.placement(14), placed('STUDENT', 1, '2026-11-02', '2026-12-18', 'Priya Preceptor, PharmD'), 1, null, null, d('2026-10-19T15:00:00Z'), null],
    [2, 5, 'COMPLIANCE_REMINDER', 'Reminder', id(19, 1), { itemName: bls.name, state: 'EXPIRING_60', expiresOn: bls30, daysLeft: 60, enrollmentId: DEMO_IDS.enrollment(19) }, 1, null, `reminder:${id(19, 1)}`, d('2026-10-13T11:00:00Z'), d('2026-10-14T01:00:00Z')],
    [3, 5, 'COMPLIANCE_REMINDER', 'Reminder', id(19, 2), { itemName: bls.name, state: 'EXPIRING_30', expiresOn: bls30, daysLeft: 30, enrollmentId: DEMO_IDS.enrollment(19) }, 1, null, `reminder:${id(19, 2)}`, d('2026-11-12T12:00:00Z'), null],
    // Priya Preceptor (preceptor, Walgreens)
    [4, 4, 'PLACEMENT_CREATED', 'Placement', DEMO_IDS.placement(14), placed('PRECEPTOR', 1, '2026-11-02', '2026-12-18', studentName(19)), 1, null, null, d('2026-10-19T15:00:00Z'), d('2026-10-20T13:00:00Z')],
    [5, 4, 'PLACEMENT_CREATED', 'Placement', DEMO_IDS.placement(21), placed('PRECEPTOR', 1, '2026-12-21', '2027-01-22', studentName(25)), 1, null, null, d('2026-11-20T16:00:00Z'), null],
    [6, 4, 'HOURS_WAITING', 'Site', DEMO_IDS.site(1), { siteName: sites[0] }, Math.max(waiting.site1, 1), 'DAILY', null, d('2026-11-16T14:00:00Z'), null],
    // Hector Alvarez (preceptor, Riverside General)
    [7, 6, 'HOURS_WAITING', 'Site', DEMO_IDS.site(2), { siteName: sites[1] }, Math.max(waiting.site2, 1), 'DAILY', null, d('2026-11-16T14:00:00Z'), null],
    [8, 6, 'PLACEMENT_CREATED', 'Placement', DEMO_IDS.placement(25), placed('PRECEPTOR', 2, '2026-12-21', '2027-01-15', studentName(30)), 1, null, null, d('2026-11-20T16:00:00Z'), null],
    // Ian Instructor and Irene Ito (the fall cohort's instructors)
    [9, 2, 'COHORT_COMPLIANCE', 'Cohort', DEMO_IDS.fallCohort, { cohortCode: 'PT-2026-FA', cohortName: 'Fall 2026 evening cohort' }, 1, 'WEEKLY', null, d('2026-10-13T11:00:00Z'), d('2026-10-19T14:00:00Z')],
    [10, 2, 'COHORT_COMPLIANCE', 'Cohort', DEMO_IDS.fallCohort, { cohortCode: 'PT-2026-FA', cohortName: 'Fall 2026 evening cohort' }, 2, 'WEEKLY', null, d('2026-11-11T11:00:00Z'), null],
    [11, 3, 'COHORT_COMPLIANCE', 'Cohort', DEMO_IDS.fallCohort, { cohortCode: 'PT-2026-FA', cohortName: 'Fall 2026 evening cohort' }, 2, 'WEEKLY', null, d('2026-11-11T11:00:00Z'), null],
    // Dana Director (admin)
    [12, 1, 'AGREEMENT_EXPIRING', 'Site', DEMO_IDS.site(3), { siteName: sites[2], endsOn: agreement3, threshold: 30 }, 1, null, `agreement:${DEMO_IDS.site(3)}:${agreement3}:30`, d('2026-10-01T11:00:00Z'), d('2026-10-01T15:00:00Z')],
    [13, 1, 'AGREEMENT_EXPIRING', 'Site', DEMO_IDS.site(2), { siteName: sites[1], endsOn: agreement2, threshold: 90 }, 1, null, `agreement:${DEMO_IDS.site(2)}:${agreement2}:90`, d('2026-10-17T11:00:00Z'), null],
    [14, 1, 'LICENSE_EXPIRING', 'Preceptor', DEMO_IDS.preceptor(2), { preceptorName: 'Hector Alvarez, RPh', siteId: DEMO_IDS.site(2), siteName: sites[1], expiresOn: license2, threshold: 30 }, 1, null, `license:${DEMO_IDS.preceptor(2)}:${license2}:30`, d('2026-12-01T12:00:00Z'), null],
  ];
  for (const [n, user, kind, subjectType, subjectId, data, count, digest, dedupe, created, read] of rows) {
    await em.query(
      `INSERT INTO notifications (id, program_id, recipient_id, kind, subject_type, subject_id, data, item_count, digest, dedupe_key, created_at, updated_at, read_at, email_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, 'NONE') ON CONFLICT DO NOTHING`,
      [id(20, n), DEMO_IDS.program, DEMO_IDS.user(user), kind, subjectType, subjectId, JSON.stringify(data), count, digest, dedupe, created, read],
    );
  }
}
