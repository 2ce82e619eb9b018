import { Client, codeOf, Harness } from './harness';

const ROSTER = `query($c: ID!, $first: Int!, $after: String, $search: String, $statuses: [EnrollmentStatus!], $order: EnrollmentOrder) {
  enrollments(first: $first, after: $after, filter: { cohortId: $c, search: $search, statuses: $statuses }, orderBy: $order) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { status student { lastName studentNumber } } } } }`;

describe('cohort roster: pagination, search, sort, filters, limits', () => {
  let h: Harness;
  let teacher: Client;
  let cohortId: string;
  const names = ['Abbott', 'Baker', 'Castro', 'Diaz', 'Evans', 'Flores', 'Grant'];

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR')]);
    const programId = await h.program(a.id);
    cohortId = await h.cohort(programId, [t.id]);
    teacher = await h.signedIn(t.email);
    for (const lastName of names) await h.student(teacher, cohortId, { lastName });
  });
  afterAll(() => h.stop());

  it('pages through the roster with cursors, in name order, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r: any = await teacher.gql(ROSTER, { c: cohortId, first: 3, after });
      expect(r.data.enrollments.totalCount).toBe(7);
      seen.push(...r.data.enrollments.edges.map((e: any) => e.node.student.lastName));
      if (!r.data.enrollments.pageInfo.hasNextPage) break;
      after = r.data.enrollments.pageInfo.endCursor;
    }
    expect(seen).toEqual(names);
  });

  it('sorts descending and searches by name', async () => {
    const desc: any = await teacher.gql(ROSTER, { c: cohortId, first: 2, order: { field: 'NAME', direction: 'DESC' } });
    expect(desc.data.enrollments.edges.map((e: any) => e.node.student.lastName)).toEqual(['Grant', 'Flores']);
    const search: any = await teacher.gql(ROSTER, { c: cohortId, first: 10, search: 'cast' });
    expect(search.data.enrollments.totalCount).toBe(1);
    expect(search.data.enrollments.edges[0].node.student.lastName).toBe('Castro');
    const literal: any = await teacher.gql(ROSTER, { c: cohortId, first: 10, search: '%' });
    expect(literal.data.enrollments.totalCount).toBe(0);
  });

  it('filters by status', async () => {
    const r: any = await teacher.gql(ROSTER, { c: cohortId, first: 10, statuses: ['WITHDRAWN'] });
    expect(r.data.enrollments.totalCount).toBe(0);
    const active: any = await teacher.gql(ROSTER, { c: cohortId, first: 10, statuses: ['ENROLLED'] });
    expect(active.data.enrollments.totalCount).toBe(7);
  });

  it('refuses oversized pages, forged cursors, and queries past the depth limit', async () => {
    const big = await teacher.gql(ROSTER, { c: cohortId, first: 1000 });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0].message).toMatch(/first: at most 100 rows per page/);
    const forged = await teacher.gql(ROSTER, { c: cohortId, first: 3, after: 'garbage' });
    expect(forged.errors![0].message).toMatch(/page cursor is not valid/);
    const deep = await teacher.gql(`{ enrollments { edges { node { student { enrollments { student { enrollments { student { enrollments { cohort { program { id } } } } } } } } } } } }`);
    expect(deep.errors?.[0].message).toMatch(/exceeds maximum operation depth/);
    const page = `enrollments(first: 100) { edges { node { student { fullName enrollments { cohort { code instructors { id displayName email } } } } } } }`;
    const heavy = await teacher.gql(`{ a: ${page} b: ${page} c: ${page} d: ${page} e: ${page} }`);
    expect(codeOf(heavy)).toBe('BAD_USER_INPUT');
    expect(heavy.errors![0].message).toMatch(/This query is too complex/);
    // The estimate is remembered per document with strings blanked, never numbers: the same document with a
    // larger page size is estimated again, and other strings reuse the estimate.
    const list = (alias: string) => `${alias}: enrollments(first: $n, filter: { search: $s }) { edges { node { student { enrollments { cohort { instructors { id displayName email } } } } } } }`;
    const sized = `query($n: Int!, $s: String) { ${['a', 'b', 'c', 'd', 'e', 'f'].map(list).join(' ')} }`;
    expect((await teacher.gql(sized, { n: 2, s: 'Lee' })).errors).toBeUndefined();
    expect((await teacher.gql(sized, { n: 2, s: 'Ngo' })).errors).toBeUndefined();
    expect((await teacher.gql(sized, { n: 100, s: 'Lee' })).errors?.[0].message).toMatch(/This query is too complex/);
  });

  it('answers variables of the wrong type with BAD_USER_INPUT naming the variable, never an internal error', async () => {
    for (const [query, variables] of [
      [`query($f: Int!) { students(first: $f) { totalCount } }`, { f: 'abc' }],
      [`query($f: Int!) { students(first: $f) { totalCount } }`, {}],
      [`query($f: Int!) { students(first: $f) { totalCount } }`, { f: 2 ** 40 }],
    ] as const) {
      const r = await teacher.gql(query, variables);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/\$f/);
      expect(teacher.lastResponse!.status).toBeLessThan(500);
    }
  });
});
