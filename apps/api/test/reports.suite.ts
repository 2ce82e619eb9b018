import { randomUUID } from 'node:crypto';
import { Client, codeOf, Harness } from './harness';
import { NEXT, P, PREV, report, reportCode, startReportFixture } from './report-fixture';

/* The figures and rates of the accreditation reports on report-fixture.ts's history, their drill-down to students, periods and trends, and who may read them. */
describe('accreditation and outcome reports: figures, drill-down, periods and scope', () => {
  let h: Harness;
  let admin: Client, i1: Client, i2: Client, student: Client, preceptor: Client, otherAdmin: Client;
  let programId: string, programName: string, cohortX: string, cohortY: string, cohortZ: string;
  let e: Record<string, string>, sid: Record<string, string>;

  beforeAll(async () => {
    ({ h, admin, i1, i2, student, preceptor, otherAdmin, programId, programName, cohortX, cohortY, cohortZ, e, sid } = await startReportFixture());
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
    expect(r.students(`ashp.${cohortX}.rotationMet`)).toEqual([expect.objectContaining({ studentName: 'Ada Abbott', evidence: '1 rotation, the largest 130 h, together 130 h' })]);
    expect(r.students(`ashp.${cohortX}.domain1`)).toEqual([expect.objectContaining({ studentName: 'Ada Abbott', evidence: 'Domain 1: all 3 competencies signed, the last on 2025-03-01' })]);
    expect(r.students(`ashp.${cohortX}.students`).find((s) => s.studentName === 'Dee Diaz')!.evidence).toBe('Approved hours: didactic 4, simulated 0, experiential 117');
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
});
