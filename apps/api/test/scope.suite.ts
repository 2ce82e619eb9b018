import { Client, codeOf, Harness } from './harness';

/** Two programs, each with its own admin; two cohorts in program A with different instructors. */
describe('row-level scope and permissions', () => {
  let h: Harness;
  let adminA: Client, adminB: Client, teacher1: Client, teacher2: Client, studentX: Client, preceptor: Client;
  let cohort1: string, cohort2: string, cohortB: string, programB: string;
  let x: { studentId: string; enrollmentId: string }, y: { studentId: string; enrollmentId: string };

  beforeAll(async () => {
    h = await Harness.start();
    const [a, b, t1, t2, sx, p] = await Promise.all([
      h.user('ADMIN'), h.user('ADMIN'), h.user('INSTRUCTOR'), h.user('INSTRUCTOR'), h.user('STUDENT'), h.user('PRECEPTOR'),
    ]);
    const programA = await h.program(a.id);
    programB = await h.program(b.id);
    cohort1 = await h.cohort(programA, [t1.id]);
    cohort2 = await h.cohort(programA, [t2.id]);
    cohortB = await h.cohort(programB, []);
    [adminA, adminB, teacher1, teacher2, studentX, preceptor] = await Promise.all(
      [a, b, t1, t2, sx, p].map((u) => h.signedIn(u.email)),
    );
    x = await h.student(teacher1, cohort1, { userId: sx.id, lastName: 'Xavier' });
    y = await h.student(teacher2, cohort2, { lastName: 'Yamada' });
  });
  afterAll(() => h.stop());

  it('shows an instructor only the cohorts they are assigned to', async () => {
    const r = await teacher1.gql(`{ cohorts { totalCount edges { node { id } } } }`);
    expect(r.data?.cohorts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([cohort1]);
    expect(codeOf(await teacher1.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: cohort2 }))).toBe('FORBIDDEN');
    const roster = await teacher1.gql(`query($c: ID!) { enrollments(filter: { cohortId: $c }) { totalCount } }`, { c: cohort2 });
    expect(roster.data?.enrollments.totalCount).toBe(0);
    expect(codeOf(await teacher1.gql(`query($id: ID!) { student(id: $id) { id } }`, { id: y.studentId }))).toBe('FORBIDDEN');
  });

  it('refuses an instructor a status change for a student of another cohort, and writes nothing', async () => {
    const before = await h.count('enrollment_status_events', 'enrollment_id = $1', [y.enrollmentId]);
    const r = await teacher1.gql(
      `mutation($i: RecordStatusChangeInput!) { recordStatusChange(input: $i) { id } }`,
      { i: { enrollmentId: y.enrollmentId, status: 'WITHDRAWN', effectiveOn: '2026-02-02', reasonCode: 'PERSONAL' } },
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
    expect(await h.count('enrollment_status_events', 'enrollment_id = $1', [y.enrollmentId])).toBe(before);
  });

  it('lets a student read only their own record', async () => {
    const own = await studentX.gql(`query($id: ID!) { student(id: $id) { lastName enrollments { id cohort { id } } } }`, { id: x.studentId });
    expect(own.data?.student.lastName).toBe('Xavier');
    expect(own.data?.student.enrollments).toEqual([{ id: x.enrollmentId, cohort: { id: cohort1 } }]);
    const other = await studentX.gql(`query($id: ID!) { student(id: $id) { lastName } }`, { id: y.studentId });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.data).toBeNull();
    const list = await studentX.gql(`{ students { totalCount edges { node { id } } } }`);
    expect(list.data?.students.edges).toEqual([{ node: { id: x.studentId } }]);
    const me = await studentX.gql(`{ me { studentId } }`);
    expect(me.data?.me.studentId).toBe(x.studentId);
  });

  it('refuses students and preceptors what their role does not allow', async () => {
    const r = await studentX.gql(
      `mutation($i: RecordStatusChangeInput!) { recordStatusChange(input: $i) { id } }`,
      { i: { enrollmentId: x.enrollmentId, status: 'WITHDRAWN', effectiveOn: '2026-02-02', reasonCode: 'PERSONAL' } },
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(codeOf(await preceptor.gql(`{ cohorts { totalCount } }`))).toBe('FORBIDDEN');
    expect(codeOf(await teacher1.gql(`mutation { createProgram(input: { name: "Mine", level: ENTRY, timeZone: "America/Chicago" }) { id } }`))).toBe('FORBIDDEN');
  });

  it('shows an admin only their own programs and what belongs to them', async () => {
    const a = await adminA.gql(`{ programs { totalCount } cohorts { totalCount } }`);
    expect(a.data).toEqual({ programs: { totalCount: 1 }, cohorts: { totalCount: 2 } });
    expect(codeOf(await adminA.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: cohortB }))).toBe('FORBIDDEN');
    expect(codeOf(await adminA.gql(`query($id: ID!) { program(id: $id) { id } }`, { id: programB }))).toBe('FORBIDDEN');
    const b = await adminB.gql(`query($id: ID!) { student(id: $id) { id } }`, { id: x.studentId });
    expect(codeOf(b)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for ids that do not exist, and for ids that are not ids', async () => {
    expect(codeOf(await adminA.gql(`{ cohort(id: "00000000-0000-4000-8000-000000000000") { id } }`))).toBe('NOT_FOUND');
    expect(codeOf(await adminA.gql(`{ cohort(id: "not-a-uuid") { id } }`))).toBe('BAD_USER_INPUT');
  });
});
