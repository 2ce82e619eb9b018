import fc from 'fast-check';
import { Client, codeOf, GqlResult, Harness, programDay } from './harness';
import { externship } from './fixtures';

/*
 * The hour rules are one ordered list every write path evaluates (modules/hours/hour-rules.ts). These
 * properties hold the paths to it: the same shift, logged, or written into an existing entry by an
 * edit, or closed by a clock-out, is accepted by all of them or refused by all of them with the same
 * code and message.
 */

const day = programDay;
const LOG = `mutation($i: LogHoursInput!) { logHours(input: $i) { id } }`;
const UPDATE = `mutation($i: UpdateHourEntryInput!) { updateHourEntry(input: $i) { id } }`;
const CLOCK_OUT = `mutation($i: ClockOutInput!) { clockOut(input: $i) { id } }`;
const PLACE = `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`;
const MINUTE = 60_000;

type Component = 'EXPERIENTIAL' | 'SIMULATED' | 'DIDACTIC';
type Verdict = { accepted: true; id: string } | { accepted: false; code: string | undefined; message: string };

const verdictOf = (r: GqlResult, field: string): Verdict =>
  r.errors ? { accepted: false, code: codeOf(r), message: r.errors[0].message } : { accepted: true, id: r.data![field].id as string };
/** What two paths must agree on: accepted, or the refusal's code and words. */
const outcome = (v: Verdict) => (v.accepted ? 'accepted' : `${v.code}: ${v.message}`);
/** Midnight UTC of the program day `offset` days from today, plus `minutes`. */
const instant = (offset: number, minutes: number) => new Date(new Date(`${day(offset)}T00:00:00Z`).getTime() + minutes * MINUTE);

describe('hour rules: every write path agrees', () => {
  let h: Harness;
  let student: Client;
  let enrollmentId: string, programId: string;
  /** This student's current and earlier placements, and a placement of another student. */
  const placements: Record<'current' | 'earlier' | 'peer', string> = { current: '', earlier: '', peer: '' };
  /** A waiting entry far from every generated shift, edited into each of them. */
  let farId: string;
  const FAR = { component: 'DIDACTIC' as Component, startedAt: instant(-190, 12 * 60), endedAt: instant(-190, 13 * 60) };

  beforeAll(async () => {
    h = await Harness.start();
    const ctx = await externship(h, { name: 'Paths', window: [-150, 200] });
    programId = ctx.programId;
    const s = await h.user('STUDENT');
    student = await h.signedIn(s.email);
    enrollmentId = (await h.student(ctx.teacher, ctx.cohortId, { userId: s.id, enrolledOn: day(-200) })).enrollmentId;
    const peer = await h.student(ctx.teacher, ctx.cohortId, { enrolledOn: day(-200) });
    const place = async (enrollment: string, from: number, to: number) => {
      const r = await ctx.teacher.gql(PLACE, { i: { enrollmentId: enrollment, siteId: ctx.siteId, preceptorId: ctx.preceptorId, startDate: day(from), endDate: day(to), plannedHours: 80 } });
      if (!r.data) throw new Error(r.errors?.[0].message);
      return r.data.createPlacement.id as string;
    };
    placements.current = await place(enrollmentId, -60, 30);
    placements.earlier = await place(enrollmentId, -150, -100);
    placements.peer = await place(peer.enrollmentId, -60, 30);
    // Compliance: a TB test valid from 45 days ago, and a program that refuses externship shifts without it.
    const [{ id: itemId }] = await h.ds.query(`INSERT INTO compliance_items (program_id, code, name, validity, sort_order) VALUES ($1, 'TB', 'TB test', 'ANNUAL', 1) RETURNING id`, [programId]);
    await h.ds.query(
      `INSERT INTO compliance_records (program_id, enrollment_id, item_id, completed_on, expires_on, status, reviewed_by, reviewed_at, submitted_by)
       VALUES ($1, $2, $3, $4, $5, 'VERIFIED', $6, now(), $6)`,
      [programId, enrollmentId, itemId, day(-45), day(300), ctx.adminId],
    );
    await h.ds.query(`UPDATE programs SET expired_compliance_policy = 'BLOCK' WHERE id = $1`, [programId]);
    // An entry the generated shifts may overlap, and the far entry.
    const obstacle = await student.gql(LOG, {
      i: { enrollmentId, component: 'EXPERIENTIAL', placementId: placements.current, startedAt: instant(-20, 14 * 60), endedAt: instant(-20, 18 * 60), activityNote: 'Counter shift' },
    });
    expect(obstacle.errors).toBeUndefined();
    const far = await student.gql(LOG, { i: { enrollmentId, ...FAR, activityNote: 'Lecture' } });
    expect(far.errors).toBeUndefined();
    farId = far.data!.logHours.id;
  });
  afterAll(() => h.stop());

  /** Removes an entry a property wrote, so the next case starts from the same entries. */
  const forget = (v: Verdict) => (v.accepted ? h.ds.query(`DELETE FROM hour_entries WHERE id = $1`, [v.id]) : undefined);

  it('log hours and an edit of a waiting entry accept and refuse the same shifts, with the same message', async () => {
    const shift = fc
      .record({
        offset: fc.integer({ min: -205, max: 2 }),
        startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
        // Negative, zero, a few minutes, a normal shift, past the 16-hour limit.
        duration: fc.oneof(fc.integer({ min: -90, max: 2 }), fc.integer({ min: 3, max: 15 * 60 }), fc.integer({ min: 15 * 60, max: 17 * 60 })),
        component: fc.constantFrom<Component>('EXPERIENTIAL', 'SIMULATED', 'DIDACTIC'),
        placement: fc.constantFrom<keyof typeof placements | null>('current', 'earlier', 'peer', null),
      })
      // The far entry's own day: logging there would overlap it, editing it would not.
      .filter((s) => Math.abs(s.offset + 190) > 1);
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(shift, async (s) => {
        const startedAt = instant(s.offset, s.startMinute);
        const values = {
          component: s.component, placementId: s.placement && placements[s.placement],
          startedAt: startedAt.toISOString(), endedAt: new Date(startedAt.getTime() + s.duration * MINUTE).toISOString(), activityNote: 'Generated shift',
        };
        const logged = verdictOf(await student.gql(LOG, { i: { enrollmentId, ...values } }), 'logHours');
        await forget(logged);
        const [{ version }] = await h.ds.query(`SELECT version FROM hour_entries WHERE id = $1`, [farId]);
        // An edit says "no placement" by leaving it out (the far entry has none), not with null.
        const edited = verdictOf(await student.gql(UPDATE, { i: { id: farId, version, ...values, placementId: values.placementId ?? undefined } }), 'updateHourEntry');
        if (edited.accepted) {
          await h.ds.query(`UPDATE hour_entries SET component = $2, placement_id = NULL, started_at = $3, ended_at = $4 WHERE id = $1`, [farId, FAR.component, FAR.startedAt, FAR.endedAt]);
        }
        seen.add(outcome(logged).replace(/\(.*\)/, '(…)'));
        expect(outcome(edited)).toBe(outcome(logged));
      }),
      { numRuns: 120, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    // The generator reaches acceptance and most of the rules, not one refusal over and over.
    expect(seen).toContain('accepted');
    expect(seen.size).toBeGreaterThanOrEqual(7);
  });

  it('a clock-out and logging the same shift by hand agree', async () => {
    const clocked = fc.record({
      // Minutes since the clock-in, away from the one-minute and 16-hour edges a request's own duration could cross.
      age: fc.oneof(fc.integer({ min: 2, max: 15 * 60 }), fc.integer({ min: 16 * 60 + 2, max: 20 * 60 })),
      placement: fc.constantFrom<keyof typeof placements>('current', 'earlier', 'peer'),
    });
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(clocked, async (c) => {
        const now = Math.floor(Date.now() / 1000) * 1000;
        const startedAt = new Date(now - c.age * MINUTE);
        const logged = verdictOf(await student.gql(LOG, {
          i: { enrollmentId, component: 'EXPERIENTIAL', placementId: placements[c.placement], startedAt: startedAt.toISOString(), endedAt: new Date(now).toISOString(), activityNote: 'Clocked shift' },
        }), 'logHours');
        await forget(logged);
        await h.ds.query(`INSERT INTO clock_ins (program_id, enrollment_id, placement_id, started_at) VALUES ($1, $2, $3, $4)`, [programId, enrollmentId, placements[c.placement], startedAt]);
        const closed = verdictOf(await student.gql(CLOCK_OUT, { i: { enrollmentId, activityNote: 'Clocked shift' } }), 'clockOut');
        await forget(closed);
        // A refused clock-out keeps the clock-in, as the student would want; the next case needs it gone.
        const kept = await h.count('clock_ins', 'enrollment_id = $1', [enrollmentId]);
        await h.ds.query(`DELETE FROM clock_ins WHERE enrollment_id = $1`, [enrollmentId]);
        seen.add(outcome(logged));
        expect(kept).toBe(closed.accepted ? 0 : 1);
        expect(outcome(closed)).toBe(outcome(logged));
      }),
      { numRuns: 30, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    expect(seen).toContain('accepted');
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
