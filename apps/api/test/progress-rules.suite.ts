import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  ENROLLED_STATUSES, ENROLLMENT_STATUS_LABELS, HourComponent, minutesAsFixedHoursText, minutesAsHoursText, PracticeSetting, REASON_CODE_LABELS, ROTATION_MEASURES, rotationMinutesOf, rotationRuleMet,
  type HourAggregateRow, type RotationCheck, type RotationNumbers, type RotationRule,
} from '@ptp/shared';
import { minutesAsFixedHoursTextSql, minutesAsHoursTextSql, placementGroupsSql, placementMinutesSql, rotationMetSql, rotationTallySql } from '../src/modules/hours/progress.sql';
import { FIGURES_SQL, PROGRAMS_SQL } from '../src/modules/report/report.sql';
import { externship } from './fixtures';
import { Client, Harness, programDay } from './harness';

/*
 * The completion rules are data in libs/shared (ROTATION_RULE, minimumMinutes), evaluated by
 * computeProgress and written as SQL by modules/hours/progress.sql.ts for the report. These
 * properties hold the two to the same answers on random programs and hour totals: the student's
 * progress (over GraphQL) and the report's own statements agree on rotation-met and the minimum
 * hours, and any rule description, not only today's, is decided alike by both.
 */

const PROGRESS = `query($id: ID!) { enrollment(id: $id) { progress { requiredMinutes rotation { met rotationMinutes } } } }`;
const COMPONENTS = Object.values(HourComponent);
const SETTINGS = [null, ...Object.values(PracticeSetting).slice(0, 2)];
const PLACEMENTS = [null, randomUUID(), randomUUID(), randomUUID()];
const NUMBER_KEYS: (keyof RotationNumbers)[] = ['minRotations', 'minSingleRotationHours', 'minRotationTotalHours'];
type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Hours to the hundredth (as programs store them), often where hours * 60 is off in binary (4.15 h, 8.05 h). */
const hours = fc.oneof(fc.integer({ min: 0, max: 800 }), fc.constantFrom(415, 805, 830, 1610, 1635)).map((cents) => cents / 100);
const program = fc.record({
  minTotalHours: hours,
  minRotations: fc.integer({ min: 0, max: 3 }),
  minSingleRotationHours: fc.option(hours),
  minRotationTotalHours: fc.option(hours),
  requirements: fc.uniqueArray(
    fc.record({ component: fc.constantFrom(...COMPONENTS), setting: fc.constantFrom(...SETTINGS), minHours: hours.filter((x) => x > 0) }),
    { maxLength: 4, selector: (r) => `${r.component}|${r.setting}` },
  ),
});
/** Minutes a program's hours come to, and one either side: where a rule is met or not by one minute. */
const edges = (p: Of<typeof program>) =>
  [p.minSingleRotationHours, p.minRotationTotalHours, p.minTotalHours]
    .filter((x): x is number => x !== null)
    .flatMap((x) => [-1, 0, 1].map((d) => Math.max(0, Math.ceil((Math.round(x * 100) * 3) / 5) + d)));
/** A program and one enrollment's totals: at most one row per (component, setting, placement), minutes often at the program's edges. */
const programAndTotals = program.chain((p) =>
  fc.tuple(
    fc.constant(p),
    fc.uniqueArray(
      fc.record({
        component: fc.oneof(fc.constant<HourComponent>('EXPERIENTIAL'), fc.constantFrom(...COMPONENTS)),
        setting: fc.constantFrom(...SETTINGS),
        placementId: fc.constantFrom(...PLACEMENTS),
        approvedMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 }), fc.constantFrom(...edges(p), 249)),
        pendingMinutes: fc.integer({ min: 0, max: 300 }),
      }),
      { maxLength: 8, selector: (r) => `${r.component}|${r.setting}|${r.placementId}` },
    ),
  ),
);
/** Any rotation rule the description can say. */
const check: fc.Arbitrary<RotationCheck> = fc.record({
  measure: fc.constantFrom(...ROTATION_MEASURES),
  atLeast: fc.constantFrom(...NUMBER_KEYS),
  unit: fc.constantFrom<RotationCheck['unit']>('hours', 'count'),
});
const rule: fc.Arbitrary<RotationRule> = fc.record({
  component: fc.constantFrom(...COMPONENTS),
  alternatives: fc.array(fc.record({ when: fc.constantFrom(null, ...NUMBER_KEYS), checks: fc.array(check, { maxLength: 3 }) }), { maxLength: 3 }),
});

describe('completion rules: progress and the report decide alike', () => {
  let h: Harness;
  let admin: Client;
  let programId: string, cohortId: string, enrollmentId: string;

  beforeAll(async () => {
    h = await Harness.start();
    const ctx = await externship(h, { name: 'Rules' });
    ({ programId, cohortId, admin } = ctx);
    enrollmentId = (await h.student(ctx.teacher, cohortId, { enrolledOn: programDay(-100) })).enrollmentId;
  });
  afterAll(() => h.stop());

  /** Makes the program's rule and the student's totals these (the student logs no entries, so the totals are only these rows). */
  const store = async (p: Of<typeof program>, rows: HourAggregateRow[]) => {
    await h.ds.transaction(async (em) => {
      await em.query(`UPDATE programs SET min_total_hours = $2, min_rotations = $3, min_single_rotation_hours = $4, min_rotation_total_hours = $5 WHERE id = $1`, [
        programId, p.minTotalHours, p.minRotations, p.minSingleRotationHours, p.minRotationTotalHours,
      ]);
      await em.query(`DELETE FROM program_requirements WHERE program_id = $1`, [programId]);
      for (const r of p.requirements) {
        await em.query(`INSERT INTO program_requirements (program_id, component, setting, min_hours) VALUES ($1, $2, $3, $4)`, [programId, r.component, r.setting, r.minHours]);
      }
      await em.query(`DELETE FROM hour_totals WHERE enrollment_id = $1`, [enrollmentId]);
      for (const r of rows) {
        await em.query(
          `INSERT INTO hour_totals (enrollment_id, bucket, component, setting, placement_id, approved_minutes, pending_minutes)
           VALUES ($1, ptp_hour_bucket($2, $3, $4), $2, $3, $4, $5, $6)`,
          [enrollmentId, r.component, r.setting, r.placementId, r.approvedMinutes, r.pendingMinutes],
        );
      }
    });
  };

  /** The report's own statements: is the student among those meeting the rotation rule, and the minimum hours. */
  const reported = async () => {
    const labels = { status: ENROLLMENT_STATUS_LABELS, reason: REASON_CODE_LABELS, unavailable: {} };
    const [figures, [row]]: [{ key: string; students: { enrollmentId: string }[] | null }[], { minHoursToComplete: number }[]] = await Promise.all([
      h.ds.query(FIGURES_SQL, [[programId], null, programDay(-30), programDay(0), programDay(-395), true, ENROLLED_STATUSES, labels]),
      h.ds.query(PROGRAMS_SQL, [[programId]]),
    ]);
    const met = figures.find((f) => f.key === `ashp.${cohortId}.rotationMet`)?.students ?? [];
    return { rotationMet: met.some((s) => s.enrollmentId === enrollmentId), minimumMinutes: Math.round(row.minHoursToComplete * 60) };
  };

  it('agrees on rotation met, the rotations and the minimum hours for any program and totals', async () => {
    await fc.assert(
      fc.asyncProperty(programAndTotals, async ([p, rows]) => {
        await store(p, rows);
        const r = await admin.gql<{ enrollment: { progress: { requiredMinutes: number; rotation: { met: boolean; rotationMinutes: number[] } } } }>(PROGRESS, { id: enrollmentId });
        expect(r.errors).toBeUndefined();
        const progress = r.data!.enrollment.progress;
        expect(await reported()).toEqual({ rotationMet: progress.rotation.met, minimumMinutes: progress.requiredMinutes });
        const [tally] = await h.ds.query(`SELECT ${rotationTallySql('x')} FROM (${placementGroupsSql('$1::uuid')}) x`, [enrollmentId]);
        const minutes = progress.rotation.rotationMinutes;
        expect(ROTATION_MEASURES.map((m) => Number(tally[`rotation_${m}`]))).toEqual([Math.max(0, ...minutes), minutes.length, minutes.reduce((a, b) => a + b, 0)]);
      }),
      { numRuns: 40 },
    );
  });

  it('writes any rule description as SQL that decides as computeProgress does', async () => {
    await fc.assert(
      fc.asyncProperty(programAndTotals, rule, async ([p, rows], spec) => {
        await store(p, rows);
        const [sql] = await h.ds.query(
          `SELECT ${rotationMetSql('t', 'p', spec)} AS met FROM (SELECT ${rotationTallySql('x')} FROM (${placementGroupsSql('$1::uuid', spec)}) x) t, programs p WHERE p.id = $2`,
          [enrollmentId, programId],
        );
        expect(sql.met).toBe(rotationRuleMet(p, rotationMinutesOf(rows, spec), spec));
      }),
      { numRuns: 40 },
    );
  });

  it('gives each placement the approved and pending minutes of its totals, zeros when it has none', async () => {
    await fc.assert(
      fc.asyncProperty(programAndTotals, async ([p, rows]) => {
        await store(p, rows);
        for (const placementId of PLACEMENTS.slice(1)) {
          const [m] = await h.ds.query(`SELECT * FROM (${placementMinutesSql('$1::uuid', '$2::uuid')}) m`, [enrollmentId, placementId]);
          const mine = rows.filter((r) => r.placementId === placementId);
          expect([Number(m.approved_minutes), Number(m.pending_minutes)]).toEqual([mine.reduce((a, r) => a + r.approvedMinutes, 0), mine.reduce((a, r) => a + r.pendingMinutes, 0)]);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('writes hours as text in SQL as the web and the messages do', async () => {
    const minutes = fc.sample(fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0, 3, 27, 33, 57, 60, 5790, 7797, 23_997)), { numRuns: 200, seed: 7 });
    const rows: { t: string }[] = await h.ds.query(`SELECT ${minutesAsHoursTextSql('m')} AS t FROM unnest($1::int[]) WITH ORDINALITY AS x(m, i) ORDER BY i`, [minutes]);
    expect(rows.map((r) => r.t)).toEqual(minutes.map(minutesAsHoursText));
  });

  it('writes fixed two-decimal hours as text in SQL as the CSV exports do', async () => {
    const minutes = fc.sample(fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0, 1, 3, 27, 30, 33, 57, 60, 750, 5790, 7797, 23_997)), { numRuns: 200, seed: 7 });
    const rows: { t: string }[] = await h.ds.query(`SELECT ${minutesAsFixedHoursTextSql('m')} AS t FROM unnest($1::int[]) WITH ORDINALITY AS x(m, i) ORDER BY i`, [minutes]);
    expect(rows.map((r) => r.t)).toEqual(minutes.map(minutesAsFixedHoursText));
  });
});
