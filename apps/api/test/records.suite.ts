import { Client, codeOf, Harness } from './harness';

const STATUS = `mutation($i: RecordStatusChangeInput!) { recordStatusChange(input: $i) { id status statusSince allowedNextStatuses statusHistory { status effectiveOn reasonCode note } } }`;
const ENROLL = `mutation($i: EnrollStudentInput!) { enrollStudent(input: $i) { id status student { id fullName } } }`;

describe('programs, cohorts, enrollment and the status log', () => {
  let h: Harness;
  let admin: Client, teacher: Client;
  let adminId: string, teacherId: string, programId: string, cohortId: string;

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR')]);
    adminId = a.id;
    teacherId = t.id;
    programId = await h.program(adminId);
    cohortId = await h.cohort(programId, [teacherId]);
    [admin, teacher] = await Promise.all([h.signedIn(a.email), h.signedIn(t.email)]);
  });
  afterAll(() => h.stop());

  it('creates a program with the ASHP minimums of its level, audited, and makes its creator its admin', async () => {
    const r = await admin.gql(`mutation { createProgram(input: { name: "Advanced Tech Program", level: ADVANCED, timeZone: "America/Denver" }) {
      id level minTotalHours minRotations minRotationTotalHours requirements { component setting minHours } } }`);
    expect(r.errors).toBeUndefined();
    const p = r.data!.createProgram;
    expect(p).toMatchObject({ level: 'ADVANCED', minTotalHours: 600, minRotations: 2, minRotationTotalHours: 200 });
    expect(p.requirements).toEqual([
      { component: 'DIDACTIC', setting: null, minHours: 160 },
      { component: 'SIMULATED', setting: null, minHours: 100 },
      { component: 'EXPERIENTIAL', setting: null, minHours: 200 },
    ]);
    expect(await h.count('audit_events', `entity_id = $1 AND action = 'program.create' AND actor_id = $2`, [p.id, adminId])).toBe(1);
    const list = await admin.gql(`{ programs { edges { node { id } } } }`);
    expect(list.data?.programs.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(p.id);
  });

  it('refuses bad program input with messages that name the field', async () => {
    const r = await admin.gql(`mutation { createProgram(input: { name: "X", level: ENTRY, timeZone: "Mars/Olympus" }) { id } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const fields = r.errors![0].extensions!.fields!.map((f) => f.field).sort();
    expect(fields).toEqual(['name', 'timeZone']);
    expect(r.errors![0].message).toMatch(/timeZone must be an IANA time zone/);
  });

  it('enrolls a new student: student, enrollment, ENROLLED event and audit rows in one go', async () => {
    const r = await teacher.gql(ENROLL, { i: { cohortId, enrolledOn: '2026-01-05', firstName: 'Lia', lastName: 'Moreno', email: 'Lia.Moreno@Example.org', studentNumber: 'LM-1' } });
    expect(r.errors).toBeUndefined();
    const e = r.data!.enrollStudent;
    expect(e).toMatchObject({ status: 'ENROLLED', student: { fullName: 'Lia Moreno' } });
    expect(await h.count('enrollment_status_events', `enrollment_id = $1 AND status = 'ENROLLED'`, [e.id])).toBe(1);
    expect(await h.count('audit_events', `entity_id = ANY($1) AND actor_id = $2`, [[e.id, e.student.id], teacherId])).toBe(2);
    const [s] = await h.ds.query(`SELECT email FROM students WHERE id = $1`, [e.student.id]);
    expect(s.email).toBe('lia.moreno@example.org');
  });

  it('refuses invalid enrollment input, naming each field, and writes nothing', async () => {
    const before = await h.count('students');
    const r = await teacher.gql(ENROLL, { i: { cohortId, enrolledOn: '2026-02-30', firstName: 'A', lastName: 'B', email: 'nope', studentNumber: 'ok-1' } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['email', 'enrolledOn']);
    const missing = await teacher.gql(ENROLL, { i: { cohortId, enrolledOn: '2026-01-05', firstName: 'A' } });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].message).toMatch(/lastName, email, studentNumber: required/);
    expect(await h.count('students')).toBe(before);
  });

  it('reports a duplicate student number as a CONFLICT with a clear message', async () => {
    await h.student(teacher, cohortId);
    const first = await teacher.gql(ENROLL, { i: { cohortId, enrolledOn: '2026-01-05', firstName: 'A', lastName: 'One', email: 'dup1@test.ptp', studentNumber: 'DUP-1' } });
    expect(first.errors).toBeUndefined();
    const again = await teacher.gql(ENROLL, { i: { cohortId, enrolledOn: '2026-01-05', firstName: 'B', lastName: 'Two', email: 'dup2@test.ptp', studentNumber: 'DUP-1' } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/studentNumber: a student of this program already has this student number/);
    expect(await h.count('students', `email = 'dup2@test.ptp'`)).toBe(0);
  });

  it('leaves no partial rows when a multi-row mutation fails half way', async () => {
    const notAnInstructor = await h.user('STUDENT');
    const cohortsBefore = await h.count('cohorts');
    const auditBefore = await h.count('audit_events');
    const r = await admin.gql(`mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`, {
      i: { programId, code: 'HALF-1', name: 'Half made', startDate: '2027-01-04', expectedEndDate: '2027-06-25', externshipStartDate: '2027-04-05', externshipEndDate: '2027-06-18', instructorIds: [teacherId, notAnInstructor.id] },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/instructorIds/);
    expect(await h.count('cohorts')).toBe(cohortsBefore);
    expect(await h.count('audit_events')).toBe(auditBefore);
  });

  it('refuses a cohort whose externship window lies outside its dates', async () => {
    const r = await admin.gql(`mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`, {
      i: { programId, code: 'BAD-WIN', name: 'Bad window', startDate: '2027-01-04', expectedEndDate: '2027-06-25', externshipStartDate: '2026-12-01', externshipEndDate: '2027-06-18' },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/externship window must lie within the cohort dates/);
  });

  it('records allowed status changes in order and derives the current status from the log', async () => {
    const { enrollmentId } = await h.student(teacher, cohortId);
    const leave = await teacher.gql(STATUS, { i: { enrollmentId, status: 'LEAVE_OF_ABSENCE', effectiveOn: '2026-03-02', reasonCode: 'MEDICAL' } });
    expect(leave.data?.recordStatusChange).toMatchObject({ status: 'LEAVE_OF_ABSENCE', statusSince: '2026-03-02', allowedNextStatuses: ['RETURNED_FROM_LEAVE', 'WITHDRAWN', 'DISMISSED', 'TRANSFERRED_OUT'] });
    const back = await teacher.gql(STATUS, { i: { enrollmentId, status: 'RETURNED_FROM_LEAVE', effectiveOn: '2026-04-06', reasonCode: 'LEAVE_ENDED' } });
    expect(back.data?.recordStatusChange.statusHistory.map((e: { status: string }) => e.status)).toEqual(['ENROLLED', 'LEAVE_OF_ABSENCE', 'RETURNED_FROM_LEAVE']);
    expect(await h.count('audit_events', `entity_id = $1 AND action = 'enrollment.statusChange'`, [enrollmentId])).toBe(2);
  });

  it('refuses impossible transitions with a message that says what is allowed, and writes nothing', async () => {
    const { enrollmentId } = await h.student(teacher, cohortId);
    const w = await teacher.gql(STATUS, { i: { enrollmentId, status: 'WITHDRAWN', effectiveOn: '2026-02-02', reasonCode: 'FINANCIAL' } });
    expect(w.errors).toBeUndefined();
    const events = await h.count('enrollment_status_events', 'enrollment_id = $1', [enrollmentId]);
    const grad = await teacher.gql(STATUS, { i: { enrollmentId, status: 'GRADUATED', effectiveOn: '2026-06-26', reasonCode: 'PROGRAM_REQUIREMENTS_MET' } });
    expect(codeOf(grad)).toBe('BAD_USER_INPUT');
    expect(grad.errors![0].message).toBe('status: a student who is "Withdrawn" cannot become "Graduated". Allowed: Re-entered.');
    const returnWithoutLeave = await teacher.gql(STATUS, { i: { enrollmentId, status: 'RETURNED_FROM_LEAVE', effectiveOn: '2026-03-01', reasonCode: 'LEAVE_ENDED' } });
    expect(codeOf(returnWithoutLeave)).toBe('BAD_USER_INPUT');
    const backdated = await teacher.gql(STATUS, { i: { enrollmentId, status: 'RE_ENTERED', effectiveOn: '2026-01-20', reasonCode: 'RETURN_TO_PROGRAM' } });
    expect(backdated.errors![0].message).toMatch(/effectiveOn: the change cannot take effect before the current status began \(2026-02-02\)/);
    const wrongReason = await teacher.gql(STATUS, { i: { enrollmentId, status: 'RE_ENTERED', effectiveOn: '2026-03-02', reasonCode: 'MEDICAL' } });
    expect(wrongReason.errors![0].message).toMatch(/reasonCode/);
    expect(await h.count('enrollment_status_events', 'enrollment_id = $1', [enrollmentId])).toBe(events);
  });

  it('keeps the status log and the audit trail append-only, even for direct SQL', async () => {
    await expect(h.ds.query(`UPDATE enrollment_status_events SET note = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(h.ds.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });

  it('updates a student profile with an audit row holding before and after', async () => {
    const { studentId } = await h.student(teacher, cohortId, { firstName: 'Old' });
    const r = await teacher.gql(`mutation($i: UpdateStudentInput!) { updateStudent(input: $i) { firstName phone } }`, { i: { id: studentId, firstName: 'New', phone: '(555) 010-2000' } });
    expect(r.data?.updateStudent).toEqual({ firstName: 'New', phone: '(555) 010-2000' });
    const [a] = await h.ds.query(`SELECT before->>'firstName' AS b, after->>'firstName' AS a FROM audit_events WHERE entity_id = $1 AND action = 'student.update'`, [studentId]);
    expect(a).toEqual({ b: 'Old', a: 'New' });
  });

  it('lets an admin assign instructors, which changes what each instructor sees', async () => {
    const other = await h.user('INSTRUCTOR');
    const otherClient = await h.signedIn(other.email);
    expect((await otherClient.gql(`{ cohorts { totalCount } }`)).data?.cohorts.totalCount).toBe(0);
    const r = await admin.gql(`mutation($i: AssignInstructorsInput!) { assignInstructors(input: $i) { instructors { id } } }`, { i: { cohortId, instructorIds: [teacherId, other.id] } });
    expect(r.data?.assignInstructors.instructors.map((u: { id: string }) => u.id).sort()).toEqual([teacherId, other.id].sort());
    expect((await otherClient.gql(`{ cohorts { totalCount } }`)).data?.cohorts.totalCount).toBe(1);
  });
});
