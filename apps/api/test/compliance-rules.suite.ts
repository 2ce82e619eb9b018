import fc from 'fast-check';
import { addDays, ComplianceRecordLike, ComplianceReviewStatus, ComplianceState, defaultExpiry, isCleared, itemCompliance, NEVER_EXPIRES, ValidityKind } from '@ptp/shared';
import { complianceGapsSql, lapsedItemsSql, validThroughSql } from '../src/modules/compliance/compliance.sql';
import { Harness } from './harness';

/*
 * Compliance validity is written once, as pieces in libs/shared/src/compliance.ts: `itemCompliance`
 * is built from them for the item states, and compliance.sql.ts generates from them the SQL that
 * hour logging and placements ask. This property holds the two equal: random records of one item,
 * a random today and placement end, read by `itemCompliance` and by the SQL fragments over the same
 * records (CTEs named like the tables, so the production fragments run unchanged), one statement a run.
 */

const ITEM = 'TB test';
const STATEMENT = `WITH compliance_records AS (
    SELECT 1 AS enrollment_id, 1 AS item_id, r.status::compliance_review_status AS status, r.completed_on, r.expires_on
      FROM unnest($1::text[], $2::date[], $3::date[]) AS r(status, completed_on, expires_on)
  ), compliance_items AS (SELECT 1 AS id, 1 AS program_id, true AS active, '${ITEM}'::text AS name, 0 AS sort_order)
  SELECT ${validThroughSql('$4::date')}::text AS valid_through, ${lapsedItemsSql('$4::date')} AS lapsed,
         ${complianceGapsSql('$4::date', '$5::date')} AS gaps
    FROM (SELECT 1 AS id, 1 AS program_id) e CROSS JOIN compliance_items ci`;

/** One record, its days counted from today so that expiries fall on, around and far from it. */
const recordArb = fc.record({
  status: fc.oneof({ weight: 3, arbitrary: fc.constant<ComplianceReviewStatus>('VERIFIED') }, fc.constantFrom<ComplianceReviewStatus>('PENDING', 'REJECTED', 'WAIVED')),
  // Mostly in the past, often in the last days; a few after today, which must not count yet.
  completed: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -500, max: -4 }) }, { weight: 2, arbitrary: fc.integer({ min: -3, max: 0 }) }, fc.integer({ min: 1, max: 5 })),
  expiry: fc.oneof(
    fc.constant<'never'>('never'),
    // Defaulted from the item's validity rule, as a submission without an expiry gets.
    fc.constant<'default'>('default'),
    // Most often in the last days or the warning windows, where the states change.
    { weight: 6, arbitrary: fc.record({ nearToday: fc.integer({ min: -12, max: 64 }) }) },
    fc.record({ afterCompletion: fc.integer({ min: 0, max: 800 }) }),
  ),
});

type RecordCase = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

const caseArb = fc.record({
  today: fc.integer({ min: -200, max: 200 }).map((n) => addDays('2026-06-15', n)),
  item: fc.record({ validity: fc.constantFrom<ValidityKind>('ONE_TIME', 'MONTHS', 'ANNUAL'), validityMonths: fc.option(fc.integer({ min: 1, max: 36 }), { nil: null }) }),
  records: fc.oneof(fc.constant<RecordCase[]>([]), { weight: 6, arbitrary: fc.array(recordArb, { minLength: 1, maxLength: 3 }) }),
  // No placement (the item's own state), a day around today, or one on either side of a record's expiry.
  through: fc.oneof(
    fc.constant<'none'>('none'),
    fc.record({ fromToday: fc.integer({ min: -90, max: 400 }) }),
    fc.record({ record: fc.nat(), delta: fc.integer({ min: -1, max: 1 }) }),
  ),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** The case's records and placement end as ISO dates. */
function resolve(c: Case): { records: ComplianceRecordLike[]; today: string; coverUntil: string | null } {
  const records = c.records.map((r): ComplianceRecordLike => {
    const completedOn = addDays(c.today, r.completed);
    const e = r.expiry;
    const expiresOn =
      e === 'never' ? null
      : e === 'default' ? defaultExpiry(c.item, completedOn)
      : 'nearToday' in e ? [completedOn, addDays(c.today, e.nearToday)].sort()[1] // not before completion, as the table checks
      : addDays(completedOn, e.afterCompletion);
    return { status: r.status, completedOn, expiresOn };
  });
  const t = c.through;
  const anchor = typeof t === 'object' && 'record' in t && records.length ? records[t.record % records.length].expiresOn : null;
  const coverUntil =
    t === 'none' ? null
    : 'fromToday' in t ? addDays(c.today, t.fromToday)
    : addDays(anchor ?? c.today, t.delta);
  return { records, today: c.today, coverUntil };
}

describe('compliance rules: itemCompliance and the SQL agree', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.stop());

  it('on random records: valid-through, valid today (hour logging) and the placement gaps', async () => {
    const seen = new Set<ComplianceState>();
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { records, today, coverUntil } = resolve(c);
        const through = coverUntil ?? today;
        const [row]: { valid_through: string | null; lapsed: string[]; gaps: string[] }[] = await h.ds.query(STATEMENT, [
          records.map((r) => r.status), records.map((r) => r.completedOn), records.map((r) => r.expiresOn), today, through,
        ]);
        const ic = itemCompliance(records, today, coverUntil);
        seen.add(ic.state);
        // The SQL keeps 'infinity' for "never expires", which itemCompliance shows as no date.
        expect(row.valid_through === NEVER_EXPIRES ? null : row.valid_through).toBe(ic.validThrough);
        expect(row.valid_through === NEVER_EXPIRES).toBe(isCleared([ic.state]) && ic.validThrough === null);
        expect(row.lapsed).toEqual(isCleared([ic.state]) ? [] : [ITEM]);
        // Records on file reach `through`: coversUntil from today on; for a day already past, the valid-through reaching it.
        const covers = ic.coversUntil || (ic.validThrough !== null && ic.validThrough >= through);
        const waiting = records.some((r) => r.status === 'PENDING');
        const line =
          ic.validThrough !== null
            ? `${ic.validThrough < today ? ' expired ' : ' expires '}${ic.validThrough}, before the placement ends ${through}${waiting ? ' (a newer record is waiting for review)' : ''}`
            : waiting ? ' is waiting for review' : ' is missing';
        expect(row.gaps).toEqual(covers ? [] : [ITEM + line]);
      }),
      { numRuns: 100, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    // The generator reaches the states, not one over and over (each is 5% or more of cases; all 7 in ~99% of seeds).
    expect(seen.size).toBeGreaterThanOrEqual(Object.keys(ComplianceState).length - 1);
  });
});
