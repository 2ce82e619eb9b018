import { randomUUID } from 'node:crypto';
import { Client, codeOf, Harness } from './harness';

/*
 * Accreditation reports against small, hand-computed histories. The period under test is the
 * ABHES year 2024-07-01 – 2025-06-30 ("P"). Cohort X (instructor I1), cohort Y (instructor I2),
 * cohort Z (empty). Students, their status logs and what each counts in P:
 *
 *   s1 Ada    X  enrolled 2024-01-08, graduated 2025-06-30 (P's last day)    BE, G (not EE); job in field; PTCE passed 1st
 *   s2 Ben    X  enrolled 2024-01-08, withdrawn 2024-07-01 (P's first day),   BE, W, RE, EE (on leave)
 *                re-entered 2024-09-02, on leave from 2025-05-01
 *   s3 Cal    X  enrolled 2024-07-01 (first day), graduated 2025-03-14        NS, G; unrelated job + documented unavailable (military) → U
 *   s4 Dee    X  enrolled 2024-01-08, leave 2024-05-01, returned 2024-08-01  BE (on leave), G; related job + waiting marker → R;
 *                (not a re-entry), graduated 2025-05-30                        PTCE failed, failed, passed 3rd; ExCPT passed
 *   s5 Eve    X  enrolled 2024-09-03, completed non-graduate 2025-04-30       NS, NGC; refused employment; ExCPT passed
 *   s6 Fay    X  enrolled 2024-01-08, transferred out 2024-10-01              BE, T
 *      Fay    Y  enrolled 2024-10-01 (transfer in), graduated 2025-06-13      NS, G; job in field; PTCE scheduled (does not count)
 *   s7 Gus    X  enrolled 2024-01-08, dismissed 2024-03-01                     nothing in P (previous year's enrollment only)
 *   s8 Hal    X  enrolled 2024-01-08, graduated 2025-07-01 (day after P)      BE, EE
 *   s9 Ivy    X  enrolled 2025-07-01 (day after P)                            nothing in P
 *   Jo        Y  enrolled 2024-06-03, withdrawn 2024-11-01                    BE, W
 *      Jo     X  re-enrolled 2025-01-06                                       NS, EE
 *
 * BE 6 (s1 s2 s4 s6 s8 Jo-Y), NS 4 (s3 s5 Fay-Y Jo-X), RE 1 (s2): cumulative 11.
 * G 4 (s1 s3 s4 Fay-Y), NGC 1 (s5), W 2 (s2 Jo-Y), T 1 (s6), EE 3 (s2 s8 Jo-X): 11 = 3 + 4 + 1 + 2 + 1.
 * ABHES retention (EE + G) / (BE + NS + RE) = 7 / 11 = 63.6% (below 70%).
 * ABHES placement: F 2 (s1 Fay), R 1 (s4), U 1 (s3): (2 + 1) / (4 − 1) = 100%.
 * COE completion 5 / (11 − 3) = 62.5%; COE placement 3 / (5 − 0 waiting − 1 unavailable − 1 refused) = 100%.
 * Exams (graduates s1 s3 s4 Fay): PTCE attempted 2 (s1 s4), first-attempt passed 1 (s1), passed 2;
 * ExCPT attempted 1 (s4), passed first 1; all exams: attempted 2, first attempt passed 1 (s4's
 * earliest sitting, PTCE, failed), passed 2. COE licensure: completers who took one 3 (s1 s4 s5), passed 3.
 */

export const P = { periodStart: '2024-07-01', periodEnd: '2025-06-30' };
export const NEXT = { periodStart: '2025-07-01', periodEnd: '2026-06-30' };
export const PREV = { periodStart: '2023-07-01', periodEnd: '2024-06-30' };

export const REPORT_FIELDS = `programIds programNames cohortId cohortCode periodStart periodEnd generatedBy generatedAt snapshotId
  rates { key label numerator denominator value text benchmark belowBenchmark note numeratorKey denominatorKey }
  figures { key label count }
  tables { key title columns note rows { label cells { text figureKey rateKey } } }`;

export interface Rate { key: string; numerator: number; denominator: number; value: number | null; text: string; benchmark: number | null; belowBenchmark: boolean; note: string | null; numeratorKey: string; denominatorKey: string }
export interface Student { enrollmentId: string; studentId: string; studentName: string; cohortCode: string; evidence: string; evidenceDate: string | null }
export interface Report {
  programIds: string[]; programNames: string[]; cohortId: string | null; cohortCode: string | null; generatedBy: string; snapshotId: string | null;
  rates: Rate[]; figures: { key: string; label: string; count: number }[];
  tables: { key: string; title: string; columns: string[]; note: string | null; rows: { label: string; cells: { text: string; figureKey: string | null; rateKey: string | null }[] }[] }[];
}

/** The error code an outcomeReport query gets. */
export async function reportCode(c: Client, input: Record<string, unknown>) {
  return codeOf(await c.gql(`query($input: ReportInput!) { outcomeReport(input: $input) { periodStart } }`, { input }));
}

/** The report with the students of `keys` (aliased s0, s1, ...). */
export async function report(c: Client, input: Record<string, unknown>, keys: string[] = []) {
  const aliases = keys.map((k, i) => `s${i}: students(figureKey: ${JSON.stringify(k)}) { enrollmentId studentId studentName cohortCode evidence evidenceDate }`).join('\n');
  const r = await c.gql<{ outcomeReport: Report & Record<string, Student[]> }>(
    `query($input: ReportInput!) { outcomeReport(input: $input) { ${REPORT_FIELDS} ${aliases} } }`,
    { input },
  );
  if (!r.data) throw new Error(`outcomeReport failed: ${r.errors?.[0].message}`);
  const rep = r.data.outcomeReport;
  return {
    rep,
    count: (key: string) => {
      const f = rep.figures.find((x) => x.key === key);
      if (!f) throw new Error(`no figure ${key}`);
      return f.count;
    },
    rate: (key: string) => {
      const x = rep.rates.find((y) => y.key === key);
      if (!x) throw new Error(`no rate ${key}`);
      return x;
    },
    students: (key: string) => rep[`s${keys.indexOf(key)}`] as Student[],
    names: (key: string) => (rep[`s${keys.indexOf(key)}`] as Student[]).map((s) => `${s.studentName}/${s.cohortCode}`).sort(),
  };
}

export type ReportFixture = Awaited<ReturnType<typeof startReportFixture>>;

/** A started harness holding the history above, with everyone who reads the reports signed in. */
export async function startReportFixture() {
  const h = await Harness.start();
  const baseUrl = h.url.replace(/\/graphql$/, '');
  const [a, t1, t2, s, p, a2] = await Promise.all([
    h.user('ADMIN', 'Rita Reporter'), h.user('INSTRUCTOR'), h.user('INSTRUCTOR'), h.user('STUDENT'), h.user('PRECEPTOR'), h.user('ADMIN'),
  ]);
  const programId = await h.program(a.id);
  const programName: string = (await h.ds.query(`SELECT name FROM programs WHERE id = $1`, [programId]))[0].name;
  await h.program(a2.id);
  const [admin, i1, i2, student, preceptor, otherAdmin] = await Promise.all([a, t1, t2, s, p, a2].map((u) => h.signedIn(u.email)));
  const e: Record<string, string> = {};
  const sid: Record<string, string> = {};

  const gqlOk = async (c: Client, query: string, variables: Record<string, unknown>) => {
    const r = await c.gql(query, variables);
    if (r.errors) throw new Error(`${query.slice(0, 60)}: ${r.errors[0].message}`);
    return r.data!;
  };
  const enroll = async (key: string, cohortId: string, enrolledOn: string, name: string, existing?: string) => {
    const [firstName, lastName] = name.split(' ');
    const tag = randomUUID().slice(0, 8);
    const input = existing
      ? { cohortId, enrolledOn, studentId: sid[existing] }
      : { cohortId, enrolledOn, firstName, lastName, email: `r-${tag}@test.ptp`, studentNumber: `R-${tag}` };
    const d = await gqlOk(admin, `mutation($input: EnrollStudentInput!) { enrollStudent(input: $input) { id student { id } } }`, { input });
    e[key] = d.enrollStudent.id;
    sid[key] = d.enrollStudent.student.id;
  };
  // The fixture's graduates log no hours: these suites count outcomes, so their graduations are overrides.
  const status = (key: string, s: string, effectiveOn: string, reasonCode: string) =>
    gqlOk(admin, `mutation($input: RecordStatusChangeInput!) { recordStatusChange(input: $input) { status } }`, {
      input: { enrollmentId: e[key], status: s, effectiveOn, reasonCode, ...(s === 'GRADUATED' ? { overrideReason: 'Report fixture: requirements are not modelled here' } : {}) },
    });
  const job = (key: string, relation: string, startDate: string, employer: string) =>
    gqlOk(admin, `mutation($i: AddEmploymentRecordInput!) { addEmploymentRecord(input: $i) { id } }`, {
      i: { enrollmentId: e[key], employer, jobTitle: 'Pharmacy Technician', relation, startDate, verifiedOn: startDate, verificationSource: 'Employer phone call' },
    });
  const marker = (key: string, kind: string, documentedOn: string, unavailabilityReason?: string) =>
    gqlOk(admin, `mutation($i: AddOutcomeMarkerInput!) { addOutcomeMarker(input: $i) { id } }`, {
      i: { enrollmentId: e[key], kind, documentedOn, ...(unavailabilityReason ? { unavailabilityReason } : {}) },
    });
  const cohort = async (code: string, start: string, end: string, instructors: string[]) => {
    const [row] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, $2, $3, $4, $5, $4, $5) RETURNING id`,
      [programId, code, `Cohort ${code}`, start, end],
    );
    for (const u of instructors) await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [row.id, u]);
    return row.id as string;
  };

  const cohortX = await cohort('X', '2024-01-08', '2025-12-19', [t1.id]);
  const cohortY = await cohort('Y', '2024-06-03', '2025-12-19', [t2.id]);
  const cohortZ = await cohort('Z', '2024-09-02', '2025-02-28', [t1.id]);
  const examIds: Record<string, string> = Object.fromEntries(((await gqlOk(admin, `{ exams { id code } }`, {})).exams as { id: string; code: string }[]).map((x) => [x.code, x.id]));
  const attempt = (key: string, exam: string, takenOn: string, scaledScore?: number) =>
    gqlOk(admin, `mutation($i: RecordExamAttemptInput!) { recordExamAttempt(input: $i) { attemptNumber result } }`, {
      i: { enrollmentId: e[key], examId: examIds[exam], takenOn, ...(scaledScore ? { scaledScore } : {}) },
    });

  await enroll('s1', cohortX, '2024-01-08', 'Ada Abbott');
  await enroll('s2', cohortX, '2024-01-08', 'Ben Baker');
  await enroll('s3', cohortX, '2024-07-01', 'Cal Cruz');
  await enroll('s4', cohortX, '2024-01-08', 'Dee Diaz');
  await enroll('s5', cohortX, '2024-09-03', 'Eve Evans');
  await enroll('s6', cohortX, '2024-01-08', 'Fay Fox');
  await enroll('s7', cohortX, '2024-01-08', 'Gus Gray');
  await enroll('s8', cohortX, '2024-01-08', 'Hal Hill');
  await enroll('s9', cohortX, '2025-07-01', 'Ivy Irwin');
  await enroll('joY', cohortY, '2024-06-03', 'Jo Jones');
  await status('s1', 'GRADUATED', '2025-06-30', 'PROGRAM_REQUIREMENTS_MET');
  await status('s2', 'WITHDRAWN', '2024-07-01', 'PERSONAL');
  await status('s2', 'RE_ENTERED', '2024-09-02', 'RETURN_TO_PROGRAM');
  await status('s2', 'LEAVE_OF_ABSENCE', '2025-05-01', 'MEDICAL');
  await status('s3', 'GRADUATED', '2025-03-14', 'PROGRAM_REQUIREMENTS_MET');
  await status('s4', 'LEAVE_OF_ABSENCE', '2024-05-01', 'FAMILY_CARE');
  await status('s4', 'RETURNED_FROM_LEAVE', '2024-08-01', 'LEAVE_ENDED');
  await status('s4', 'GRADUATED', '2025-05-30', 'PROGRAM_REQUIREMENTS_MET');
  await status('s5', 'COMPLETED_NON_GRADUATE', '2025-04-30', 'REQUIREMENTS_MET_WITHOUT_CREDENTIAL');
  await status('s6', 'TRANSFERRED_OUT', '2024-10-01', 'TRANSFER_TO_OTHER_PROGRAM');
  await enroll('fayY', cohortY, '2024-10-01', '', 's6');
  await status('fayY', 'GRADUATED', '2025-06-13', 'PROGRAM_REQUIREMENTS_MET');
  await status('s7', 'DISMISSED', '2024-03-01', 'ATTENDANCE');
  await status('s8', 'GRADUATED', '2025-07-01', 'PROGRAM_REQUIREMENTS_MET');
  await status('joY', 'WITHDRAWN', '2024-11-01', 'RELOCATION');
  await enroll('joX', cohortX, '2025-01-06', '', 'joY');

  await job('s1', 'IN_FIELD', '2025-07-14', 'CVS #221');
  await job('s3', 'UNRELATED', '2025-04-01', 'Target');
  await marker('s3', 'UNAVAILABLE', '2025-04-15', 'MILITARY');
  await job('s4', 'RELATED', '2025-08-01', 'Oak Park Clinic');
  await marker('s4', 'WAITING_FOR_EXAM', '2025-06-01');
  await marker('s5', 'REFUSED_EMPLOYMENT', '2025-05-15');
  await job('fayY', 'IN_FIELD', '2025-07-01', 'Walgreens #12');
  await attempt('s1', 'PTCE', '2025-07-07', 1450);
  await attempt('s4', 'PTCE', '2025-06-02', 1300);
  await attempt('s4', 'ExCPT', '2025-06-20', 400);
  await attempt('s4', 'PTCE', '2025-08-04', 1350);
  await attempt('s4', 'PTCE', '2025-10-06', 1410);
  await attempt('s5', 'ExCPT', '2025-05-20', 395);
  await attempt('fayY', 'PTCE', '2027-01-11'); // scheduled: not an attempt

  // Hours (maintained totals) and sign-offs for the ASHP summary.
  const [site] = await h.ds.query(
    `INSERT INTO sites (program_id, name, address, setting, capacity, agreement_start_date, agreement_end_date)
     VALUES ($1, 'Report Pharmacy', '1 Main St', 'COMMUNITY', 5, '2024-01-01', '2027-12-31') RETURNING id`, [programId]);
  const [prec] = await h.ds.query(
    `INSERT INTO preceptors (program_id, site_id, user_id, license_number, license_expires_on) VALUES ($1, $2, $3, 'RPH-1', '2027-12-31') RETURNING id`,
    [programId, site.id, p.id]);
  const hours = async (key: string, component: string, placementId: string | null, days: number, hoursPerDay: number, from: string, statusOf = 'APPROVED') => {
    for (let d = 0; d < days; d++) {
      await h.ds.query(
        `INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, activity_note, status, logged_by)
         VALUES ($1, $2, $3, $4, CASE WHEN $3::uuid IS NULL THEN NULL ELSE 'COMMUNITY'::practice_setting END,
                 ($5::date + $6::int + time '07:00') AT TIME ZONE 'UTC', ($5::date + $6::int + time '07:00' + make_interval(hours => $7)) AT TIME ZONE 'UTC',
                 'Report test', $8, $9)`,
        [programId, e[key], placementId, component, from, d, hoursPerDay, statusOf, a.id],
      );
    }
  };
  const placement = async (key: string) =>
    (await h.ds.query(
      `INSERT INTO placements (program_id, enrollment_id, site_id, preceptor_id, start_date, end_date, planned_hours) VALUES ($1, $2, $3, $4, '2025-01-06', '2025-03-28', 130) RETURNING id`,
      [programId, e[key], site.id, prec.id],
    ))[0].id as string;
  await hours('s1', 'EXPERIENTIAL', await placement('s1'), 10, 13, '2025-01-06');
  await hours('s1', 'DIDACTIC', null, 1, 8, '2024-02-01');
  await hours('s4', 'EXPERIENTIAL', await placement('s4'), 9, 13, '2025-02-03');
  await hours('s4', 'DIDACTIC', null, 1, 4, '2024-02-01');
  await hours('s4', 'DIDACTIC', null, 1, 5, '2024-02-02', 'SUBMITTED'); // pending: not delivered
  await h.ds.query(`INSERT INTO program_competencies (program_id, competency_id) SELECT $1, id FROM competencies WHERE code IN ('1.1E', '1.2E', '1.3E')`, [programId]);
  for (const [key, codes] of [['s1', ['1.1E', '1.2E', '1.3E']], ['s3', ['1.1E']]] as const) {
    await h.ds.query(
      `INSERT INTO competency_signoffs (program_id, enrollment_id, competency_id, signed_by, signed_on)
       SELECT $1, $2, id, $3, '2025-03-01' FROM competencies WHERE code = ANY($4)`,
      [programId, e[key], p.id, codes],
    );
  }
  return { h, baseUrl, admin, i1, i2, student, preceptor, otherAdmin, programId, programName, cohortX, cohortY, cohortZ, e, sid, job };
}
