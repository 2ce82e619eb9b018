// The plan of the large data set: every small table (users, programs, cohorts, students, enrollments
// with their status histories, sites, preceptors, placements) computed in JS, plus each enrollment's
// share of the hour entries that hour-entries.mjs then writes in SQL.
import { addDays, diffDays, K, monday, pick, rnd, uid } from './deterministic.mjs';
import {
  CITIES, DISMISS_REASONS, EMAIL_DOMAIN, FIRST, LAST, LEVELS, LOA_REASONS, SCHOOLS, SITE_TEMPLATES, STREETS, TIME_ZONES, TRANSFER_REASONS,
  WITHDRAW_REASONS,
} from './reference-data.mjs';

export function buildPlan(scale, asOf) {
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
        /** Away from `from` (salt 16) for `minDays` plus up to `spreadDays` (salt 17); back on `to` if that has happened, else gone for good. */
        const away = (status, reason, back, backReason, hi, minDays, spreadDays) => {
          const from = at(10, hi, 16);
          const to = addDays(from, minDays + Math.floor(rnd(n, 17) * spreadDays));
          if (happened(from)) {
            history.push([status, from, reason, null]);
            if (happened(to)) {
              history.push([back, to, backReason, null]);
              gap = [from, to];
            } else exit = from;
          }
        };
        /** Leaves for good on a day (salt 16) from `lo` to 10 days before the end. */
        const leave = (status, lo, reason, note = null) => {
          const on = at(lo, L.days - 10, 16);
          if (happened(on)) {
            history.push([status, on, reason, note]);
            exit = on;
          }
        };
        if (r < 0.07) away('LEAVE_OF_ABSENCE', pick(LOA_REASONS, n, 18), 'RETURNED_FROM_LEAVE', 'LEAVE_ENDED', L.days - 60, 14, 28);
        else if (r < 0.13) leave('WITHDRAWN', 5, pick(WITHDRAW_REASONS, n, 18));
        else if (r < 0.15) leave('DISMISSED', 20, pick(DISMISS_REASONS, n, 18), 'Documented after a written warning.');
        else if (r < 0.17) away('WITHDRAWN', pick(WITHDRAW_REASONS, n, 18), 'RE_ENTERED', 'RETURN_TO_PROGRAM', L.days - 80, 21, 40);
        else if (r < 0.18) leave('TRANSFERRED_OUT', 10, pick(TRANSFER_REASONS, n, 18));
        else if (r < 0.19) {
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
