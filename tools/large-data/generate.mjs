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
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import pg from 'pg';
import { loadRecords } from './records.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const API_DIST = resolve(ROOT, 'apps/api/dist');
export const PASSWORD = 'PharmTech!2026';
export const EMAIL_DOMAIN = 'large.ptp.test';

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

// ---------------------------------------------------------------- deterministic helpers
/** Deterministic ids, v4-shaped, sequential within a kind: a1a1a1a1-KKKK-4000-8000-NNNNNNNNNNNN. */
export const uid = (kind, n) => `a1a1a1a1-${String(kind).padStart(4, '0')}-4000-8000-${String(n).padStart(12, '0')}`;
const K = { admin: 101, instructor: 102, preceptorUser: 103, studentUser: 104, program: 2, requirement: 3, cohort: 4, student: 5, enrollment: 6, event: 7, site: 8, preceptor: 9, placement: 10, hourEntry: 11 };

/** A number in [0, 1) from (n, salt): splitmix-style integer hash, the same every run. */
function rnd(n, salt) {
  let x = (Math.imul(n, 0x9e3779b1) ^ Math.imul(salt + 0x632be5ab, 0x85ebca6b)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return x / 4294967296;
}
const pick = (arr, n, salt) => arr[Math.floor(rnd(n, salt) * arr.length)];
const DAY = 86400000;
const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (isoDate, days) => iso(new Date(toDate(isoDate).getTime() + days * DAY));
const monday = (isoDate) => addDays(isoDate, -((toDate(isoDate).getUTCDay() + 6) % 7));
const diffDays = (a, b) => Math.round((toDate(a).getTime() - toDate(b).getTime()) / DAY);
/** The same in SQL: a float in [0, 1) from a bigint expression and a salt. */
const sqlRnd = (expr, salt) => `((hashint8extended(${expr}, ${salt}) & 1073741823)::float8 / 1073741824.0)`;

// ---------------------------------------------------------------- reference data
const CITIES = ['Riverside', 'Lakeview', 'Cedar Falls', 'Maple Grove', 'Harborview', 'Pine Ridge', 'Fairmont', 'Oak Hollow', 'Summit', 'Brookfield',
  'Westgate', 'Silver Lake', 'Granite City', 'Elm Park', 'Bayside', 'Northfield', 'Clearwater', 'Redwood', 'Ashford', 'Willow Creek'];
const SCHOOLS = ['Community College', 'Technical Institute', 'College of Health Sciences', 'Career Academy'];
const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix'];
const FIRST = ['Ava', 'Ben', 'Carla', 'Diego', 'Emma', 'Farah', 'Gabe', 'Hana', 'Isaac', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Quinn',
  'Rosa', 'Sam', 'Tariq', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aaron', 'Bianca', 'Caleb', 'Daria', 'Elijah', 'Fatima', 'Grace', 'Hugo',
  'Ines', 'Jamal', 'Keiko', 'Liam', 'Maya', 'Nikolai', 'Olivia', 'Pedro', 'Rania', 'Sofia', 'Theo', 'Valeria', 'William', 'Yara', 'Zain', 'Amara'];
const LAST = ['Nguyen', 'Okafor', 'Martinez', 'Smith', 'Kowalski', 'Haddad', 'Johnson', 'Tanaka', 'Brown', 'Lee', 'Mensah', 'Fischer', 'Garcia',
  'Walsh', 'Rahman', 'Patel', 'Murphy', 'Lopez', 'Rivera', 'Aziz', 'Singh', 'Petrov', 'Chen', 'Reyes', 'Demir', 'Clark', 'Cohen', 'Rossi', 'Young',
  'Ivanova', 'Hernandez', 'Kim', 'Davis', 'Novak', 'Oyelaran', 'Park', 'Quintero', 'Sato', 'Thompson', 'Ueda', 'Vargas', 'Wright', 'Xu', 'Yilmaz',
  'Zhang', 'Abadi', 'Becker', 'Castillo', 'Dubois', 'Ekström'];
const STREETS = ['Main St', 'Oak Ave', 'Elm St', 'Park Blvd', 'Lake Rd', 'Hill St', 'Center Ave', 'Washington St', 'Market St', 'College Dr'];
/** 15 sites per program: [setting, name]. */
const SITE_TEMPLATES = [
  ['COMMUNITY', 'Corner Drug'], ['COMMUNITY', 'Family Pharmacy'], ['COMMUNITY', 'Neighborhood Rx'], ['COMMUNITY', 'Main Street Apothecary'],
  ['COMMUNITY', 'Wellness Pharmacy'], ['HOSPITAL', 'General Hospital Pharmacy'], ['HOSPITAL', 'Medical Center Inpatient Pharmacy'],
  ['HOSPITAL', "Children's Hospital Pharmacy"], ['HOSPITAL', 'Regional Health IV Room'], ['LONG_TERM_CARE', 'Senior Care Pharmacy Services'],
  ['LONG_TERM_CARE', 'Extended Care Rx'], ['COMPOUNDING', 'Compounding Lab'], ['MAIL_ORDER', 'Mail Order Fulfillment Center'],
  ['SPECIALTY', 'Specialty Pharmacy'], ['NUCLEAR', 'Nuclear Pharmacy'],
];
const LOA_REASONS = ['MEDICAL', 'PERSONAL', 'FINANCIAL', 'MILITARY', 'FAMILY_CARE', 'PREGNANCY'];
const WITHDRAW_REASONS = ['PERSONAL', 'FINANCIAL', 'EMPLOYMENT_CONFLICT', 'RELOCATION', 'FAMILY_CARE', 'MEDICAL', 'CONTINUING_EDUCATION', 'ACADEMIC'];
const DISMISS_REASONS = ['ACADEMIC', 'ATTENDANCE', 'CONDUCT'];
const TRANSFER_REASONS = ['TRANSFER_TO_OTHER_PROGRAM', 'RELOCATION'];
const NOTES = {
  DIDACTIC: ['Pharmacy law and ethics lecture', 'Pharmacology: cardiovascular drugs', 'Medical terminology module', 'Pharmaceutical calculations',
    'Sterile compounding theory (USP 797)', 'Drug classifications quiz review', 'Insurance and third-party billing lecture', 'Top 200 drugs study session',
    'Controlled substances and DEA schedules', 'Medication safety and error prevention'],
  SIMULATED: ['Lab: non-sterile compounding (USP 795)', 'Lab: IV admixture with aseptic technique', 'Simulated prescription intake and data entry',
    'Mock inventory and DEA Form 222 exercise', 'Lab: unit-dose repackaging', 'Simulated patient counseling referral', 'Lab: hood cleaning and garbing'],
  EXPERIENTIAL: ['Filled and labeled prescriptions under supervision', 'Inventory count and order reconciliation', 'Third-party billing and claim rejections',
    'Unit-dose repackaging for the floors', 'Medication history interviews with the pharmacist', 'Prepared IV admixtures under pharmacist supervision',
    'Automated dispensing cabinet restock', 'Prior authorization paperwork', 'Compounded creams and suspensions', 'Drive-through and will-call pickups'],
};
const sqlTextArray = (arr) => `ARRAY[${arr.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

const LEVELS = {
  ENTRY: { minTotalHours: 400, minWeeks: 8, minRotations: 1, minSingle: 130, minRotationTotal: null, reqs: [['DIDACTIC', null, 120], ['SIMULATED', null, 50], ['EXPERIENTIAL', null, 130]], days: 182, externshipOffset: 112 },
  ADVANCED: { minTotalHours: 600, minWeeks: 15, minRotations: 2, minSingle: null, minRotationTotal: 200, reqs: [['DIDACTIC', null, 160], ['SIMULATED', null, 100], ['EXPERIENTIAL', null, 200]], days: 280, externshipOffset: 168 },
};

// ---------------------------------------------------------------- the plan (small tables, computed in JS)
function buildPlan(scale, asOf) {
  const opts_asOf = asOf;
  const P = Math.max(1, Math.round(20 * scale));
  const COHORTS = 10;
  const PER_COHORT = 50;
  const lastHourDay = addDays(asOf, -2); // entries end before as-of, whatever the time zone
  const plan = { users: [], programs: [], requirements: [], admins: [], cohorts: [], cohortInstructors: [], students: [], enrollments: [], events: [], sites: [], preceptors: [], placements: [], P };
  const user = (kind, n, email, name, role) => {
    plan.users.push([uid(kind, n), email, name, role]);
    return uid(kind, n);
  };
  let studentN = 0;
  let eventN = 0;
  let placementN = 0;
  let requirementN = 0;
  for (let p = 1; p <= P; p++) {
    const level = p % 2 === 1 ? 'ENTRY' : 'ADVANCED';
    const L = LEVELS[level];
    const programId = uid(K.program, p);
    const city = CITIES[(p - 1) % CITIES.length];
    const suffix = p > CITIES.length ? ` ${Math.ceil(p / CITIES.length)}` : '';
    const code = `LP${String(p).padStart(2, '0')}`;
    const tz = TIME_ZONES[(p - 1) % TIME_ZONES.length];
    plan.programs.push({
      id: programId, name: `${city} ${SCHOOLS[(p - 1) % SCHOOLS.length]}${suffix} — Pharmacy Technician (${level === 'ENTRY' ? 'Entry' : 'Advanced'})`,
      level, tz, accreditors: p % 3 === 0 ? ['ASHP/ACPE', 'ABHES'] : p % 3 === 1 ? ['ASHP/ACPE'] : ['ASHP/ACPE', 'ACCSC'],
      minTotalHours: L.minTotalHours, minWeeks: L.minWeeks, minRotations: L.minRotations, minSingle: L.minSingle, minRotationTotal: L.minRotationTotal,
    });
    const reqs = [...L.reqs];
    if (level === 'ADVANCED') reqs.push(['EXPERIENTIAL', 'HOSPITAL', 80]);
    else if (p % 3 === 0) reqs.push(['EXPERIENTIAL', 'COMMUNITY', 60]);
    for (const [component, setting, minHours] of reqs) plan.requirements.push([uid(K.requirement, ++requirementN), programId, component, setting, minHours]);
    const adminId = user(K.admin, p, `admin${p}@${EMAIL_DOMAIN}`, `${pick(FIRST, p, 1)} ${pick(LAST, p, 2)} (Director, ${city})`, 'ADMIN');
    plan.admins.push([programId, adminId]);
    const instructors = [0, 1, 2].map((i) => {
      const n = (p - 1) * 3 + i + 1;
      return user(K.instructor, n, `instructor${n}@${EMAIL_DOMAIN}`, `${pick(FIRST, n, 3)} ${pick(LAST, n, 4)}`, 'INSTRUCTOR');
    });
    // Sites and preceptors.
    const sites = [];
    for (let s = 0; s < SITE_TEMPLATES.length; s++) {
      const sn = (p - 1) * SITE_TEMPLATES.length + s + 1;
      const [setting, label] = SITE_TEMPLATES[s];
      let agreementEnd;
      if (s === 11) agreementEnd = addDays(asOf, 30); // ending soon
      else if (s === 12) agreementEnd = addDays(asOf, 52); // ending soon
      else if (s === 13) agreementEnd = addDays(asOf, -450); // ended
      else if (s === 14) agreementEnd = addDays(asOf, 120);
      else agreementEnd = addDays(asOf, 600 + s * 17 + p);
      const site = {
        id: uid(K.site, sn), programId, name: `${city} ${label}`, address: `${100 + ((sn * 37) % 900)} ${pick(STREETS, sn, 5)}, ${city}`,
        setting, capacity: 2 + Math.floor(rnd(sn, 6) * 9), start: addDays(asOf, -1500 + s * 11 + (p % 50)), end: agreementEnd, preceptors: [],
      };
      const count = s % 3 === 0 ? 2 : 1;
      for (let i = 0; i < count; i++) {
        const pn = sn * 2 - 1 + i;
        const userId = user(K.preceptorUser, pn, `preceptor${pn}@${EMAIL_DOMAIN}`, `${pick(FIRST, pn, 7)} ${pick(LAST, pn, 8)}, CPhT`, 'PRECEPTOR');
        const pre = { id: uid(K.preceptor, pn), userId };
        site.preceptors.push(pre);
        plan.preceptors.push([pre.id, programId, site.id, userId, `PTL-${String(100000 + pn * 7)}`, addDays(asOf, 30 + Math.floor(rnd(pn, 9) * 700))]);
      }
      sites.push(site);
      plan.sites.push(site);
    }
    // Cohorts, students, enrollments, status events, placements.
    // Cohorts start every 120 days (on a Monday); cohort 8 of every program is a few weeks into its
    // externship window on the as-of date, so every program has students on externship "now".
    const offset = ((p * 5) % 21) - 7;
    const anchor = addDays(opts_asOf, -(level === 'ENTRY' ? 140 : 200) + offset);
    for (let k = 0; k < COHORTS; k++) {
      const c = (p - 1) * COHORTS + k + 1;
      const start = monday(addDays(anchor, 120 * (k - 7)));
      const end = addDays(start, L.days);
      const xs = addDays(start, L.externshipOffset);
      const xe = addDays(end, -7);
      const month = Number(start.slice(5, 7));
      const term = month <= 4 ? 'Spring' : month <= 8 ? 'Summer' : 'Fall';
      const cohortId = uid(K.cohort, c);
      plan.cohorts.push([cohortId, programId, `${code}-${start.slice(0, 7)}`, `${term} ${start.slice(0, 4)} ${k % 2 ? 'evening' : 'day'} cohort`, start, end, xs, xe]);
      const cohortInstructors = k % 3 === 0 ? [instructors[k % 3], instructors[(k + 1) % 3]] : [instructors[k % 3]];
      for (const u of cohortInstructors) plan.cohortInstructors.push([cohortId, u]);
      const recorder = cohortInstructors[0];
      for (let i = 0; i < PER_COHORT; i++) {
        const n = ++studentN;
        const first = pick(FIRST, n, 11);
        const last = pick(LAST, n, 12);
        const email = `${first}.${last}.${n}@students.${EMAIL_DOMAIN}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        const studentUser = user(K.studentUser, n, email, `${first} ${last}`, 'STUDENT');
        const studentId = uid(K.student, n);
        plan.students.push([studentId, programId, studentUser, first, last, email, `${code}-${String(n).padStart(6, '0')}`, rnd(n, 13) < 0.8 ? `(555) ${String(200 + (n % 800)).padStart(3, '0')}-${String(n % 10000).padStart(4, '0')}` : null]);
        const enrollmentId = uid(K.enrollment, n);
        plan.enrollments.push([enrollmentId, programId, cohortId, studentId, start]);
        // Status history (only what has happened by as-of), strictly increasing dates.
        const history = [['ENROLLED', start, rnd(n, 14) < 0.04 ? 'TRANSFER_IN' : 'NEW_START', null]];
        let exit = null; // first day without hours for good
        let gap = null; // [from, to) without hours
        const r = rnd(n, 15);
        const at = (lo, hi, salt) => addDays(start, lo + Math.floor(rnd(n, salt) * Math.max(1, hi - lo)));
        const happened = (d) => d <= asOf;
        if (r < 0.07) {
          const from = at(10, L.days - 60, 16);
          const to = addDays(from, 14 + Math.floor(rnd(n, 17) * 28));
          if (happened(from)) {
            const reason = pick(LOA_REASONS, n, 18);
            history.push(['LEAVE_OF_ABSENCE', from, reason, null]);
            if (happened(to)) {
              history.push(['RETURNED_FROM_LEAVE', to, 'LEAVE_ENDED', null]);
              gap = [from, to];
            } else exit = from;
          }
        } else if (r < 0.13) {
          const on = at(5, L.days - 10, 16);
          if (happened(on)) {
            history.push(['WITHDRAWN', on, pick(WITHDRAW_REASONS, n, 18), null]);
            exit = on;
          }
        } else if (r < 0.15) {
          const on = at(20, L.days - 10, 16);
          if (happened(on)) {
            history.push(['DISMISSED', on, pick(DISMISS_REASONS, n, 18), 'Documented after a written warning.']);
            exit = on;
          }
        } else if (r < 0.17) {
          const from = at(10, L.days - 80, 16);
          const to = addDays(from, 21 + Math.floor(rnd(n, 17) * 40));
          if (happened(from)) {
            history.push(['WITHDRAWN', from, pick(WITHDRAW_REASONS, n, 18), null]);
            if (happened(to)) {
              history.push(['RE_ENTERED', to, 'RETURN_TO_PROGRAM', null]);
              gap = [from, to];
            } else exit = from;
          }
        } else if (r < 0.18) {
          const on = at(10, L.days - 10, 16);
          if (happened(on)) {
            history.push(['TRANSFERRED_OUT', on, pick(TRANSFER_REASONS, n, 18), null]);
            exit = on;
          }
        } else if (r < 0.19) {
          const from = at(10, L.days - 70, 16);
          const to = addDays(from, 20 + Math.floor(rnd(n, 17) * 20));
          if (happened(from)) {
            history.push(['LEAVE_OF_ABSENCE', from, pick(LOA_REASONS, n, 18), null]);
            exit = from;
            if (happened(to)) history.push(['WITHDRAWN', to, 'PERSONAL', 'Did not return from leave.']);
          }
        }
        const current = history[history.length - 1][0];
        if (happened(end) && ['ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED'].includes(current)) {
          if (rnd(n, 19) < 0.93) history.push(['GRADUATED', end, 'PROGRAM_REQUIREMENTS_MET', null]);
          else history.push(['COMPLETED_NON_GRADUATE', end, 'REQUIREMENTS_MET_WITHOUT_CREDENTIAL', 'Met the hours; credential exam not yet passed.']);
        }
        for (const [status, on, reason, note] of history) {
          plan.events.push([uid(K.event, ++eventN), programId, enrollmentId, status, on, reason, note, recorder]);
        }
        // Placements: none when the student left before the externship window.
        const placements = [];
        if (!exit || exit > xs) {
          const two = level === 'ADVANCED' || rnd(n, 20) < 0.25;
          const windows = two ? [[xs, addDays(xs, Math.floor(diffDays(xe, xs) / 2))], [addDays(xs, Math.floor(diffDays(xe, xs) / 2) + 1), xe]] : [[xs, xe]];
          windows.forEach(([ps, pe], w) => {
            const fits = sites.filter((s) => s.start <= ps && s.end >= pe);
            const preferred = level === 'ADVANCED' && w === 0 ? fits.filter((s) => s.setting === 'HOSPITAL') : fits.filter((s) => s.setting === 'COMMUNITY' || rnd(n, 21 + w) < 0.5);
            const pool = preferred.length ? preferred : fits;
            if (!pool.length) return;
            const site = pick(pool, n, 23 + w);
            const preceptor = pick(site.preceptors, n, 25 + w);
            const planned = level === 'ADVANCED' ? 120 : two ? 80 : 160;
            const pl = { id: uid(K.placement, ++placementN), start: ps, end: pe, setting: site.setting, preceptorUser: preceptor.userId };
            placements.push(pl);
            plan.placements.push([pl.id, programId, enrollmentId, site.id, preceptor.id, ps, pe, planned]);
          });
        }
        // The hour timeline: from the cohort start to the last day before exit / end / as-of, minus the gap.
        const lastDay = [addDays(end, -1), lastHourDay, exit ? addDays(exit, -1) : null].filter(Boolean).sort()[0];
        let days = Math.max(0, diffDays(lastDay, start) + 1);
        let dBefore = days;
        let gapLen = 0;
        if (gap && days > 0 && gap[0] <= lastDay) {
          dBefore = diffDays(gap[0], start);
          gapLen = Math.min(diffDays(gap[1], gap[0]), diffDays(lastDay, gap[0]) + 1);
          days -= gapLen;
        }
        plan.enrollmentsHours ??= [];
        plan.enrollmentsHours.push({
          e: enrollmentId, pid: programId, tz, t0: start, db: dBefore, gl: gapLen, dt: days, su: studentUser, iu: recorder, xs,
          p1: placements[0]?.id ?? null, p1s: placements[0]?.start ?? null, p1e: placements[0]?.end ?? null, p1set: placements[0]?.setting ?? null, p1pu: placements[0]?.preceptorUser ?? null,
          p2: placements[1]?.id ?? null, p2s: placements[1]?.start ?? null, p2e: placements[1]?.end ?? null, p2set: placements[1]?.setting ?? null, p2pu: placements[1]?.preceptorUser ?? null,
        });
      }
    }
  }
  // Spread round(2M × scale) entries over the enrollments in proportion to their slots (2 per active day).
  const target = Math.round(2_000_000 * scale);
  const slots = plan.enrollmentsHours.reduce((a, h) => a + 2 * h.dt, 0);
  const total = Math.min(target, slots);
  let cum = 0;
  let given = 0;
  for (const h of plan.enrollmentsHours) {
    cum += 2 * h.dt;
    const upTo = slots ? Math.round((cum * total) / slots) : 0;
    h.n = upTo - given;
    h.base = given;
    given = upTo;
  }
  plan.hourTarget = target;
  plan.hourTotal = total;
  plan.hourSlots = slots;
  return plan;
}

// ---------------------------------------------------------------- database helpers
function log(msg) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
}
const fmt = (ms) => (ms >= 60000 ? `${Math.floor(ms / 60000)}m${((ms % 60000) / 1000).toFixed(1).padStart(4, '0')}s` : `${(ms / 1000).toFixed(1)}s`);

/** INSERT ... SELECT FROM unnest(arrays): thousands of rows per statement. */
async function bulkInsert(client, table, columns, types, rows, chunk = 5000) {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const arrays = columns.map((_, c) => part.map((r) => r[c]));
    const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${types.map((t, j) => `$${j + 1}::${t}[]`).join(', ')})`;
    await client.query(sql, arrays);
  }
}

async function connect(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'ptp-large-data' });
  await client.connect();
  // Bulk load: no need to wait for the WAL flush per statement; bigger sort memory for index builds.
  await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET work_mem = '64MB'`);
  return client;
}

function migrationNames() {
  const file = resolve(API_DIST, 'database/migrations/index.js');
  const require = createRequire(import.meta.url);
  const mod = require(file);
  return mod.MIGRATIONS.map((m) => m.name);
}

async function ensureMigrated(client, url) {
  if (!existsSync(resolve(API_DIST, 'database/cli.js'))) {
    log('apps/api/dist is missing: building the API (npx nx run @ptp/api:build)');
    const b = spawnSync('npx', ['nx', 'run', '@ptp/api:build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('the API build failed');
  }
  const wanted = migrationNames();
  const { rows: t } = await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  let applied = [];
  if (t[0].present) applied = (await client.query(`SELECT name FROM migrations`)).rows.map((r) => r.name);
  const missing = wanted.filter((w) => !applied.includes(w));
  if (missing.length === 0) return;
  log(`migrating (${missing.length} pending: ${missing.join(', ')})`);
  const r = spawnSync(process.execPath, [resolve(API_DIST, 'database/cli.js'), 'migrate'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
  });
  if (r.status !== 0) throw new Error('migration failed');
}

/** Every table but the migrations' bookkeeping and the reference data migrations seed (exams, competency library). */
async function dataTables(client) {
  const { rows } = await client.query(
    `SELECT quote_ident(tablename) AS t FROM pg_tables
      WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata', 'exams', 'competencies') ORDER BY tablename`,
  );
  return rows.map((r) => r.t);
}

// ---------------------------------------------------------------- hour entries (SQL)
const PLAN_COLUMNS = `e uuid, pid uuid, tz text, t0 date, db int, gl int, dt int, n int, base bigint, su uuid, iu uuid, xs date,
  p1 uuid, p1s date, p1e date, p1set practice_setting, p1pu uuid, p2 uuid, p2s date, p2e date, p2set practice_setting, p2pu uuid`;

function hourEntriesSql() {
  const r = (salt) => sqlRnd('k', salt);
  return `
WITH plan AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(${PLAN_COLUMNS})),
g AS (
  SELECT p.*, p.base + j + 1 AS k, (j::bigint * 2 * p.dt) / p.n AS slot
    FROM plan p CROSS JOIN LATERAL generate_series(0, p.n - 1) AS j
   WHERE p.n > 0
),
d AS (
  SELECT g.*, (g.t0 + (CASE WHEN g.slot / 2 < g.db THEN g.slot / 2 ELSE g.slot / 2 + g.gl END)::int) AS day, (g.slot % 2)::int AS half,
         ${r(1)} AS r_comp, ${r(2)} AS r_comp2, ${r(3)} AS r_start, ${r(4)} AS r_dur, ${r(5)} AS r_status, ${r(6)} AS r_note,
         ${r(7)} AS r_logged, ${r(8)} AS r_reviewer, ${r(9)} AS r_lag, ${r(10)} AS r_created
    FROM g
),
c AS (
  SELECT d.*,
         -- An evening shift ends after midnight: on a placement's last day it would end outside it.
         CASE WHEN d.p1 IS NOT NULL AND d.day BETWEEN d.p1s AND d.p1e - d.half THEN 1
              WHEN d.p2 IS NOT NULL AND d.day BETWEEN d.p2s AND d.p2e - d.half THEN 2 ELSE 0 END AS pl,
         ((d.day + make_interval(hours => 6 + 11 * d.half, mins => 5 * floor(d.r_start * 12)::int)) AT TIME ZONE d.tz) AS st,
         240 + 15 * floor(d.r_dur * 25)::int AS dur,
         ($2::date - d.day) AS age
    FROM d
),
x AS (
  SELECT c.*,
         (CASE WHEN c.pl > 0 AND c.r_comp < 0.92 THEN 'EXPERIENTIAL'
               WHEN c.day < c.xs THEN CASE WHEN c.r_comp2 < 0.7 THEN 'DIDACTIC' ELSE 'SIMULATED' END
               ELSE CASE WHEN c.r_comp2 < 0.4 THEN 'DIDACTIC' ELSE 'SIMULATED' END END)::hour_component AS comp,
         (CASE WHEN c.age > 21 THEN CASE WHEN c.r_status < 0.955 THEN 'APPROVED' WHEN c.r_status < 0.975 THEN 'REJECTED'
                                         WHEN c.r_status < 0.985 THEN 'NEEDS_INFO' ELSE 'SUBMITTED' END
               ELSE CASE WHEN c.r_status < 0.55 THEN 'APPROVED' WHEN c.r_status < 0.57 THEN 'REJECTED'
                         WHEN c.r_status < 0.60 THEN 'NEEDS_INFO' ELSE 'SUBMITTED' END END)::hour_entry_status AS st_status
    FROM c
),
y AS (
  SELECT x.*, x.st + make_interval(mins => x.dur) AS en,
         CASE WHEN x.comp = 'EXPERIENTIAL' THEN CASE x.pl WHEN 1 THEN x.p1 ELSE x.p2 END END AS placement,
         CASE WHEN x.comp = 'EXPERIENTIAL' THEN CASE x.pl WHEN 1 THEN x.p1set ELSE x.p2set END END AS setting,
         CASE WHEN x.comp = 'EXPERIENTIAL' AND x.r_reviewer < 0.7 THEN CASE x.pl WHEN 1 THEN x.p1pu ELSE x.p2pu END ELSE x.iu END AS reviewer
    FROM x
),
z AS (
  SELECT y.*, least(y.en + make_interval(mins => 10 + floor(y.r_created * 110)::int), now()) AS created,
         CASE WHEN y.st_status <> 'SUBMITTED' THEN least(y.en + make_interval(hours => 2 + floor(y.r_lag * 70)::int), now()) END AS reviewed
    FROM y
)
INSERT INTO hour_entries (id, program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, activity_note,
                          status, review_comment, reviewed_by, reviewed_at, logged_by, version, created_at, updated_at)
SELECT ('a1a1a1a1-0011-4000-8000-' || lpad(z.k::text, 12, '0'))::uuid, z.pid, z.e, z.placement, z.comp, z.setting, z.st, z.en,
       CASE z.comp WHEN 'DIDACTIC' THEN (${sqlTextArray(NOTES.DIDACTIC)})[1 + floor(z.r_note * ${NOTES.DIDACTIC.length})::int]
                   WHEN 'SIMULATED' THEN (${sqlTextArray(NOTES.SIMULATED)})[1 + floor(z.r_note * ${NOTES.SIMULATED.length})::int]
                   ELSE (${sqlTextArray(NOTES.EXPERIENTIAL)})[1 + floor(z.r_note * ${NOTES.EXPERIENTIAL.length})::int] END,
       z.st_status,
       CASE z.st_status WHEN 'REJECTED' THEN CASE WHEN z.r_lag < 0.5 THEN 'Duplicate of another entry for the same shift.' ELSE 'The site has no record of this shift.' END
                        WHEN 'NEEDS_INFO' THEN 'Please describe the tasks you performed during this shift.' END,
       CASE WHEN z.st_status <> 'SUBMITTED' THEN z.reviewer END,
       z.reviewed,
       CASE WHEN z.r_logged < 0.85 THEN z.su ELSE z.iu END,
       CASE WHEN z.st_status = 'SUBMITTED' THEN 1 ELSE 2 END,
       z.created, coalesce(z.reviewed, z.created)
  FROM z`;
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

    await phase('users, programs, cohorts', async () => {
      await client.query('BEGIN');
      await bulkInsert(client, 'users', ['id', 'email', 'display_name', 'role', 'password_hash'], ['uuid', 'text', 'text', 'user_role', 'text'], plan.users.map((u) => [...u, hash]));
      await bulkInsert(client, 'programs', ['id', 'name', 'level', 'time_zone', 'min_total_hours', 'min_weeks', 'min_rotations', 'min_single_rotation_hours', 'min_rotation_total_hours'],
        ['uuid', 'text', 'program_level', 'text', 'numeric', 'int', 'int', 'numeric', 'numeric'],
        plan.programs.map((p) => [p.id, p.name, p.level, p.tz, p.minTotalHours, p.minWeeks, p.minRotations, p.minSingle, p.minRotationTotal]));
      for (const p of plan.programs) await client.query(`UPDATE programs SET accreditors = $2 WHERE id = $1`, [p.id, p.accreditors]);
      await bulkInsert(client, 'program_requirements', ['id', 'program_id', 'component', 'setting', 'min_hours'], ['uuid', 'uuid', 'hour_component', 'practice_setting', 'numeric'], plan.requirements);
      await bulkInsert(client, 'program_admins', ['program_id', 'user_id'], ['uuid', 'uuid'], plan.admins);
      await bulkInsert(client, 'cohorts', ['id', 'program_id', 'code', 'name', 'start_date', 'expected_end_date', 'externship_start_date', 'externship_end_date'],
        ['uuid', 'uuid', 'text', 'text', 'date', 'date', 'date', 'date'], plan.cohorts);
      await bulkInsert(client, 'cohort_instructors', ['cohort_id', 'user_id'], ['uuid', 'uuid'], plan.cohortInstructors);
      await client.query('COMMIT');
    });
    await phase('students, enrollments, status events', async () => {
      await client.query('BEGIN');
      await bulkInsert(client, 'students', ['id', 'program_id', 'user_id', 'first_name', 'last_name', 'email', 'student_number', 'phone'],
        ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'text', 'text'], plan.students);
      await bulkInsert(client, 'enrollments', ['id', 'program_id', 'cohort_id', 'student_id', 'enrolled_on', 'status_since', 'created_at'],
        ['uuid', 'uuid', 'uuid', 'uuid', 'date', 'date', 'timestamptz'], plan.enrollments.map((e) => [...e, e[4], `${e[4] < opts.asOf ? e[4] : opts.asOf}T09:00:00Z`]));
      // The derive trigger keeps enrollments.status / status_since in step with the newest event.
      await bulkInsert(client, 'enrollment_status_events', ['id', 'program_id', 'enrollment_id', 'status', 'effective_on', 'reason_code', 'note', 'recorded_by', 'recorded_at'],
        ['uuid', 'uuid', 'uuid', 'enrollment_status', 'date', 'reason_code', 'text', 'uuid', 'timestamptz'],
        plan.events.map((e) => [...e, `${e[4] < opts.asOf ? e[4] : opts.asOf}T15:00:00Z`]));
      await client.query('COMMIT');
    });
    await phase('sites, preceptors, placements', async () => {
      await client.query('BEGIN');
      await bulkInsert(client, 'sites', ['id', 'program_id', 'name', 'address', 'setting', 'capacity', 'agreement_start_date', 'agreement_end_date'],
        ['uuid', 'uuid', 'text', 'text', 'practice_setting', 'int', 'date', 'date'], plan.sites.map((s) => [s.id, s.programId, s.name, s.address, s.setting, s.capacity, s.start, s.end]));
      await bulkInsert(client, 'preceptors', ['id', 'program_id', 'site_id', 'user_id', 'license_number', 'license_expires_on'], ['uuid', 'uuid', 'uuid', 'uuid', 'text', 'date'], plan.preceptors);
      await bulkInsert(client, 'placements', ['id', 'program_id', 'enrollment_id', 'site_id', 'preceptor_id', 'start_date', 'end_date', 'planned_hours'],
        ['uuid', 'uuid', 'uuid', 'uuid', 'uuid', 'date', 'date', 'numeric'], plan.placements);
      await client.query('COMMIT');
    });

    await phase(`hour entries (${plan.hourTotal.toLocaleString('en-US')})`, () => loadHourEntries(opts, client, plan));
    await phase('records: compliance, exams, employment, competencies', () => loadRecords(client, opts.asOf, log));
    await phase('vacuum analyze', async () => {
      // Sets the visibility map too (index-only scans), and cleans tables that triggers updated.
      await client.query(`VACUUM (ANALYZE)`);
    });
    await printSignIns(client, opts.asOf);
    const { rows: counts } = await client.query(`SELECT
      (SELECT count(*) FROM programs)::int AS programs, (SELECT count(*) FROM cohorts)::int AS cohorts, (SELECT count(*) FROM students)::int AS students,
      (SELECT count(*) FROM enrollments)::int AS enrollments, (SELECT count(*) FROM enrollment_status_events)::int AS status_events,
      (SELECT count(*) FROM sites)::int AS sites, (SELECT count(*) FROM preceptors)::int AS preceptors, (SELECT count(*) FROM placements)::int AS placements,
      (SELECT count(*) FROM hour_entries)::int AS hour_entries, (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM compliance_records)::int AS compliance_records, (SELECT count(*) FROM exam_attempts)::int AS exam_attempts,
      (SELECT count(*) FROM employment_records)::int AS employment_records, (SELECT count(*) FROM outcome_markers)::int AS outcome_markers,
      (SELECT count(*) FROM competency_signoffs)::int AS competency_signoffs`);
    console.log('\nRows:', JSON.stringify(counts[0]));
    console.log('\nTimings:');
    for (const [name, ms] of timings) console.log(`  ${name.padEnd(44)} ${fmt(ms).padStart(8)}`);
    console.log(`  ${'total'.padEnd(44)} ${fmt(Date.now() - t0).padStart(8)}`);
  } finally {
    await client.end();
  }
}

/**
 * The hour entries, in batches of --batch enrollments. Default: every index stays and --workers
 * connections load batches in parallel, each batch committed on its own. --drop-indexes: one
 * transaction on the main connection drops the secondary indexes, loads, and rebuilds them (a
 * failure rolls all of it back, indexes included).
 */
async function loadHourEntries(opts, client, plan) {
  const sql = hourEntriesSql();
  const batches = [];
  const withHours = plan.enrollmentsHours.filter((h) => h.n > 0);
  for (let i = 0; i < withHours.length; i += opts.batch) batches.push(withHours.slice(i, i + opts.batch));
  let done = 0;
  let rows = 0;
  const start = Date.now();
  let lastPrint = 0;
  const progress = (n) => {
    done++;
    rows += n;
    const now = Date.now();
    if (now - lastPrint > 5000 || done === batches.length) {
      lastPrint = now;
      const rate = rows / ((now - start) / 1000);
      log(`  hour entries: ${rows.toLocaleString('en-US')} / ${plan.hourTotal.toLocaleString('en-US')} (${((100 * rows) / Math.max(1, plan.hourTotal)).toFixed(1)}%, batch ${done}/${batches.length}, ${Math.round(rate).toLocaleString('en-US')} rows/s)`);
    }
  };
  const run = async (c, batch) => {
    const res = await c.query(sql, [JSON.stringify(batch), opts.asOf]);
    progress(res.rowCount);
  };
  if (opts.dropIndexes) {
    const { rows: idx } = await client.query(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i
        WHERE i.indrelid = 'hour_entries'::regclass AND NOT i.indisprimary AND NOT i.indisexclusion AND NOT i.indisunique
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    );
    await client.query('BEGIN');
    try {
      for (const i of idx) await client.query(`DROP INDEX ${i.name}`);
      log(`  dropped ${idx.length} secondary indexes for the load (rebuilt in the same transaction): ${idx.map((i) => i.name).join(', ')}`);
      for (const b of batches) await run(client, b);
      const s = Date.now();
      await client.query(`SET LOCAL max_parallel_maintenance_workers = 2`);
      for (const i of idx) await client.query(i.def);
      log(`  rebuilt ${idx.length} indexes in ${fmt(Date.now() - s)}`);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
    return;
  }
  const workers = [client];
  for (let i = 1; i < opts.workers; i++) workers.push(await connect(opts.url));
  let next = 0;
  try {
    await Promise.all(workers.map(async (c) => {
      while (next < batches.length) await run(c, batches[next++]);
    }));
  } finally {
    for (const c of workers.slice(1)) await c.end();
  }
}

async function printSignIns(client, asOf) {
  const { rows } = await client.query(
    `WITH current_cohort AS (
       SELECT c.id FROM cohorts c
        WHERE c.externship_start_date <= $1::date - 14 AND c.externship_end_date >= $1::date
          AND EXISTS (SELECT 1 FROM cohort_instructors ci JOIN users u ON u.id = ci.user_id WHERE ci.cohort_id = c.id AND u.email LIKE $2)
        ORDER BY c.id LIMIT 1),
     enr AS (
       SELECT e.id, e.cohort_id, s.user_id FROM enrollments e JOIN students s ON s.id = e.student_id
        WHERE e.cohort_id = (SELECT id FROM current_cohort) AND e.status IN ('ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED')
          AND EXISTS (SELECT 1 FROM placements p WHERE p.enrollment_id = e.id AND p.start_date <= $1::date)
        ORDER BY e.id LIMIT 1)
     SELECT (SELECT u.email FROM program_admins pa JOIN users u ON u.id = pa.user_id JOIN cohorts c ON c.program_id = pa.program_id
              WHERE c.id = (SELECT id FROM current_cohort) LIMIT 1) AS admin,
            (SELECT u.email FROM cohort_instructors ci JOIN users u ON u.id = ci.user_id WHERE ci.cohort_id = (SELECT id FROM current_cohort) ORDER BY u.email LIMIT 1) AS instructor,
            (SELECT u.email FROM placements p JOIN preceptors pr ON pr.id = p.preceptor_id JOIN users u ON u.id = pr.user_id
              WHERE p.enrollment_id = (SELECT id FROM enr) AND p.start_date <= $1::date ORDER BY p.start_date LIMIT 1) AS preceptor,
            (SELECT u.email FROM users u WHERE u.id = (SELECT user_id FROM enr)) AS student`,
    [asOf, `%${EMAIL_DOMAIN}`],
  );
  const r = rows[0] ?? {};
  console.log(`\nSign-ins (password ${PASSWORD}), around a cohort on externship now:`);
  for (const role of ['admin', 'instructor', 'preceptor', 'student']) console.log(`  ${role.padEnd(10)} ${r[role] ?? '(none found)'}`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((err) => {
    console.error(`generate: ${err.stack ?? err.message ?? err}`);
    process.exit(1);
  });
}
export { buildPlan, ensureMigrated, hourEntriesSql };
