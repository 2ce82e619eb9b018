import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { Client, codeOf, Harness } from './harness';
import { pdfText } from './pdf-text';
import { P, Rate, report, REPORT_FIELDS, ReportFixture, startReportFixture, Student } from './report-fixture';

/* What is kept and sent of the accreditation reports on report-fixture.ts's history: snapshots, PDF and CSV exports with their disclosure log, and the program's benchmarks. */
describe('accreditation and outcome reports: snapshots, exports and benchmarks', () => {
  let h: Harness;
  let admin: Client, i1: Client, i2: Client, student: Client, preceptor: Client;
  let programId: string, programName: string, baseUrl: string;
  let job: ReportFixture['job'];

  beforeAll(async () => {
    ({ h, admin, i1, i2, student, preceptor, programId, programName, baseUrl, job } = await startReportFixture());
  });
  afterAll(() => h.stop());

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
    const bytes = Buffer.from(await pdf.arrayBuffer());
    const body = bytes.toString('latin1');
    expect(body.startsWith('%PDF')).toBe(true);
    expect(body).toContain(`(Outcome report: ${programName}, 2024-07-01 to 2025-06-30)`);
    // Every page, and only those, carries "Page X of N", in page order.
    const pages = body.match(/\/Type \/Page\b/g)!.length;
    expect(pages).toBeGreaterThan(1);
    expect(pdfText(bytes).match(/Page \d+ of \d+/g)).toEqual(Array.from({ length: pages }, (_, i) => `Page ${i + 1} of ${pages}`));

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
