#!/usr/bin/env node
// The project's benchmark (docs/performance.md §2–§3): the real GraphQL API against a plain-SQL
// baseline (tools/bench/sql-server.mjs: bare node:http + pg) on the same database, in one run.
//
//   npm run bench -- [--url postgres://...] [--duration 10] [--warmup 3] [--concurrency 1,8,32]
//                    [--workloads roster,queue,progress,log] [--sql-only] [--seed 1]
//                    [--progress-source auto|entries|totals]   (plain-SQL side: see sql-server.mjs)
//
// --url defaults to BENCH_DATABASE_URL, then DATABASE_URL. The database must hold the data set of
// tools/large-data/generate.mjs. Starts `node apps/api/dist/main.js` (PTP_SQL_COUNT=true, LOG_LEVEL=warn)
// on a free port and the baseline on another, signs in through the `login` mutation (the same
// ptp_session cookie works for both), and for each workload and client count runs a warm-up and then
// a fixed-duration measurement against each side. Prints a Markdown table and writes
// tmp/bench-results.json. Timings are reported, never asserted: it exits 0 when the run completes.
//
// Workloads (the GraphQL documents follow docs/design.md §3.3–§3.4 and apps/api/schema.graphql):
//   roster    enrollments(first: 50, filter: {cohortId}) with progress, as an instructor (random cohort of theirs)
//   queue     hourEntries(first: 50, filter: {statuses: [SUBMITTED], cohortId}, direction: ASC), same instructor
//   progress  enrollment(id) { progress { ...all } placements { id } }, signed in as the student
//   report    outcomeReport for one program's latest ABHES year, as its director, at 1x and at 10x the
//             program's hour entries (tools/bench/report.mjs; GraphQL only: the ratio is 10x/1x p50)
//   log       logHours(EXPERIENTIAL) by instructors on behalf of their students, each request in a fresh
//             10-minute slot (04:10–06:00 local) inside a current placement, never overlapping
// The log workload adds rows (a few thousand to ~100k); later runs find the next free slots.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureMigrated } from '../large-data/generate.mjs';
import { addCopies, latestAbhesYear, removeCopies, REPORT_QUERY, reportFixture } from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PASSWORD = 'PharmTech!2026';
const EMAIL_DOMAIN = 'large.ptp.test';

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const o = {
    url: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL, duration: 10, warmup: 3, concurrency: [1, 8, 32],
    workloads: ['roster', 'queue', 'progress', 'log', 'report'], sqlOnly: false, seed: 1, students: 16, progressSource: 'auto',
  };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    const val = () => inline ?? argv[++i];
    if (name === '--url') o.url = val();
    else if (name === '--duration') o.duration = Number(val());
    else if (name === '--warmup') o.warmup = Number(val());
    else if (name === '--concurrency') o.concurrency = val().split(',').map(Number);
    else if (name === '--workloads') o.workloads = val().split(',');
    else if (name === '--sql-only') o.sqlOnly = true;
    else if (name === '--seed') o.seed = Number(val());
    else if (name === '--students') o.students = Number(val());
    else if (name === '--progress-source') o.progressSource = val();
    else if (name === '--help' || name === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]} (see --help)`);
  }
  if (!o.url) throw new Error('give --url postgres://... (or set BENCH_DATABASE_URL / DATABASE_URL)');
  for (const w of o.workloads) if (!['roster', 'queue', 'progress', 'log', 'report'].includes(w)) throw new Error(`unknown workload ${w}`);
  return o;
}

// ---------------------------------------------------------------- small helpers
const log = (m) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
/** POST JSON with the session cookie; resolves with status, headers and the parsed body. */
function post(port, path, body, cookie) {
  return new Promise((resolveP, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(cookie ? { cookie } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          let json = null;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            /* not JSON */
          }
          resolveP({ status: res.statusCode, headers: res.headers, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

// ---------------------------------------------------------------- GraphQL documents (docs/design.md §3.3–§3.4)
const Q = {
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
};

// ---------------------------------------------------------------- processes
const children = [];
function startChild(name, args, env, logFile) {
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.exitedCode = null;
  child.on('exit', (code, signal) => {
    child.exitedCode = code ?? -1;
    child.exitSignal = signal;
    child.exitedAt = new Date().toISOString();
  });
  children.push(child);
  log(`${name} started (pid ${child.pid}, log ${logFile})`);
  return child;
}
function stopChildren() {
  for (const c of children) if (c.exitedCode === null) c.kill('SIGTERM');
}
process.on('exit', stopChildren);
process.on('SIGINT', () => {
  stopChildren();
  process.exit(130);
});

async function waitForApi(port, child, logFile) {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitedCode !== null) throw new Error(`the API exited (code ${child.exitedCode}, signal ${child.exitSignal}); see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const r = await post(port, '/graphql', { query: '{ __typename }' });
      if (r.status === 200) return;
    } catch {
      /* not yet */
    }
    await sleep(300);
  }
  throw new Error(`the API did not answer on port ${port} within 90 s; see ${logFile}`);
}

// ---------------------------------------------------------------- fixtures
async function loadFixtures(db, o) {
  const { rows: gen } = await db.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [`%@${EMAIL_DOMAIN}`]);
  if (!gen[0].n) throw new Error('this database holds no generated data: run tools/large-data/generate.mjs first');
  const { rows: size } = await db.query(
    `SELECT (SELECT count(*) FROM programs)::int AS programs, (SELECT count(*) FROM enrollments)::int AS enrollments,
            (SELECT reltuples::bigint FROM pg_class WHERE oid = 'hour_entries'::regclass) AS hour_entries`,
  );
  // The instructor: the first (by email) who teaches a cohort now a few weeks into its externship.
  const { rows: ins } = await db.query(
    `SELECT u.id, u.email FROM users u JOIN cohort_instructors ci ON ci.user_id = u.id JOIN cohorts c ON c.id = ci.cohort_id
      WHERE u.email LIKE $1 AND c.externship_start_date <= current_date - 14 AND c.externship_end_date >= current_date
      ORDER BY u.email LIMIT 1`,
    [`%@${EMAIL_DOMAIN}`],
  );
  if (!ins[0]) throw new Error('no instructor with a cohort on externship now (was the data generated long ago? regenerate with --force)');
  // Their cohorts that have started (a future cohort has no hours yet).
  const { rows: cohorts } = await db.query(
    `SELECT c.id, c.code, (SELECT count(*) FROM enrollments e WHERE e.cohort_id = c.id)::int AS size
       FROM cohorts c JOIN cohort_instructors ci ON ci.cohort_id = c.id
      WHERE ci.user_id = $1 AND c.start_date <= current_date - 7 ORDER BY c.start_date`,
    [ins[0].id],
  );
  // Students (with sign-ins) of those cohorts, for the progress workload: spread over the cohorts.
  const { rows: students } = await db.query(
    `SELECT u.email, e.id AS enrollment_id FROM enrollments e JOIN students s ON s.id = e.student_id JOIN users u ON u.id = s.user_id
      WHERE e.cohort_id = ANY($1::uuid[]) ORDER BY md5(e.id::text || $2) LIMIT $3`,
    [cohorts.map((c) => c.id), String(o.seed), o.students],
  );
  return { size: size[0], instructor: ins[0], cohorts, students };
}

/** Free 10-minute slots (04:10–06:00 local) inside current placements of active students, by instructor. */
async function loadLogSlots(db, seed) {
  const { rows } = await db.query(
    `WITH cand AS (
       SELECT ci.user_id, e.id AS enrollment_id, e.program_id, p.expired_compliance_policy::text AS policy, pl.id AS placement_id, p.time_zone,
              greatest(pl.start_date + 1, current_date - 90) AS d0, least(pl.end_date - 1, current_date - 1) AS d1
         FROM enrollments e
         JOIN programs p ON p.id = e.program_id
         JOIN placements pl ON pl.enrollment_id = e.id
         JOIN LATERAL (SELECT user_id FROM cohort_instructors ci WHERE ci.cohort_id = e.cohort_id ORDER BY user_id LIMIT 1) ci ON true
        WHERE e.status IN ('ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED') AND pl.start_date < current_date - 1 AND pl.end_date > current_date - 90
     )
     SELECT u.email, cand.enrollment_id, cand.placement_id, x.s AS started_at, x.s + interval '10 minutes' AS ended_at
       FROM cand
       JOIN users u ON u.id = cand.user_id
       CROSS JOIN LATERAL generate_series(cand.d0, cand.d1, interval '1 day') AS d
       CROSS JOIN generate_series(0, 10) AS q
       CROSS JOIN LATERAL (SELECT ((d::date + time '04:10' + q * interval '10 minutes') AT TIME ZONE cand.time_zone) AS s) x
      WHERE u.email LIKE $1 AND x.s + interval '10 minutes' < now() - interval '1 hour'
        AND NOT EXISTS (SELECT 1 FROM hour_entries h WHERE h.enrollment_id = cand.enrollment_id AND h.status <> 'REJECTED'
                           AND tstzrange(h.started_at, h.ended_at) && tstzrange(x.s, x.s + interval '10 minutes'))
        -- Only shifts the API accepts: under a BLOCK policy, every required compliance item current on that day
        -- (the data set has compliance records; a refused request would measure the refusal, not the insert).
        AND (cand.policy = 'FLAG' OR NOT EXISTS (
              SELECT 1 FROM compliance_items ci
               WHERE ci.program_id = cand.program_id AND ci.active
                 AND NOT EXISTS (SELECT 1 FROM compliance_records cr
                                  WHERE cr.enrollment_id = cand.enrollment_id AND cr.item_id = ci.id AND cr.status IN ('VERIFIED', 'WAIVED')
                                    AND cr.completed_on <= d::date AND (cr.expires_on IS NULL OR cr.expires_on >= d::date))))`,
    [`%@${EMAIL_DOMAIN}`],
  );
  const rnd = mulberry32(seed * 7919);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}

// ---------------------------------------------------------------- load loop
/** Runs `request(worker)` from `concurrency` workers for `ms`; returns latencies and counts. */
async function runFor(concurrency, ms, request) {
  const lat = [];
  const stmts = [];
  let errors = 0;
  let firstError = null;
  let exhausted = false;
  const t0 = performance.now();
  const end = t0 + ms;
  let last = t0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (performance.now() < end && !exhausted) {
        const s = performance.now();
        let r;
        try {
          r = await request(w);
        } catch (err) {
          r = { error: err.message };
        }
        const e = performance.now();
        last = Math.max(last, e);
        if (r === null) {
          exhausted = true;
          break;
        }
        if (r.error) {
          errors++;
          firstError ??= r.error;
        } else {
          lat.push(e - s);
          if (r.stmts !== undefined) stmts.push(r.stmts);
        }
      }
    }),
  );
  lat.sort((a, b) => a - b);
  const seconds = (last - t0) / 1000;
  return {
    requests: lat.length, errors, firstError, exhausted, seconds: Number(seconds.toFixed(2)),
    rps: Number((lat.length / seconds).toFixed(1)), p50: Number(percentile(lat, 50).toFixed(2)), p95: Number(percentile(lat, 95).toFixed(2)),
    sqlStatements: stmts.length ? { min: Math.min(...stmts), max: Math.max(...stmts), avg: Number((stmts.reduce((a, b) => a + b, 0) / stmts.length).toFixed(2)) } : null,
  };
}

function gqlResult(r, field) {
  if (r.status !== 200 || !r.json) return { error: `HTTP ${r.status}${r.json?.errors ? `: ${r.json.errors[0].message}` : ''}` };
  if (r.json.errors?.length) return { error: r.json.errors[0].message };
  if (!r.json.data?.[field]) return { error: `no data.${field}` };
  const h = r.headers['x-sql-statements'];
  return { stmts: h === undefined ? undefined : Number(h), data: r.json.data[field] };
}
function sqlResult(r, field) {
  if (r.status !== 200 || !r.json?.data?.[field]) return { error: `HTTP ${r.status}${r.json?.errors ? `: ${r.json.errors[0].message}` : ''}` };
  return { data: r.json.data[field] };
}

// ---------------------------------------------------------------- main
async function main() {
  const o = parseArgs(process.argv.slice(2));
  const results = { startedAt: new Date().toISOString(), database: o.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'), options: { ...o, url: undefined }, machine: {}, workloads: [], statementCheck: null, notes: [] };
  mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
  const db = new pg.Client({ connectionString: o.url, application_name: 'ptp-bench-setup' });
  await db.connect();
  const { rows: ver } = await db.query(`SELECT current_setting('server_version') AS v`);
  results.machine = { node: process.version, postgres: ver[0].v, cpus: (await import('node:os')).cpus().length };
  const fx = await loadFixtures(db, o);
  results.dataSet = fx.size;
  log(`data set: ${fx.size.programs} programs, ${fx.size.enrollments} enrollments, ~${fx.size.hour_entries} hour entries; instructor ${fx.instructor.email} with ${fx.cohorts.length} started cohorts`);

  // The GraphQL side needs an API built from this checkout (apps/api/dist).
  const schemaFile = resolve(ROOT, 'apps/api/schema.graphql');
  const schemaReady = existsSync(schemaFile) && /\bhourEntries\s*\(/.test(readFileSync(schemaFile, 'utf8')) && /\bprogress\s*:/.test(readFileSync(schemaFile, 'utf8'));
  let useGraphql = !o.sqlOnly;
  if (useGraphql && !schemaReady) {
    results.notes.push('apps/api/schema.graphql has no hourEntries/progress yet: GraphQL side skipped');
    log(results.notes.at(-1));
    useGraphql = false;
  }
  if (useGraphql && !existsSync(resolve(ROOT, 'apps/api/dist/main.js'))) {
    log('apps/api/dist is missing: building (npx nx run @ptp/api:build)');
    if (spawnSync('npx', ['nx', 'run', '@ptp/api:build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('the API build failed');
  }

  // The API in dist expects its migrations: apply any the database lacks (adds no data).
  await ensureMigrated(db, o.url);

  // Start both servers.
  const sqlPort = await freePort();
  const sqlLog = resolve(ROOT, 'tmp/bench-sql-server.log');
  const sqlChild = startChild('plain-SQL server', [resolve(ROOT, 'tools/bench/sql-server.mjs'), '--url', o.url, '--port', String(sqlPort), '--pool', '10', '--progress-source', o.progressSource], {}, sqlLog);
  let apiPort = null;
  let apiChild = null;
  let apiStarts = 0;
  const startApi = async () => {
    apiPort = await freePort();
    const apiLog = resolve(ROOT, `tmp/bench-api${apiStarts ? `-${apiStarts}` : ''}.log`);
    apiStarts++;
    apiChild = startChild('API', [resolve(ROOT, 'apps/api/dist/main.js')], {
      DATABASE_URL: o.url, PORT: String(apiPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', PTP_SQL_COUNT: 'true', NODE_ENV: 'production',
      LOGIN_MAX_FAILURES_PER_IP: '1000',
    }, apiLog);
    await waitForApi(apiPort, apiChild, apiLog);
    log(`API ready on port ${apiPort}`);
  };
  /** The API may be stopped from outside (a shared machine): restart it; sessions live in the database. */
  const ensureApi = async () => {
    if (apiChild.exitedCode === null) return;
    const note = `the API exited during the run (code ${apiChild.exitedCode}, signal ${apiChild.exitSignal}, at ${apiChild.exitedAt}); restarted it`;
    results.notes.push(note);
    log(note);
    if (apiStarts > 5) throw new Error('the API keeps exiting; giving up');
    await startApi();
  };
  if (useGraphql) await startApi();
  for (let i = 0; ; i++) {
    if (sqlChild.exitedCode !== null) throw new Error(`the plain-SQL server exited; see ${sqlLog}`);
    try {
      const r = await post(sqlPort, '/roster', {});
      if (r.status) {
        results.sqlProgressSource = /progress-source (\w+)/.exec(readFileSync(sqlLog, 'utf8'))?.[1] ?? '?';
        results.notes.push(`plain-SQL progress source: ${results.sqlProgressSource === 'totals' ? 'maintained hour_totals + pace-window sum' : 'one aggregate over hour_entries'} (--progress-source ${o.progressSource})`);
        break;
      }
    } catch {
      if (i > 100) throw new Error('the plain-SQL server did not start');
      await sleep(100);
    }
  }

  // Sign in. Sessions are rows in `sessions`; the baseline checks the same cookie against them.
  const signIn = async (email) => {
    if (useGraphql) {
      const r = await post(apiPort, '/graphql', { query: Q.login, variables: { input: { email, password: PASSWORD } } });
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
  const instructorCookie = await signIn(fx.instructor.email);
  const studentCookies = [];
  if (o.workloads.includes('progress')) for (const s of fx.students) studentCookies.push({ cookie: await signIn(s.email), enrollmentId: s.enrollment_id });
  let slots = [];
  const logCookies = new Map();
  if (o.workloads.includes('log')) {
    const t = Date.now();
    slots = await loadLogSlots(db, o.seed);
    for (const email of new Set(slots.map((s) => s.email))) logCookies.set(email, await signIn(email));
    log(`log hours: ${slots.length} free slots for ${new Set(slots.map((s) => s.enrollment_id)).size} students of ${logCookies.size} instructors (${Date.now() - t} ms)`);
  }
  log(`signed in: 1 instructor, ${studentCookies.length} students, ${logCookies.size} instructors for log hours`);

  const rnd = mulberry32(o.seed);
  const pickCohort = () => fx.cohorts[Math.floor(rnd() * fx.cohorts.length)].id;
  let slotIndex = 0;
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
    startedAt: s.started_at.toISOString(), endedAt: s.ended_at.toISOString(), activityNote: 'Benchmark shift: will-call and restock',
  });
  const W = {
    roster: {
      title: 'roster page (first: 50, with progress)',
      graphql: async () => gqlResult(await post(apiPort, '/graphql', { query: Q.roster, variables: { cohortId: pickCohort(), first: 50 } }, instructorCookie), 'enrollments'),
      sql: async () => sqlResult(await post(sqlPort, '/roster', { cohortId: pickCohort(), first: 50 }, instructorCookie), 'enrollments'),
    },
    queue: {
      title: 'review queue page (first: 50, SUBMITTED, ASC)',
      graphql: async () => gqlResult(await post(apiPort, '/graphql', { query: Q.queue, variables: { cohortId: pickCohort(), first: 50 } }, instructorCookie), 'hourEntries'),
      sql: async () => sqlResult(await post(sqlPort, '/queue', { cohortId: pickCohort(), first: 50 }, instructorCookie), 'hourEntries'),
    },
    progress: {
      title: 'student progress (enrollment(id), as the student)',
      graphql: async () => {
        const s = studentCookies[Math.floor(rnd() * studentCookies.length)];
        return gqlResult(await post(apiPort, '/graphql', { query: Q.progress, variables: { id: s.enrollmentId } }, s.cookie), 'enrollment');
      },
      sql: async () => {
        const s = studentCookies[Math.floor(rnd() * studentCookies.length)];
        return sqlResult(await post(sqlPort, '/progress', { enrollmentId: s.enrollmentId }, s.cookie), 'enrollment');
      },
    },
    log: {
      title: 'log hours (instructor on behalf, EXPERIENTIAL)',
      graphql: async () => {
        const s = nextSlot();
        if (!s) return null;
        return gqlResult(await postOrRequeue(s, apiPort, '/graphql', { query: Q.log, variables: { input: logInput(s) } }, logCookies.get(s.email)), 'logHours');
      },
      sql: async () => {
        const s = nextSlot();
        if (!s) return null;
        return sqlResult(await postOrRequeue(s, sqlPort, '/log', logInput(s), logCookies.get(s.email)), 'logHours');
      },
    },
  };

  // Sanity: both sides give the same roster figures for one cohort.
  if (useGraphql && o.workloads.includes('roster')) {
    const cohortId = fx.cohorts[fx.cohorts.length - 1].id;
    const g = gqlResult(await post(apiPort, '/graphql', { query: Q.roster, variables: { cohortId, first: 50 } }, instructorCookie), 'enrollments');
    const s = sqlResult(await post(sqlPort, '/roster', { cohortId, first: 50 }, instructorCookie), 'enrollments');
    if (g.error || s.error) results.notes.push(`roster cross-check failed: ${g.error ?? s.error}`);
    else {
      const key = (n) => JSON.stringify([n.id, n.status, n.statusSince, n.student, n.progress]);
      const sKeys = new Set(s.data.edges.map((e) => key(e.node)));
      const same = g.data.edges.filter((e) => sKeys.has(key(e.node))).length;
      results.notes.push(`roster cross-check (cohort ${cohortId}): ${same}/${g.data.edges.length} GraphQL rows identical to the plain-SQL rows (${s.data.edges.length})`);
    }
    log(results.notes.at(-1));
  }

  // Statement count: the roster at first: 10 and first: 50.
  if (useGraphql && o.workloads.includes('roster')) {
    const check = {};
    for (const first of [10, 50]) {
      const counts = [];
      for (const c of fx.cohorts) {
        const r = await post(apiPort, '/graphql', { query: Q.roster, variables: { cohortId: c.id, first } }, instructorCookie);
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

  // The measurements.
  for (const name of o.workloads.filter((w) => w !== 'report')) {
    for (const c of o.concurrency) {
      const row = { workload: name, title: W[name].title, concurrency: c };
      for (const side of useGraphql ? ['graphql', 'sql'] : ['sql']) {
        for (let attempt = 0; ; attempt++) {
          if (side === 'graphql') await ensureApi();
          if (sqlChild.exitedCode !== null) throw new Error(`the plain-SQL server exited (code ${sqlChild.exitedCode}, signal ${sqlChild.exitSignal}); see ${sqlLog}`);
          if (o.warmup > 0) await runFor(c, o.warmup * 1000, W[name][side]);
          row[side] = await runFor(c, o.duration * 1000, W[name][side]);
          if (side !== 'graphql' || apiChild.exitedCode === null || attempt >= 1) break;
          log(`${name} c=${c}: the API exited during the measurement; measuring again`);
        }
        const r = row[side];
        log(`${name} c=${c} ${side}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, ${r.requests} ok, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ''}${r.sqlStatements ? `, ${r.sqlStatements.min}-${r.sqlStatements.max} statements` : ''}${r.exhausted ? ' [slots exhausted]' : ''}`);
      }
      row.ratio = row.graphql && row.sql?.rps ? Number((row.graphql.rps / row.sql.rps).toFixed(2)) : null;
      results.workloads.push(row);
    }
  }
  // The report case last: it adds (and then removes) hour entries.
  if (o.workloads.includes('report')) {
    if (!useGraphql) results.notes.push('report: GraphQL only, skipped in a --sql-only run');
    else {
      const rf = await reportFixture(db);
      const leftover = await removeCopies(db, rf.program_id);
      if (leftover) log(`report: removed ${leftover} hour-entry copies an interrupted run left behind`);
      const cookie = await signIn(rf.email);
      const input = { programId: rf.program_id, ...latestAbhesYear(new Date().toISOString().slice(0, 10)) };
      const request = async () => gqlResult(await post(apiPort, '/graphql', { query: REPORT_QUERY, variables: { input } }, cookie), 'outcomeReport');
      results.report = { program: rf.name, director: rf.email, period: input, rows: [] };
      const measure = async (scale, entries) => {
        for (const c of o.concurrency) {
          await ensureApi();
          if (o.warmup > 0) await runFor(c, o.warmup * 1000, request);
          const r = await runFor(c, o.duration * 1000, request);
          results.report.rows.push({ scale, entries, concurrency: c, ...r });
          log(`report ${scale} (${entries} entries) c=${c}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, ${r.requests} ok, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ''}${r.sqlStatements ? `, ${r.sqlStatements.min}-${r.sqlStatements.max} statements` : ''}`);
        }
      };
      await measure('1x', rf.entries);
      log(`report: adding nine shifted copies of the program's ${rf.entries} hour entries (removed afterwards) ...`);
      const t = Date.now();
      try {
        const entries = await addCopies(db, rf.program_id);
        log(`report: ${entries} entries in the program after ${((Date.now() - t) / 1000).toFixed(0)} s`);
        await measure('10x', entries);
      } finally {
        log(`report: removed ${await removeCopies(db, rf.program_id)} copies`);
      }
    }
  }
  if (o.workloads.includes('log')) results.notes.push(`log hours: used ${slotIndex - spare.length} of ${slots.length} free slots (the rows stay in the database)`);
  results.finishedAt = new Date().toISOString();
  await db.end();
  stopChildren();

  // Report.
  const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
  const stm = (r) => (!r ? '–' : !r.sqlStatements ? 'n/a' : r.sqlStatements.min === r.sqlStatements.max ? String(r.sqlStatements.min) : `${r.sqlStatements.min}–${r.sqlStatements.max}`);
  const lines = [
    `Benchmark ${results.startedAt} — ${results.dataSet.programs} programs, ${results.dataSet.enrollments} enrollments, ~${Number(results.dataSet.hour_entries).toLocaleString('en-US')} hour entries; ${o.duration}s per cell after ${o.warmup}s warm-up; Node ${results.machine.node}, PostgreSQL ${results.machine.postgres}, ${results.machine.cpus} CPUs`,
    '',
    '| workload | clients | GraphQL req/s | GraphQL p50 ms | GraphQL p95 ms | SQL req/s | SQL p50 ms | SQL p95 ms | ratio (GraphQL/SQL) | SQL statements per GraphQL request | errors (GraphQL/SQL) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results.workloads) {
    lines.push(`| ${r.title} | ${r.concurrency} | ${r.graphql ? r.graphql.rps : '–'} | ${ms(r.graphql?.p50)} | ${ms(r.graphql?.p95)} | ${r.sql.rps} | ${ms(r.sql.p50)} | ${ms(r.sql.p95)} | ${r.ratio === null ? '–' : `${r.ratio}x`} | ${stm(r.graphql)} | ${r.graphql ? r.graphql.errors : '–'}/${r.sql.errors} |`);
  }
  if (results.statementCheck) {
    const sc = results.statementCheck;
    lines.push('', `Roster statements per request, first: 10 → ${[...new Set(sc.first10)].join(', ')}; first: 50 → ${[...new Set(sc.first50)].join(', ')} (${sc.constant ? 'constant' : 'NOT constant'})`);
  }
  if (results.report?.rows.length) {
    const rep = results.report;
    lines.push('', `Program-year report (outcomeReport, ${rep.program}, ${rep.period.periodStart} – ${rep.period.periodEnd}, as ${rep.director}):`, '',
      '| hour entries in the program | clients | req/s | p50 ms | p95 ms | SQL statements | errors | p50 vs 1x |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rep.rows) {
      const base = rep.rows.find((x) => x.scale === '1x' && x.concurrency === r.concurrency);
      const vs = base?.p50 ? `${(r.p50 / base.p50).toFixed(2)}x` : '–';
      lines.push(`| ${r.scale}: ${Number(r.entries).toLocaleString('en-US')} | ${r.concurrency} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p95)} | ${stm(r)} | ${r.errors} | ${vs} |`);
    }
  }
  for (const n of results.notes) lines.push(`- ${n}`);
  console.log(lines.join('\n'));
  writeFileSync(resolve(ROOT, 'tmp/bench-results.json'), JSON.stringify(results, null, 2));
  console.log(`\nResults written to tmp/bench-results.json`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench: ${err.stack ?? err.message ?? err}`);
    stopChildren();
    process.exit(1);
  },
);
