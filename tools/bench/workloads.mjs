// The benchmark's workloads (docs/performance.md §2): the GraphQL documents, the sign-ins, each
// workload's request on either side, and the roster checks run before the measurements.
import { BENCH_NOTE, log, mulberry32, PASSWORD } from './common.mjs';
import { loadLogSlots, withdrawBenchRows } from './fixtures.mjs';
import { gqlResult, post, sqlResult } from './http.mjs';

// GraphQL documents (docs/design.md §3.3–§3.4)
export const Q = {
  login: `mutation Login($input: LoginInput!) { login(input: $input) { user { id role } } }`,
  roster: `query Roster($cohortId: ID!, $first: Int!) { enrollments(first: $first, filter: { cohortId: $cohortId }) { edges { node {
    id status statusSince student { fullName studentNumber }
    progress { requiredMinutes approvedMinutes pendingMinutes atRisk projectedCompletionDate requirements { component requiredMinutes approvedMinutes pendingMinutes } } } } } }`,
  queue: `query Queue($cohortId: ID!, $first: Int!) { hourEntries(first: $first, filter: { statuses: [SUBMITTED], cohortId: $cohortId }, direction: ASC) { edges { node {
    id startedAt endedAt minutes activityNote status version enrollment { student { fullName } } placement { site { name } } } } } }`,
  progress: `query Progress($id: ID!) { enrollment(id: $id) {
    progress { requiredMinutes approvedMinutes pendingMinutes requirements { component setting requiredMinutes approvedMinutes pendingMinutes met }
               rotation { rotationMinutes met description } pacePerDay projectedCompletionDate complete atRisk }
    placements { id } } }`,
  log: `mutation Log($input: LogHoursInput!) { logHours(input: $input) { id startedAt endedAt minutes status version } }`,
  typename: `{ __typename }`,
};

/** Sign in. Sessions are rows in `sessions`; the baseline checks the same cookie against them. */
export function signInWith(useGraphql, servers, db) {
  return async (email) => {
    if (useGraphql) {
      const r = await post(servers.apiPort, '/graphql', { query: Q.login, variables: { input: { email, password: PASSWORD } } });
      if (r.json?.errors?.length || !r.headers['set-cookie']) throw new Error(`login ${email} failed: ${JSON.stringify(r.json?.errors ?? r.status)}`);
      return r.headers['set-cookie'].map((c) => c.split(';')[0]).find((c) => c.startsWith('ptp_session='));
    }
    // SQL-only runs: create the session row directly (same shape as the API's).
    const { randomBytes, createHash } = await import('node:crypto');
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, ip, user_agent) SELECT id, $2, now() + interval '12 hours', '127.0.0.1', 'ptp-bench' FROM users WHERE email = $1`,
      [email, createHash('sha256').update(token).digest('hex')],
    );
    return `ptp_session=${token}`;
  };
}

/** The sessions the workloads use: the instructor, the progress workload's students, and the log workload's instructors with their free slots. */
export async function signInAll(o, fx, db, signIn) {
  const instructorCookie = await signIn(fx.instructor.email);
  const studentCookies = [];
  if (o.workloads.includes('progress')) for (const s of fx.students) studentCookies.push({ cookie: await signIn(s.email), enrollmentId: s.enrollment_id });
  let slots = [];
  const logCookies = new Map();
  if (o.workloads.includes('log')) {
    const t = Date.now();
    // Rows an earlier, interrupted run left would hide their slots.
    await withdrawBenchRows(db);
    slots = await loadLogSlots(db, o.seed);
    for (const email of new Set(slots.map((s) => s.email))) logCookies.set(email, await signIn(email));
    log(`log hours: ${slots.length} free slots for ${new Set(slots.map((s) => s.enrollment_id)).size} students of ${logCookies.size} instructors (${Date.now() - t} ms)`);
  }
  log(`signed in: 1 instructor, ${studentCookies.length} students, ${logCookies.size} instructors for log hours`);
  return { instructorCookie, studentCookies, slots, logCookies };
}

/**
 * Each workload's title and one request on each side (and what to do before each measurement);
 * `slotsUsed()` counts the log workload's inserts over all its measurements.
 */
/** The bar of a data workload: half the baseline's throughput (docs/performance.md §3). */
const DATA_BAR = 0.5;
/**
 * The bar of the bare request: half of PostGraphile v5's, whose no-op answers 0.38x of bare node:http on the reference
 * machine; against this benchmark's bare node:http side that is 0.19x (docs/performance.md §3).
 */
const TYPENAME_BAR = 0.19;

export function buildWorkloads(o, fx, servers, { instructorCookie, studentCookies, slots, logCookies }, db) {
  const rnd = mulberry32(o.seed);
  const pickCohort = () => fx.cohorts[Math.floor(rnd() * fx.cohorts.length)].id;
  let slotIndex = 0;
  let usedBefore = 0;
  const spare = [];
  const nextSlot = () => spare.pop() ?? (slotIndex < slots.length ? slots[slotIndex++] : null);
  /** A request refused before it reached the server did not use its slot. */
  const postOrRequeue = async (slot, ...args) => {
    try {
      return await post(...args);
    } catch (err) {
      if (err.code === 'ECONNREFUSED') spare.push(slot);
      throw err;
    }
  };
  const logInput = (s) => ({
    enrollmentId: s.enrollment_id, component: 'EXPERIENTIAL', placementId: s.placement_id,
    startedAt: s.started_at.toISOString(), endedAt: s.ended_at.toISOString(), activityNote: BENCH_NOTE,
  });
  const W = {
    roster: {
      title: 'roster page (first: 50, with progress)', bar: DATA_BAR,
      graphql: async () => gqlResult(await post(servers.apiPort, '/graphql', { query: Q.roster, variables: { cohortId: pickCohort(), first: 50 } }, instructorCookie), 'enrollments'),
      sql: async () => sqlResult(await post(servers.sqlPort, '/roster', { cohortId: pickCohort(), first: 50 }, instructorCookie), 'enrollments'),
    },
    queue: {
      title: 'review queue page (first: 50, SUBMITTED, ASC)', bar: DATA_BAR,
      graphql: async () => gqlResult(await post(servers.apiPort, '/graphql', { query: Q.queue, variables: { cohortId: pickCohort(), first: 50 } }, instructorCookie), 'hourEntries'),
      sql: async () => sqlResult(await post(servers.sqlPort, '/queue', { cohortId: pickCohort(), first: 50 }, instructorCookie), 'hourEntries'),
    },
    progress: {
      title: 'student progress (enrollment(id), as the student)', bar: DATA_BAR,
      graphql: async () => {
        const s = studentCookies[Math.floor(rnd() * studentCookies.length)];
        return gqlResult(await post(servers.apiPort, '/graphql', { query: Q.progress, variables: { id: s.enrollmentId } }, s.cookie), 'enrollment');
      },
      sql: async () => {
        const s = studentCookies[Math.floor(rnd() * studentCookies.length)];
        return sqlResult(await post(servers.sqlPort, '/progress', { enrollmentId: s.enrollmentId }, s.cookie), 'enrollment');
      },
    },
    log: {
      title: 'log hours (instructor on behalf, EXPERIENTIAL)', bar: DATA_BAR,
      // Every measurement starts with every slot free: the previous one's rows are withdrawn.
      beforeCell: async () => {
        usedBefore += slotIndex - spare.length;
        slotIndex = 0;
        spare.length = 0;
        await withdrawBenchRows(db);
      },
      graphql: async () => {
        const s = nextSlot();
        if (!s) return null;
        return gqlResult(await postOrRequeue(s, servers.apiPort, '/graphql', { query: Q.log, variables: { input: logInput(s) } }, logCookies.get(s.email)), 'logHours');
      },
      sql: async () => {
        const s = nextSlot();
        if (!s) return null;
        return sqlResult(await postOrRequeue(s, servers.sqlPort, '/log', logInput(s), logCookies.get(s.email)), 'logHours');
      },
    },
    typename: {
      title: '`{ __typename }` (per-request overhead, no data)',
      bar: TYPENAME_BAR,
      graphql: async () => gqlResult(await post(servers.apiPort, '/graphql', { query: Q.typename }, instructorCookie), '__typename'),
      sql: async () => sqlResult(await post(servers.sqlPort, '/typename', {}, instructorCookie), '__typename'),
    },
  };
  return { W, slotsUsed: () => usedBefore + slotIndex - spare.length };
}

/** Sanity: both sides give the same roster figures for one cohort. */
export async function crossCheckRoster(fx, servers, instructorCookie, results) {
  const cohortId = fx.cohorts[fx.cohorts.length - 1].id;
  const g = gqlResult(await post(servers.apiPort, '/graphql', { query: Q.roster, variables: { cohortId, first: 50 } }, instructorCookie), 'enrollments');
  const s = sqlResult(await post(servers.sqlPort, '/roster', { cohortId, first: 50 }, instructorCookie), 'enrollments');
  if (g.error || s.error) results.notes.push(`roster cross-check failed: ${g.error ?? s.error}`);
  else {
    const key = (n) => JSON.stringify([n.id, n.status, n.statusSince, n.student, n.progress]);
    const sKeys = new Set(s.data.edges.map((e) => key(e.node)));
    const same = g.data.edges.filter((e) => sKeys.has(key(e.node))).length;
    results.notes.push(`roster cross-check (cohort ${cohortId}): ${same}/${g.data.edges.length} GraphQL rows identical to the plain-SQL rows (${s.data.edges.length})`);
  }
  log(results.notes.at(-1));
}

/** Statement count: the roster at first: 10 and first: 50, for every fixture cohort. */
export async function checkRosterStatements(fx, servers, instructorCookie, results) {
  const check = {};
  for (const first of [10, 50]) {
    const counts = [];
    for (const c of fx.cohorts) {
      const r = await post(servers.apiPort, '/graphql', { query: Q.roster, variables: { cohortId: c.id, first } }, instructorCookie);
      const g = gqlResult(r, 'enrollments');
      counts.push(g.error ? `error: ${g.error}` : (g.stmts ?? 'n/a'));
    }
    check[`first${first}`] = counts;
  }
  const flat = [...check.first10, ...check.first50];
  check.constant = flat.every((x) => x === flat[0]) && typeof flat[0] === 'number';
  results.statementCheck = check;
  log(`roster statements: first:10 -> ${check.first10.join(',')}; first:50 -> ${check.first50.join(',')}`);
}
