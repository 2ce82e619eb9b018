#!/usr/bin/env node
// The large data set of docs/performance.md §1, loaded into any migrated PostgreSQL database.
//
//   node tools/large-data/generate.mjs --url postgres://user@host/db [--scale 1] [--force]
//        [--as-of YYYY-MM-DD] [--workers 2] [--batch 50] [--drop-indexes]
//
// --scale 1: 20 programs, 200 cohorts (10 per program), 10,000 students (50 per cohort), 300 sites,
// ~14,000 placements and 2,000,000 hour entries. Programs scale with --scale (at least one), and the
// hour entries are round(2,000,000 × scale): --scale 0.05 is 1 program / 500 students / 100,000
// entries, --scale 10 is 200 programs / 100,000 students / 20,000,000 entries.
// --as-of (default: today) is the "today" of the data set. Cohorts start every 120 days (2024–2027
// for an as-of in late 2026) and the 8th cohort of every program is a few weeks into its externship
// window on that day; no hour entry ends after it; agreements "end soon" relative to it. The same
// --scale and --as-of give the same rows (same ids) every run.
// What it writes: programs (ENTRY/ADVANCED, requirements, one admin each), 3 instructors per program,
// cohorts with instructors, students with STUDENT sign-ins, enrollments with status histories that
// respect the allowed transitions (leave/return, withdrawal, re-entry, dismissal, transfer,
// graduation), 15 sites per program (some agreements ending soon, one ended) with preceptors,
// 1–2 placements per enrollment inside the externship window, and the hour entries: two slots a day
// (06:00 and 17:00 local, 4–10 h), never overlapping, DIDACTIC/SIMULATED outside placements and
// EXPERIENTIAL inside them, mostly APPROVED, recent ones often SUBMITTED. 04:00–06:00 local stays
// free (the benchmark logs hours there). Then the records beyond hours (records.mjs): compliance
// items and records, exam attempts, employment, outcome markers and competency sign-offs.
// The database must be migrated: when the `migrations` table is missing or behind apps/api/dist,
// it runs `node apps/api/dist/database/cli.js migrate` (building the API first if dist is missing).
// Refuses when generated data is present; --force truncates every data table first.
// Hour entries load in batches of --batch enrollments on --workers connections (2 = the cores of
// the reference machine), with every index, constraint and trigger in place (so maintained tables
// such as hour_totals stay right). --drop-indexes instead drops the secondary indexes of
// hour_entries, loads on one connection and rebuilds them, all in one transaction (a failure rolls
// back to the indexes in place; the overlap exclusion constraint is never dropped). Measured on
// 2 cores: 2m25s parallel with indexes vs 3m22s with --drop-indexes, so it is not the default.
// All users share the password PharmTech!2026.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import { connect, dataTables, ensureMigrated } from './db.mjs';
import { loadHourEntries } from './hour-entries.mjs';
import { loadEnrollments, loadPlacements, loadProgramsAndCohorts } from './load-plan.mjs';
import { fmt, log } from './log.mjs';
import { buildPlan } from './plan.mjs';
import { loadRecords } from './records.mjs';
import { EMAIL_DOMAIN, PASSWORD } from './reference-data.mjs';
import { printCounts, printSignIns } from './summary.mjs';

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const opts = { url: process.env.DATABASE_URL, scale: 1, force: false, asOf: null, workers: 2, batch: 50, dropIndexes: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    const name = a.split('=')[0];
    if (name === '--url') opts.url = val();
    else if (name === '--scale') opts.scale = Number(val());
    else if (name === '--force') opts.force = true;
    else if (name === '--as-of') opts.asOf = val();
    else if (name === '--workers') opts.workers = Number(val());
    else if (name === '--batch') opts.batch = Number(val());
    else if (name === '--drop-indexes') opts.dropIndexes = true;
    else if (name === '--help' || name === '-h') {
      console.log(readHeader());
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (see --help)`);
  }
  if (!opts.url) throw new Error('give --url postgres://... (or set DATABASE_URL)');
  if (!(opts.scale > 0) || opts.scale > 100) throw new Error('--scale must be > 0 and <= 100');
  if (!(opts.workers >= 1 && opts.workers <= 16)) throw new Error('--workers must be 1..16');
  if (!(opts.batch >= 1)) throw new Error('--batch must be >= 1');
  const today = new Date().toISOString().slice(0, 10);
  opts.asOf ??= today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) throw new Error('--as-of must be YYYY-MM-DD');
  if (opts.asOf > today) throw new Error('--as-of cannot be in the future (hour entries may not be)');
  return opts;
}
function readHeader() {
  return `usage: node tools/large-data/generate.mjs --url postgres://... [--scale 1] [--force] [--as-of YYYY-MM-DD] [--workers 2] [--batch 50] [--drop-indexes]`;
}

// ---------------------------------------------------------------- main
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const timings = [];
  const phase = async (name, fn) => {
    const s = Date.now();
    log(`${name} ...`);
    const out = await fn();
    const ms = Date.now() - s;
    timings.push([name, ms]);
    log(`${name}: done in ${fmt(ms)}`);
    return out;
  };
  const safeUrl = opts.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  log(`loading the large data set into ${safeUrl} (scale ${opts.scale}, as of ${opts.asOf})`);
  const client = await connect(opts.url);
  try {
    await phase('migrations check', () => ensureMigrated(client, opts.url));
    const { rows: existing } = await client.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [`%${EMAIL_DOMAIN}`]);
    if (existing[0].n > 0) {
      if (!opts.force) {
        console.error(`This database already holds generated data (${existing[0].n} users @${EMAIL_DOMAIN}). Nothing was changed.\n` +
          `Run again with --force to TRUNCATE all data tables (every row, not only generated ones) and load afresh.`);
        process.exitCode = 3;
        return;
      }
    }
    if (opts.force) {
      await phase('truncate (--force)', async () => {
        const tables = await dataTables(client);
        await client.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
      });
    }
    const plan = await phase('plan (JS)', () => buildPlan(opts.scale, opts.asOf));
    log(`plan: ${plan.P} programs, ${plan.cohorts.length} cohorts, ${plan.students.length} students, ${plan.sites.length} sites, ` +
      `${plan.placements.length} placements, ${plan.events.length} status events, ${plan.hourTotal} hour entries`);
    if (plan.hourTotal < plan.hourTarget) log(`warning: only ${plan.hourSlots} free slots for ${plan.hourTarget} entries; loading ${plan.hourTotal}`);
    const hash = await phase('password hash (argon2id, once)', () => argon2.hash(PASSWORD, { type: argon2.argon2id }));

    await phase('users, programs, cohorts', () => loadProgramsAndCohorts(client, plan, hash));
    await phase('students, enrollments, status events', () => loadEnrollments(client, plan, opts.asOf));
    await phase('sites, preceptors, placements', () => loadPlacements(client, plan));

    await phase(`hour entries (${plan.hourTotal.toLocaleString('en-US')})`, () => loadHourEntries(opts, client, plan));
    await phase('records: compliance, exams, employment, competencies', () => loadRecords(client, opts.asOf, log));
    await phase('vacuum analyze', async () => {
      // Sets the visibility map too (index-only scans), and cleans tables that triggers updated.
      await client.query(`VACUUM (ANALYZE)`);
    });
    await printSignIns(client, opts.asOf);
    await printCounts(client);
    console.log('\nTimings:');
    for (const [name, ms] of timings) console.log(`  ${name.padEnd(44)} ${fmt(ms).padStart(8)}`);
    console.log(`  ${'total'.padEnd(44)} ${fmt(Date.now() - t0).padStart(8)}`);
  } finally {
    await client.end();
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((err) => {
    console.error(`generate: ${err.stack ?? err.message ?? err}`);
    process.exit(1);
  });
}
export { buildPlan, EMAIL_DOMAIN, ensureMigrated, PASSWORD };
export { uid } from './deterministic.mjs';
export { hourEntriesSql } from './hour-entries.mjs';
