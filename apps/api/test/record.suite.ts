import { strFromU8, unzipSync } from 'fflate';
import { PDF, upload } from './documents';
import { pdfText } from './pdf-text';
import { Client, Harness } from './harness';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();
const LOG = `mutation($i: LogHoursInput!) { logHours(input: $i) { id version } }`;
const REVIEW = `mutation($i: ReviewHourEntryInput!) { reviewHourEntry(input: $i) { status } }`;
const STATUS = `mutation($i: RecordStatusChangeInput!) { recordStatusChange(input: $i) { status } }`;

describe('student records (FERPA) and document downloads in the disclosure log', () => {
  let h: Harness;
  let teacher: Client, outsider: Client, student: Client, other: Client, preceptor: Client;
  let teacherId: string, studentUserId: string;
  let studentId: string, enrollmentId: string, otherStudentId: string, docId: string;

  const get = (c: Client, path: string) => fetch(h.url.replace('/graphql', path), { headers: c.cookie ? { cookie: c.cookie } : {} });
  const disclosures = () => h.count('disclosure_events');
  const lastDisclosure = async () =>
    (await h.ds.query(`SELECT actor_id, action, purpose, student_count, description FROM disclosure_events ORDER BY at DESC, id DESC LIMIT 1`))[0];

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t, o, s, s2, p] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR', 'Ivy Instructor'), h.user('INSTRUCTOR'), h.user('STUDENT'), h.user('STUDENT'), h.user('PRECEPTOR')]);
    teacherId = t.id;
    studentUserId = s.id;
    const admin = await h.signedIn(a.email);
    [teacher, outsider, student, other, preceptor] = await Promise.all([t, o, s, s2, p].map((u) => h.signedIn(u.email)));
    const created = await admin.gql(`mutation { createProgram(input: { name: "Record Program", level: ENTRY, timeZone: "UTC" }) { id } }`);
    const programId = created.data!.createProgram.id;
    const [c] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, 'REC-1', 'Record cohort', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-200), day(200), day(-60), day(60)],
    );
    const [c2] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, 'REC-2', 'Other cohort', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-200), day(200), day(-60), day(60)],
    );
    await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2), ($3, $4)`, [c.id, t.id, c2.id, o.id]);
    ({ studentId, enrollmentId } = await h.student(teacher, c.id, { userId: s.id, firstName: 'Rosa', lastName: 'Recordkeeper', enrolledOn: day(-200) }));
    const peer = await h.student(outsider, c2.id, { userId: s2.id, firstName: 'Otto', lastName: 'Outsider', enrolledOn: day(-200) });
    otherStudentId = peer.studentId;

    // Rosa: 3 approved didactic hours, 2 pending; a leave of absence; one uploaded document.
    const approved = await student.gql(LOG, { i: { enrollmentId, component: 'DIDACTIC', startedAt: hoursAgo(50), endedAt: hoursAgo(47), activityNote: 'Sterile compounding lecture' } });
    const review = await teacher.gql(REVIEW, { i: { id: approved.data!.logHours.id, version: approved.data!.logHours.version, decision: 'APPROVE', comment: 'Well documented' } });
    expect(review.data?.reviewHourEntry.status).toBe('APPROVED');
    await student.gql(LOG, { i: { enrollmentId, component: 'SIMULATED', startedAt: hoursAgo(30), endedAt: hoursAgo(28), activityNote: 'Lab practice' } });
    const leave = await teacher.gql(STATUS, { i: { enrollmentId, status: 'LEAVE_OF_ABSENCE', effectiveOn: day(-10), reasonCode: 'MEDICAL', note: 'Surgery recovery' } });
    expect(leave.data?.recordStatusChange.status).toBe('LEAVE_OF_ABSENCE');
    const doc = await upload(h, student, enrollmentId, PDF, 'TB card #1.pdf');
    expect(doc.status).toBe(201);
    docId = doc.body.id!;

    // Otto, in another cohort: nothing of his may appear in Rosa's record.
    await other.gql(LOG, { i: { enrollmentId: peer.enrollmentId, component: 'DIDACTIC', startedAt: hoursAgo(20), endedAt: hoursAgo(19), activityNote: 'Otto private note' } });
    expect((await upload(h, other, peer.enrollmentId, PDF, 'otto-card.pdf')).status).toBe(201);
  });
  afterAll(() => h.stop());

  it('gives a student their own record as a PDF, with their hours and status history, logged as self-access', async () => {
    const before = await disclosures();
    const res = await get(student, '/api/me/record.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="student-record-t-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(pdf);
    expect(text).toContain('Student record: Rosa Recordkeeper');
    expect(text).toContain('Approved hours: 3.00 of 400.00 required; pending review: 2.00.');
    expect(text).toContain('On leave');
    expect(text).toContain('Surgery recovery');
    expect(text).toContain('Well documented');
    expect(text).toContain('Ivy Instructor');
    expect(text).not.toContain('Otto');
    expect(await disclosures()).toBe(before + 1);
    expect(await lastDisclosure()).toMatchObject({ actor_id: studentUserId, action: 'STUDENT_RECORD_SELF_PDF', purpose: null, student_count: 1 });
  });

  it('gives a student their record as a zip: the PDF, the CSVs and their own uploaded document', async () => {
    const before = await disclosures();
    const res = await get(student, '/api/me/record.zip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['hours.csv', 'status-history.csv', 'exams.csv', 'compliance.csv', 'competencies.csv', 'documents/TB card _1.pdf']));
    expect(names.filter((n) => n.endsWith('.pdf') && !n.startsWith('documents/'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('documents/'))).toEqual(['documents/TB card _1.pdf']);
    expect(Buffer.from(files['documents/TB card _1.pdf']).equals(PDF)).toBe(true);
    const hoursCsv = strFromU8(files['hours.csv']);
    expect(hoursCsv).toContain('Sterile compounding lecture');
    expect(hoursCsv).toContain('Well documented');
    expect(strFromU8(files['status-history.csv'])).toContain('On leave,Health / medical,Surgery recovery');
    const everything = names.filter((n) => n.endsWith('.csv')).map((n) => strFromU8(files[n])).join('\n');
    expect(everything).not.toContain('Otto');
    expect(await disclosures()).toBe(before + 1);
    expect(await lastDisclosure()).toMatchObject({ actor_id: studentUserId, action: 'STUDENT_RECORD_SELF_ZIP', student_count: 1 });
  });

  it('refuses a student another student’s record (and the staff route for their own), logging nothing', async () => {
    const before = await disclosures();
    expect((await get(student, `/api/students/${otherStudentId}/record.pdf?purpose=curious%20look`)).status).toBe(403);
    expect((await get(student, `/api/students/${studentId}/record.zip?purpose=my%20own%20record`)).status).toBe(403);
    expect((await get(h.client(), '/api/me/record.pdf')).status).toBe(401);
    expect(await disclosures()).toBe(before);
  });

  it('asks staff for a purpose of at least 5 characters, and for scope over the student', async () => {
    const before = await disclosures();
    const none = await get(teacher, `/api/students/${studentId}/record.pdf`);
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^purpose: say why/) });
    expect((await get(teacher, `/api/students/${studentId}/record.pdf?purpose=%20%20abc%20`)).status).toBe(400);
    const outside = await get(outsider, `/api/students/${studentId}/record.pdf?purpose=Accreditation%20survey`);
    expect(outside.status).toBe(403);
    expect((await get(teacher, `/api/students/00000000-0000-4000-8000-000000000000/record.pdf?purpose=Accreditation%20survey`)).status).toBe(404);
    expect(await disclosures()).toBe(before);
  });

  it('refuses a preceptor', async () => {
    expect((await get(preceptor, `/api/students/${studentId}/record.pdf?purpose=Site%20evaluation`)).status).toBe(403);
    expect((await get(preceptor, '/api/me/record.zip')).status).toBe(403);
  });

  it('produces the record for staff in scope, with the purpose in the disclosure log', async () => {
    const before = await disclosures();
    const pdf = await get(teacher, `/api/students/${studentId}/record.pdf?purpose=${encodeURIComponent('ABHES site survey')}`);
    expect(pdf.status).toBe(200);
    expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('Approved hours: 3.00 of 400.00 required');
    expect(await disclosures()).toBe(before + 1);
    expect(await lastDisclosure()).toMatchObject({
      actor_id: teacherId, action: 'STUDENT_RECORD_PDF', purpose: 'ABHES site survey', student_count: 1,
      description: 'Student record of Rosa Recordkeeper (' + (await h.ds.query(`SELECT student_number FROM students WHERE id = $1`, [studentId]))[0].student_number + '), Record Program, PDF',
    });
    const zip = await get(teacher, `/api/students/${studentId}/record.zip?purpose=${encodeURIComponent('Transfer request')}`);
    expect(zip.status).toBe(200);
    expect(Object.keys(unzipSync(new Uint8Array(await zip.arrayBuffer())))).toContain('documents/TB card _1.pdf');
    expect(await disclosures()).toBe(before + 2);
    expect(await lastDisclosure()).toMatchObject({ actor_id: teacherId, action: 'STUDENT_RECORD_ZIP', purpose: 'Transfer request' });
  });

  it('writes one disclosure row for every compliance document download, none for a refused one', async () => {
    const before = await disclosures();
    for (const c of [teacher, student]) {
      const res = await get(c, `/api/documents/${docId}`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    }
    expect(await disclosures()).toBe(before + 2);
    const row = await lastDisclosure();
    expect(row).toMatchObject({ actor_id: studentUserId, action: 'COMPLIANCE_DOCUMENT_DOWNLOAD', student_count: 1, purpose: null });
    expect(row.description).toMatch(/^Compliance document .*"TB card #1\.pdf", of Rosa Recordkeeper \(T-[a-z0-9]+\)$/);
    expect((await get(other, `/api/documents/${docId}`)).status).toBe(403);
    expect((await get(preceptor, `/api/documents/${docId}`)).status).toBe(403);
    expect(await disclosures()).toBe(before + 2);
  });
});
