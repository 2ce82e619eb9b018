import { Client, Harness, programDay } from './harness';
import { externship } from './fixtures';

/*
 * Statement counts of the hot paths (docs/performance.md §3): exact, so fair to test, unlike timings.
 * PTP_SQL_COUNT makes the API answer each request's count in the x-sql-statements header.
 */

const day = programDay;
const PROGRESS = `query($id: ID!) { enrollment(id: $id) {
  progress { approvedMinutes pendingMinutes atRisk requirements { component setting approvedMinutes pendingMinutes } }
  placements { id } } }`;
const QUEUE = `query($first: Int!, $cohortId: ID!) { hourEntries(first: $first, direction: ASC, filter: { statuses: [SUBMITTED], cohortId: $cohortId }) {
  edges { node { id minutes enrollment { id student { firstName lastName } } placement { site { name } } } } } }`;
const ROSTER = `query($first: Int!, $cohortId: ID!) { enrollments(first: $first, filter: { cohortId: $cohortId }) {
  edges { node { id status student { firstName lastName } progress { approvedMinutes atRisk } } } } }`;

describe('statements per request on the hot paths', () => {
  let h: Harness;
  let student: Client, teacher: Client;
  let enrollmentId: string, cohortId: string, placementId: string;
  const counted = async (c: Client, query: string, variables: Record<string, unknown>) => {
    const r = await c.gql(query, variables);
    expect(r.errors).toBeUndefined();
    return Number(c.lastResponse!.headers.get('x-sql-statements'));
  };

  beforeAll(async () => {
    process.env.PTP_SQL_COUNT = 'true';
    try {
      h = await Harness.start();
    } finally {
      delete process.env.PTP_SQL_COUNT;
    }
    const ctx = await externship(h, { name: 'Counted' });
    ({ teacher, cohortId } = ctx);
    const s = await h.user('STUDENT');
    student = await h.signedIn(s.email);
    enrollmentId = (await h.student(teacher, cohortId, { userId: s.id, enrolledOn: day(-200) })).enrollmentId;
    for (let i = 0; i < 12; i++) await h.student(teacher, cohortId, { enrolledOn: day(-200) });
    const placed = await teacher.gql(`mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`, {
      i: { enrollmentId, siteId: ctx.siteId, preceptorId: ctx.preceptorId, startDate: day(-30), endDate: day(30), plannedHours: 120 },
    });
    placementId = placed.data!.createPlacement.id;
    for (let d = 1; d <= 12; d++) {
      const start = new Date(`${day(-d)}T14:00:00Z`);
      const r = await student.gql(`mutation($i: LogHoursInput!) { logHours(input: $i) { id } }`, {
        i: { enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: start.toISOString(), endedAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(), activityNote: 'Dispensing' },
      });
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(() => h.stop());

  it("the student's progress page: the session, then the enrollment with what its progress and its placements read", async () => {
    expect(await counted(student, PROGRESS, { id: enrollmentId })).toBeLessThanOrEqual(2);
    // The session just resolved is kept (SESSION_CACHE_SECONDS): the next request asks only for the enrollment.
    expect(await counted(student, PROGRESS, { id: enrollmentId })).toBe(1);
    const r = await student.gql<{ enrollment: { placements: { id: string }[]; progress: { approvedMinutes: number; pendingMinutes: number } } }>(PROGRESS, { id: enrollmentId });
    expect(r.data!.enrollment.placements).toEqual([{ id: placementId }]);
    expect(r.data!.enrollment.progress).toMatchObject({ approvedMinutes: 0, pendingMinutes: 12 * 240 });
  });

  it('the review queue and the roster cost the same number of statements at 10 and at 50 rows', async () => {
    const queue10 = await counted(teacher, QUEUE, { first: 10, cohortId });
    expect(await counted(teacher, QUEUE, { first: 50, cohortId })).toBe(queue10);
    const roster10 = await counted(teacher, ROSTER, { first: 10, cohortId });
    expect(await counted(teacher, ROSTER, { first: 50, cohortId })).toBe(roster10);
    expect(Math.max(queue10, roster10)).toBeLessThanOrEqual(3);
  });
});
