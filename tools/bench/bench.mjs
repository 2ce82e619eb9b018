#!/usr/bin/env node
// The project's benchmark (docs/performance.md §2–§3): the real GraphQL API against a plain-SQL
// baseline (tools/bench/sql-server.mjs: bare node:http + pg) on the same database, in one run.
//
//   npm run bench -- [--url postgres://...] [--duration 10] [--warmup 3] [--concurrency 1,8,32]
//                    [--workloads roster,queue,progress,log,typename,report] [--sql-only] [--seed 1]
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
//             5-minute slot (04:10–06:00 local) inside a current placement, never overlapping; the baseline
//             does the API's checks and writes (compliance, audit row, the preceptor's notification)
//   typename  `{ __typename }`: the per-request overhead, against a bare node:http answer
// The log workload adds rows; before each measurement (and at the end) it withdraws its earlier ones
// (REJECTED, so they block no slot and count nowhere), so every cell measures real inserts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { ensureMigrated } from '../large-data/db.mjs';
import { log, ROOT } from './common.mjs';
import { loadFixtures, withdrawBenchRows } from './fixtures.mjs';
import { measureReport, measureWorkloads } from './measure.mjs';
import { parseArgs } from './options.mjs';
import { graphqlSide, startServers, stopChildren } from './servers.mjs';
import { formatResults } from './table.mjs';
import { buildWorkloads, checkRosterStatements, crossCheckRoster, signInAll, signInWith } from './workloads.mjs';

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
  const useGraphql = graphqlSide(o, results);

  // The API in dist expects its migrations: apply any the database lacks (adds no data).
  await ensureMigrated(db, o.url);

  const servers = await startServers(o, useGraphql, results);
  const signIn = signInWith(useGraphql, servers, db);
  const sessions = await signInAll(o, fx, db, signIn);
  const { W, slotsUsed } = buildWorkloads(o, fx, servers, sessions, db);
  if (useGraphql && o.workloads.includes('roster')) {
    await crossCheckRoster(fx, servers, sessions.instructorCookie, results);
    await checkRosterStatements(fx, servers, sessions.instructorCookie, results);
  }

  await measureWorkloads(o, W, servers, useGraphql, results);
  // The report case last: it adds (and then removes) hour entries.
  if (o.workloads.includes('report')) await measureReport(o, db, servers, useGraphql, signIn, results);
  if (o.workloads.includes('log')) {
    await withdrawBenchRows(db);
    results.notes.push(`log hours: ${slotsUsed()} inserts over ${sessions.slots.length} free slots, each measurement starting with all of them free (the rows stay, withdrawn as REJECTED)`);
  }
  results.finishedAt = new Date().toISOString();
  await db.end();
  stopChildren();

  console.log(formatResults(results, o));
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
