import { randomUUID } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
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

const P = { periodStart: '2024-07-01', periodEnd: '2025-06-30' };
const NEXT = { periodStart: '2025-07-01', periodEnd: '2026-06-30' };
const PREV = { periodStart: '2023-07-01', periodEnd: '2024-06-30' };

const REPORT_FIELDS = `programIds programNames cohortId cohortCode periodStart periodEnd generatedBy generatedAt snapshotId
  rates { key label numerator denominator value text benchmark belowBenchmark note numeratorKey denominatorKey }
  figures { key label count }
  tables { key title columns note rows { label cells { text figureKey rateKey } } }`;

interface Rate { key: string; numerator: number; denominator: number; value: number | null; text: string; benchmark: number | null; belowBenchmark: boolean; note: string | null; numeratorKey: string; denominatorKey: string }
interface Student { enrollmentId: string; studentId: string; studentName: string; cohortCode: string; evidence: string; evidenceDate: string | null }
interface Report {
  programIds: string[]; programNames: string[]; cohortId: string | null; cohortCode: string | null; generatedBy: string; snapshotId: string | null;
  rates: Rate[]; figures: { key: string; label: string; count: number }[];
  tables: { key: string; title: string; columns: string[]; note: string | null; rows: { label: string; cells: { text: string; figureKey: string | null; rateKey: string | null }[] }[] }[];
}

/** The error code an outcomeReport query gets. */
async function reportCode(c: Client, input: Record<string, unknown>) {
  return codeOf(await c.gql(`query($input: ReportInput!) { outcomeReport(input: $input) { periodStart } }`, { input }));
}

/** The report with the students of `keys` (aliased s0, s1, ...). */
async function report(c: Client, input: Record<string, unknown>, keys: string[] = []) {
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

describe('accreditation and outcome reports', () => {
  let h: Harness;
  let admin: Client, i1: Client, i2: Client, student: Client, preceptor: Client, otherAdmin: Client;
  let programId: string, programName: string, cohortX: string, cohortY: string, cohortZ: string;
  const e: Record<string, string> = {};
  const sid: Record<string, string> = {};
  let baseUrl: string;

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
  // The fixture's graduates log no hours: this suite counts outcomes, so their graduations are overrides.
  const status = (key: string, s: string, effectiveOn: string, reasonCode: string) =>
    gqlOk(admin, `mutation($input: RecordStatusChangeInput!) { recordStatusChange(input: $input) { status } }`, {
      input: { enrollmentId: e[key], status: s, effectiveOn, reasonCode, ...(s === 'GRADUATED' ? { overrideReason: 'Report fixture: requirements are not modelled here' } : {}) },
    });
  let examIds: Record<string, string> = {};
  const attempt = (key: string, exam: string, takenOn: string, scaledScore?: number) =>
    gqlOk(admin, `mutation($i: RecordExamAttemptInput!) { recordExamAttempt(input: $i) { attemptNumber result } }`, {
      i: { enrollmentId: e[key], examId: examIds[exam], takenOn, ...(scaledScore ? { scaledScore } : {}) },
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

  beforeAll(async () => {
    h = await Harness.start();
    baseUrl = h.url.replace(/\/graphql$/, '');
    const [a, t1, t2, s, p, a2] = await Promise.all([
      h.user('ADMIN', 'Rita Reporter'), h.user('INSTRUCTOR'), h.user('INSTRUCTOR'), h.user('STUDENT'), h.user('PRECEPTOR'), h.user('ADMIN'),
    ]);
    programId = await h.program(a.id);
    programName = (await h.ds.query(`SELECT name FROM programs WHERE id = $1`, [programId]))[0].name;
    await h.program(a2.id);
    [admin, i1, i2, student, preceptor, otherAdmin] = await Promise.all([a, t1, t2, s, p, a2].map((u) => h.signedIn(u.email)));
    cohortX = await cohort('X', '2024-01-08', '2025-12-19', [t1.id]);
    cohortY = await cohort('Y', '2024-06-03', '2025-12-19', [t2.id]);
    cohortZ = await cohort('Z', '2024-09-02', '2025-02-28', [t1.id]);
    examIds = Object.fromEntries(((await gqlOk(admin, `{ exams { id code } }`, {})).exams as { id: string; code: string }[]).map((x) => [x.code, x.id]));

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
  });
  afterAll(() => h.stop());

  it('counts BE, NS, RE, G, EE and the exits from the status log: ABHES retention and COE completion', async () => {
    const r = await report(admin, { programId, ...P });
    const counts = Object.fromEntries(['BE', 'NS', 'RE', 'cumulative', 'G', 'NGC', 'W', 'T', 'EE'].map((k) => [k, r.count(`status.${k}`)]));
    expect(counts).toEqual({ BE: 6, NS: 4, RE: 1, cumulative: 11, G: 4, NGC: 1, W: 2, T: 1, EE: 3 });
    expect(r.count('abhes.retained')).toBe(7);
    expect(r.rate('abhes.retention')).toMatchObject({
      numerator: 7, denominator: 11, text: '63.6%', benchmark: 0.7, belowBenchmark: true, numeratorKey: 'abhes.retained', denominatorKey: 'status.cumulative',
    });
    expect(r.rate('abhes.retention').value).toBeCloseTo(7 / 11, 10);
    expect(r.count('coe.completers')).toBe(5);
    expect(r.count('coe.exited')).toBe(8);
    expect(r.rate('coe.completion')).toMatchObject({ numerator: 5, denominator: 8, value: 0.625, text: '62.5%', benchmark: 0.6, belowBenchmark: false });
    expect(r.rate('ptcb.completion')).toMatchObject({ numerator: 5, denominator: 8, value: 0.625 });
    expect(r.rep).toMatchObject({ programIds: [programId], programNames: [programName], cohortId: null, generatedBy: 'Rita Reporter', snapshotId: null });
    // Every figure is unique and the tables point at figures and rates that exist.
    const keys = new Set(r.rep.figures.map((f) => f.key));
    expect(keys.size).toBe(r.rep.figures.length);
    expect(r.rep.tables.map((t) => t.key)).toEqual(['abhes', 'coe', 'exams', 'ptcb', 'ashp']);
    for (const cell of r.rep.tables.flatMap((t) => t.rows.flatMap((row) => row.cells))) {
      if (cell.figureKey) expect(keys.has(cell.figureKey)).toBe(true);
      if (cell.rateKey) expect(r.rep.rates.some((x) => x.key === cell.rateKey)).toBe(true);
    }
    const abhes = r.rep.tables.find((t) => t.key === 'abhes')!;
    expect(abhes.rows.find((row) => row.label.startsWith('Retention rate'))!.cells).toEqual([
      { text: '63.6%', figureKey: null, rateKey: 'abhes.retention' }, { text: '70%', figureKey: null, rateKey: null },
    ]);
    expect(abhes.note).toContain('BE is enrollment at the close of 2024-06-30, EE at the close of 2025-06-30');
  });

  it('drills every figure down to its students, with the status event that put them there', async () => {
    const keys = ['status.BE', 'status.NS', 'status.RE', 'status.G', 'status.NGC', 'status.W', 'status.T', 'status.EE', 'coe.exited'];
    const r = await report(admin, { programId, ...P }, keys);
    expect(r.names('status.BE')).toEqual(['Ada Abbott/X', 'Ben Baker/X', 'Dee Diaz/X', 'Fay Fox/X', 'Hal Hill/X', 'Jo Jones/Y']);
    expect(r.names('status.NS')).toEqual(['Cal Cruz/X', 'Eve Evans/X', 'Fay Fox/Y', 'Jo Jones/X']);
    expect(r.names('status.G')).toEqual(['Ada Abbott/X', 'Cal Cruz/X', 'Dee Diaz/X', 'Fay Fox/Y']);
    expect(r.names('status.EE')).toEqual(['Ben Baker/X', 'Hal Hill/X', 'Jo Jones/X']);
    expect(r.names('status.W')).toEqual(['Ben Baker/X', 'Jo Jones/Y']);
    expect(r.names('status.T')).toEqual(['Fay Fox/X']);
    expect(r.names('status.NGC')).toEqual(['Eve Evans/X']);
    expect(r.names('coe.exited')).toHaveLength(8);
    // Each figure's count is the number of its students.
    for (const k of keys) expect(r.students(k)).toHaveLength(r.count(k));
    const ben = (k: string) => r.students(k).find((s) => s.studentName === 'Ben Baker')!;
    expect(ben('status.BE')).toMatchObject({ evidence: 'Enrolled since 2024-01-08', evidenceDate: '2024-01-08', enrollmentId: e.s2, studentId: sid.s2, cohortCode: 'X' });
    expect(ben('status.W')).toEqual(expect.objectContaining({ evidence: 'Withdrawn on 2024-07-01 (Personal)', evidenceDate: '2024-07-01' }));
    expect(ben('status.RE')).toMatchObject({ evidence: 'Re-entered on 2024-09-02 (Return to program)', evidenceDate: '2024-09-02' });
    expect(ben('status.EE')).toMatchObject({ evidence: 'On leave since 2025-05-01', evidenceDate: '2025-05-01' });
    expect(r.students('status.BE').find((s) => s.studentName === 'Dee Diaz')!.evidence).toBe('On leave since 2024-05-01');
    expect(r.students('status.G').find((s) => s.studentName === 'Ada Abbott')).toMatchObject({ evidence: 'Graduated on 2025-06-30 (All program requirements met)', evidenceDate: '2025-06-30' });
    expect(r.students('status.T')[0]).toMatchObject({ evidence: 'Transferred out on 2024-10-01 (Transfer to another program)' });
    // A transfer in is a new start of the other enrollment; the student is the same person.
    expect(r.students('status.NS').find((s) => s.cohortCode === 'Y')!.studentId).toBe(sid.s6);

    const unknown = await admin.gql(`query($input: ReportInput!) { outcomeReport(input: $input) { students(figureKey: "status.XX") { studentName } } }`, { input: { programId, ...P } });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toMatch(/^figureKey: this report has no figure "status.XX"/);
  });

  it('gives each graduate or completer one employment outcome: ABHES and COE placement', async () => {
    const keys = ['abhes.F', 'abhes.R', 'abhes.U', 'abhes.placementBase', 'coe.refused', 'coe.placementBase', 'coe.waiting'];
    const r = await report(admin, { programId, ...P }, keys);
    expect(r.names('abhes.F')).toEqual(['Ada Abbott/X', 'Fay Fox/Y']);
    expect(r.names('abhes.R')).toEqual(['Dee Diaz/X']); // related beats the waiting marker
    expect(r.names('abhes.U')).toEqual(['Cal Cruz/X']); // documented unavailable beats an unrelated job
    expect(r.count('abhes.notPlaced')).toBe(0);
    expect(r.rate('abhes.placement')).toMatchObject({ numerator: 3, denominator: 3, value: 1, text: '100.0%', belowBenchmark: false });
    expect(r.students('abhes.U')[0]).toMatchObject({ evidence: 'Documented unavailable for employment: Military service (documented 2025-04-15)', evidenceDate: '2025-04-15' });
    expect(r.students('abhes.F').find((s) => s.studentName === 'Ada Abbott')).toMatchObject({
      evidence: 'Employed in field: CVS #221 (Pharmacy Technician) from 2025-07-14, verified 2025-07-14 (Employer phone call)', evidenceDate: '2025-07-14',
    });
    expect(r.names('coe.refused')).toEqual(['Eve Evans/X']);
    expect(r.names('coe.waiting')).toEqual([]);
    expect(r.names('coe.placementBase')).toEqual(['Ada Abbott/X', 'Dee Diaz/X', 'Fay Fox/Y']);
    expect([r.count('coe.inField'), r.count('coe.related'), r.count('coe.unavailable'), r.count('coe.refused'), r.count('coe.notPlaced')]).toEqual([2, 1, 1, 1, 0]);
    expect(r.rate('coe.placement')).toMatchObject({ numerator: 3, denominator: 3, text: '100.0%' });
  });

  it('counts credentialing exam participation, first-attempt and eventual passes, per exam and across exams', async () => {
    const keys = ['exam.PTCE.attempted', 'exam.PTCE.firstPassed', 'exam.PTCE.passed', 'exam.all.firstPassed', 'coe.tookExam'];
    const r = await report(admin, { programId, ...P }, keys);
    expect(r.rate('exam.PTCE.participation')).toMatchObject({ numerator: 2, denominator: 4, text: '50.0%', benchmark: null, belowBenchmark: false });
    expect(r.rate('exam.PTCE.firstAttemptPass')).toMatchObject({ numerator: 1, denominator: 2, text: '50.0%', benchmark: 0.7, belowBenchmark: true });
    expect(r.rate('exam.PTCE.eventualPass')).toMatchObject({ numerator: 2, denominator: 2, text: '100.0%', belowBenchmark: false });
    expect(r.rate('exam.ExCPT.participation')).toMatchObject({ numerator: 1, denominator: 4 });
    expect(r.rate('exam.ExCPT.firstAttemptPass')).toMatchObject({ numerator: 1, denominator: 1 });
    // Across exams, Dee's first sitting is the failed PTCE of 2025-06-02, not the ExCPT she passed.
    expect(r.rate('exam.all.firstAttemptPass')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(r.rate('exam.all.eventualPass')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(r.names('exam.PTCE.attempted')).toEqual(['Ada Abbott/X', 'Dee Diaz/X']); // Fay's scheduled sitting does not count
    expect(r.names('exam.all.firstPassed')).toEqual(['Ada Abbott/X']);
    expect(r.students('exam.PTCE.passed').find((s) => s.studentName === 'Dee Diaz')).toMatchObject({
      evidence: 'PTCE: passed on attempt 3, on 2025-10-06', evidenceDate: '2025-10-06',
    });
    expect(r.students('exam.PTCE.attempted').find((s) => s.studentName === 'Dee Diaz')!.evidence).toBe('PTCE: 3 attempts, the first on 2025-06-02');
    // COE licensure counts completers, so Eve (non-graduate completer) is in it.
    expect(r.names('coe.tookExam')).toEqual(['Ada Abbott/X', 'Dee Diaz/X', 'Eve Evans/X']);
    expect(r.rate('coe.licensure')).toMatchObject({ numerator: 3, denominator: 3, text: '100.0%' });
    const exams = r.rep.tables.find((t) => t.key === 'exams')!;
    expect(exams.rows.find((row) => row.label.startsWith('PTCE'))!.cells.map((c) => c.text)).toEqual(['4', '2', '50.0%', '1', '50.0%', '2', '100.0%']);
    expect(exams.rows[exams.rows.length - 1].label).toBe('All credentialing exams');
  });

  it('makes EE of one period the BE of the next', async () => {
    const [prev, cur, next] = await Promise.all([PREV, P, NEXT].map((period) => report(admin, { programId, ...period }, ['status.BE', 'status.EE'])));
    const ids = (r: Awaited<ReturnType<typeof report>>, k: string) => r.students(k).map((s) => s.enrollmentId).sort();
    expect(ids(prev, 'status.EE')).toEqual(ids(cur, 'status.BE'));
    expect(ids(cur, 'status.EE')).toEqual(ids(next, 'status.BE'));
    expect(next.count('status.BE')).toBe(3);
    // The next year: Hal graduates on its first day, Ivy starts on it.
    expect([next.count('status.G'), next.count('status.NS')]).toEqual([1, 1]);
    expect(prev.count('status.BE')).toBe(0);
  });

  it("reports PTCB's previous-year enrollment and minimum hours, and the ASHP summary from hour totals and sign-offs", async () => {
    const r = await report(admin, { programId, ...P }, ['ptcb.previousYearEnrollment', `ashp.${cohortX}.rotationMet`, `ashp.${cohortX}.domain1`, `ashp.${cohortX}.students`]);
    // 2023-07-01 – 2024-06-30: nobody enrolled at its start; new starts s1 s2 s4 s6 s7 s8 and Jo (Y).
    expect(r.count('ptcb.previousYearEnrollment')).toBe(7);
    expect(r.names('ptcb.previousYearEnrollment')).toContain('Gus Gray/X');
    const ptcb = r.rep.tables.find((t) => t.key === 'ptcb')!;
    expect(ptcb.rows.map((row) => [row.label, row.cells[0].text])).toEqual([
      ["Previous year's enrollment (2023-07-01 – 2024-06-30)", '7'],
      ['Completion rate: completers / (cumulative enrollment − still enrolled)', '62.5%'],
      ['Minimum hours to complete the program', '400 hours'],
    ]);
    expect(ptcb.note).toContain('cumulative enrollment (beginning enrollment + new starts + re-entries) of the 12 months before the period');

    const ashp = r.rep.tables.find((t) => t.key === 'ashp')!;
    expect(ashp.rows.map((row) => row.label)).toEqual(['X', 'Y', 'Z']);
    // X: 8 students counted (not Fay, transferred out, nor Gus, dismissed). Didactic (8 + 4) / 8,
    // experiential (130 + 117) / 8; the pending 5 hours do not count. Ada alone has a 130-hour rotation.
    const x = ashp.rows[0].cells.map((c) => c.text);
    expect(x).toEqual(['8', '120', '1.5', '50', '0', '130', '30.9', '1', '1 of 8', '—', '—', '—', '—']);
    expect(r.students(`ashp.${cohortX}.rotationMet`)).toEqual([expect.objectContaining({ studentName: 'Ada Abbott', evidence: '1 rotation, the largest 130.0 h, together 130.0 h' })]);
    expect(r.students(`ashp.${cohortX}.domain1`)).toEqual([expect.objectContaining({ studentName: 'Ada Abbott', evidence: 'Domain 1: all 3 competencies signed, the last on 2025-03-01' })]);
    expect(r.students(`ashp.${cohortX}.students`).find((s) => s.studentName === 'Dee Diaz')!.evidence).toBe('Approved hours: didactic 4.0, simulated 0.0, experiential 117.0');
    expect(ashp.rows[2].cells.map((c) => c.text).slice(0, 3)).toEqual(['0', '120', 'n/a — no students']);
  });

  it('says so when a denominator is zero: an empty cohort', async () => {
    const r = await report(admin, { cohortId: cohortZ, ...P });
    expect(r.rep).toMatchObject({ cohortId: cohortZ, cohortCode: 'Z', programIds: [programId] });
    expect(r.rep.figures.every((f) => f.count === 0)).toBe(true);
    expect(r.rate('abhes.retention')).toMatchObject({ value: null, numerator: 0, denominator: 0, belowBenchmark: false, note: 'No students in the denominator (0)', text: 'n/a — no students' });
    expect(r.rate('abhes.placement')).toMatchObject({ value: null, text: 'n/a — no graduates available for employment' });
    expect(r.rate('exam.PTCE.participation')).toMatchObject({ value: null, note: 'No graduates in the denominator (0)' });
    expect(r.rep.tables.find((t) => t.key === 'coe')!.rows.find((row) => row.label.startsWith('Completion rate'))!.cells[0].text).toBe('n/a — no students who left enrollment');
  });

  it('refuses bad periods with messages that name the field', async () => {
    const q = `query($input: ReportInput!) { outcomeReport(input: $input) { periodStart } }`;
    const backwards = await admin.gql(q, { input: { programId, periodStart: '2025-07-01', periodEnd: '2025-06-30' } });
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0].message).toBe('periodEnd must be on or after periodStart (2025-07-01)');
    const badDate = await admin.gql(q, { input: { programId, periodStart: '2025-02-30', periodEnd: '2025-06-30' } });
    expect(badDate.errors![0].message).toBe('periodStart must be a date written YYYY-MM-DD');
    const tooLong = await admin.gql(q, { input: { programId, periodStart: '2019-07-01', periodEnd: '2025-06-30' } });
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].message).toMatch(/^periodEnd: a report covers at most 5 years/);
    const trend = await admin.gql(`query($input: ReportInput!) { reportTrend(input: $input, periods: 11) { label } }`, { input: { programId, ...P } });
    expect(trend.errors![0].message).toBe('periods: ask for 1 to 10 periods.');
    const mismatch = await admin.gql(q, { input: { programId: (await h.ds.query(`SELECT id FROM programs WHERE id <> $1 LIMIT 1`, [programId]))[0].id, cohortId: cohortX, ...P } });
    expect(['BAD_USER_INPUT', 'FORBIDDEN']).toContain(codeOf(mismatch));
  });

  it('shows the same period a year apart as a trend, oldest first', async () => {
    const r = await admin.gql(`query($input: ReportInput!) { reportTrend(input: $input, periods: 3) { periodStart periodEnd label rates { key numerator denominator text } } }`, { input: { programId, ...P } });
    const points = r.data!.reportTrend as { periodStart: string; label: string; rates: { key: string; numerator: number; denominator: number }[] }[];
    expect(points.map((p) => p.label)).toEqual(['2022–23', '2023–24', '2024–25']);
    expect(points[2].rates.find((x) => x.key === 'abhes.retention')).toMatchObject({ numerator: 7, denominator: 11 });
    // 2023–24: 7 new starts; Gus was dismissed, the other 6 are enrolled at its end.
    expect(points[1].rates.find((x) => x.key === 'abhes.retention')).toMatchObject({ numerator: 6, denominator: 7 });
  });

  it('lets an instructor report on their cohorts only; students and preceptors not at all', async () => {
    const mine = await report(i1, { ...P }, ['status.BE']);
    // Cohorts X and Z: BE s1 s2 s4 s6 s8; NS s3 s5 Jo-X; RE s2; G s1 s3 s4; EE s2 s8 Jo-X.
    expect(mine.rep.programIds).toEqual([programId]);
    expect(mine.names('status.BE')).toEqual(['Ada Abbott/X', 'Ben Baker/X', 'Dee Diaz/X', 'Fay Fox/X', 'Hal Hill/X']);
    expect(mine.rate('abhes.retention')).toMatchObject({ numerator: 6, denominator: 9 });
    expect(mine.rep.tables.find((t) => t.key === 'ashp')!.rows.map((row) => row.label)).toEqual(['X', 'Z']);
    const sameProgram = await report(i1, { programId, ...P });
    expect(sameProgram.rate('abhes.retention')).toMatchObject({ numerator: 6, denominator: 9 });
    expect(await reportCode(i1, { cohortId: cohortY, ...P })).toBe('FORBIDDEN');
    expect(await reportCode(i1, { cohortId: randomUUID(), ...P })).toBe('NOT_FOUND');
    const theirs = await report(i2, { cohortId: cohortY, ...P });
    expect(theirs.count('status.G')).toBe(1);
    for (const c of [student, preceptor]) {
      expect(await reportCode(c, { ...P })).toBe('FORBIDDEN');
      expect(codeOf(await c.gql(`{ reportSnapshots { totalCount } }`))).toBe('FORBIDDEN');
      expect(codeOf(await c.gql(`{ disclosureLog { totalCount } }`))).toBe('FORBIDDEN');
    }
    expect(codeOf(await i1.gql(`{ disclosureLog { totalCount } }`))).toBe('FORBIDDEN');
    expect(await reportCode(otherAdmin, { programId, ...P })).toBe('FORBIDDEN');
    const none = await report(otherAdmin, { ...P });
    expect(none.rep.programIds).not.toContain(programId);
  });

  it('saves a snapshot that reads back unchanged after the records change', async () => {
    const fields = `id title programNames cohortCode periodStart periodEnd createdAt createdBy report { ${REPORT_FIELDS} s0: students(figureKey: "coe.placed") { studentName evidence } }`;
    const saved = await admin.gql(`mutation($input: ReportInput!) { saveReportSnapshot(input: $input, title: "ABHES 2024–25 as submitted") { ${fields} } }`, { input: { programId, ...P } });
    const snap = saved.data!.saveReportSnapshot;
    expect(snap).toMatchObject({ title: 'ABHES 2024–25 as submitted', programNames: [programName], cohortCode: null, periodStart: P.periodStart, createdBy: 'Rita Reporter' });
    expect(snap.report.snapshotId).toBe(snap.id);
    expect(snap.report.s0.map((s: Student) => s.studentName).sort()).toEqual(['Ada Abbott', 'Dee Diaz', 'Fay Fox']);

    // The records change: Eve, who refused, now works in the field.
    await job('s5', 'IN_FIELD', '2025-09-01', 'Jewel-Osco');
    const live = await report(admin, { programId, ...P });
    expect(live.rate('coe.placement')).toMatchObject({ numerator: 4, denominator: 4 });

    const again = await admin.gql(`query($id: ID!) { reportSnapshot(id: $id) { ${fields} } }`, { id: snap.id });
    expect(again.data!.reportSnapshot).toEqual(snap);
    expect(again.data!.reportSnapshot.report.rates.find((x: Rate) => x.key === 'coe.placement')).toMatchObject({ numerator: 3, denominator: 3 });

    const list = await admin.gql(`query($p: ID) { reportSnapshots(programId: $p) { totalCount edges { node { id title report { periodStart } } } } }`, { p: programId });
    expect(list.data!.reportSnapshots.edges.map((x: { node: { id: string } }) => x.node.id)).toContain(snap.id);
    // An instructor cannot read a snapshot of the whole program; their own (of their cohorts) they can, and so can the admin.
    expect(codeOf(await i1.gql(`query($id: ID!) { reportSnapshot(id: $id) { id } }`, { id: snap.id }))).toBe('FORBIDDEN');
    expect((await i1.gql(`{ reportSnapshots { totalCount } }`)).data!.reportSnapshots.totalCount).toBe(0);
    const own = await i1.gql(`mutation($input: ReportInput!) { saveReportSnapshot(input: $input) { id title } }`, { input: P });
    expect(own.data!.saveReportSnapshot.title).toBe(`${programName}, 2024–25`);
    expect((await i1.gql(`{ reportSnapshots { edges { node { id } } } }`)).data!.reportSnapshots.edges).toEqual([{ node: { id: own.data!.saveReportSnapshot.id } }]);
    expect((await admin.gql(`query($id: ID!) { reportSnapshot(id: $id) { id } }`, { id: own.data!.saveReportSnapshot.id })).data).toBeTruthy();
    expect(codeOf(await i2.gql(`query($id: ID!) { reportSnapshot(id: $id) { id } }`, { id: own.data!.saveReportSnapshot.id }))).toBe('FORBIDDEN');
    expect(codeOf(await admin.gql(`query($id: ID!) { reportSnapshot(id: $id) { id } }`, { id: randomUUID() }))).toBe('NOT_FOUND');
    await expect(h.ds.query(`UPDATE report_snapshots SET title = 'x' WHERE id = $1`, [snap.id])).rejects.toThrow(/append-only/);
  });

  it('exports PDF and CSV, writing each export to the disclosure log', async () => {
    const get = (c: Client, path: string) => fetch(`${baseUrl}${path}`, { headers: c.cookie ? { cookie: c.cookie } : {} });
    const before = await h.count('disclosure_events');
    const query = `programId=${programId}&periodStart=${P.periodStart}&periodEnd=${P.periodEnd}`;

    const pdf = await get(admin, `/api/reports/export?format=pdf&${query}&purpose=${encodeURIComponent('ABHES annual report')}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="program-[a-z0-9-]+-report-2024-07-01-2025-06-30\.pdf"$/);
    const body = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(body.startsWith('%PDF')).toBe(true);
    expect(body).toContain(`(Outcome report: ${programName}, 2024-07-01 to 2025-06-30)`);

    const csv = await get(admin, `/api/reports/export?format=csv&${query}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await csv.arrayBuffer()));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['abhes.csv', 'coe.csv', 'exams.csv', 'ptcb.csv', 'ashp.csv', 'figures.csv', 'students.csv']));
    const abhes = strFromU8(files['abhes.csv']);
    expect(abhes).toContain('Retention rate: (EE + G) / (BE + NS + RE),63.6% (below benchmark 70%),70%');
    expect(strFromU8(files['figures.csv'])).toContain('status.BE,Beginning enrollment (BE),6');
    expect(strFromU8(files['students.csv'])).toContain('status.W,Withdrawals (withdrawn or dismissed),Ben Baker,X,Withdrawn on 2024-07-01 (Personal),2024-07-01');

    expect(await h.count('disclosure_events')).toBe(before + 2);
    const log = await admin.gql(`{ disclosureLog(first: 2) { totalCount edges { node { action actorName description purpose studentCount snapshotId } } } }`);
    const [csvRow, pdfRow] = log.data!.disclosureLog.edges.map((x: { node: unknown }) => x.node);
    // Ten people: s1–s9 and Jo; Fay and Jo count once although each has two enrollments.
    expect(pdfRow).toEqual({
      action: 'REPORT_EXPORT_PDF', actorName: 'Rita Reporter', purpose: 'ABHES annual report', studentCount: 10, snapshotId: null,
      description: `ABHES/COE outcome report, ${programName}, 2024-07-01 – 2025-06-30, PDF`,
    });
    expect(csvRow).toMatchObject({ action: 'REPORT_EXPORT_CSV', purpose: null, studentCount: 10 });

    // A snapshot's export reproduces the snapshot and names it.
    const snapId = (await h.ds.query(`SELECT id FROM report_snapshots WHERE $1 = ANY(program_ids) AND cohort_ids IS NULL ORDER BY created_at LIMIT 1`, [programId]))[0].id;
    const snapCsv = await get(admin, `/api/reports/snapshots/${snapId}/export?format=csv&purpose=audit`);
    expect(snapCsv.status).toBe(200);
    expect(strFromU8(unzipSync(new Uint8Array(await snapCsv.arrayBuffer()))['coe.csv'])).toContain('Employed in field,2,');
    expect((await admin.gql(`{ disclosureLog(first: 1) { edges { node { snapshotId description } } } }`)).data!.disclosureLog.edges[0].node).toMatchObject({ snapshotId: snapId });

    // Refusals: bad input 400 with a message, roles 403, no session 401, and nothing logged.
    const afterOk = await h.count('disclosure_events');
    const bad = await get(admin, `/api/reports/export?format=doc&${query}`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toBe('format must be pdf or csv');
    expect((await get(student, `/api/reports/export?format=pdf&${query}`)).status).toBe(403);
    expect((await get(preceptor, `/api/reports/snapshots/${snapId}/export?format=pdf`)).status).toBe(403);
    expect((await get(h.client(), `/api/reports/export?format=pdf&${query}`)).status).toBe(401);
    expect((await get(i1, `/api/reports/snapshots/${snapId}/export?format=pdf`)).status).toBe(403);
    expect(await h.count('disclosure_events')).toBe(afterOk);
    await expect(h.ds.query(`DELETE FROM disclosure_events`)).rejects.toThrow(/append-only/);
  });

  it('lets an admin set the benchmarks (audited), which re-marks the rates', async () => {
    const m = `mutation($p: ID!, $i: ProgramBenchmarksInput!) { updateProgramBenchmarks(programId: $p, input: $i) { id benchmarks { abhesRetention coeCompletion examPass } } }`;
    const input = { abhesRetention: 0.6, abhesPlacement: 0.7, coeCompletion: 0.65, coePlacement: 0.7, coeLicensure: 0.8, examPass: 0.5 };
    const r = await admin.gql(m, { p: programId, i: input });
    expect(r.data!.updateProgramBenchmarks.benchmarks).toEqual({ abhesRetention: 0.6, coeCompletion: 0.65, examPass: 0.5 });
    expect(await h.count('audit_events', `action = 'program.benchmarks.update' AND entity_id = $1`, [programId])).toBe(1);
    const rep = await report(admin, { programId, ...P });
    expect(rep.rate('abhes.retention')).toMatchObject({ benchmark: 0.6, belowBenchmark: false });
    expect(rep.rate('coe.completion')).toMatchObject({ benchmark: 0.65, belowBenchmark: true });
    expect(rep.rate('exam.PTCE.firstAttemptPass')).toMatchObject({ benchmark: 0.5, belowBenchmark: false });
    expect(codeOf(await i1.gql(m, { p: programId, i: input }))).toBe('FORBIDDEN');
    const out = await admin.gql(m, { p: programId, i: { ...input, coePlacement: 1.5 } });
    expect(codeOf(out)).toBe('BAD_USER_INPUT');
    expect(out.errors![0].message).toBe('coePlacement must be between 0 and 1');
    expect((await admin.gql(`query($id: ID!) { program(id: $id) { benchmarks { coePlacement } } }`, { id: programId })).data!.program.benchmarks.coePlacement).toBe(0.7);
  });
});
