import { ACCEPTED_STATUSES, AWAITING_REVIEW, NEVER_EXPIRES } from '@ptp/shared';

/*
 * The SQL side of the compliance validity rule. The rule is written once, as small pieces in
 * libs/shared/src/compliance.ts (the ones `itemCompliance` is built from); each fragment below is
 * generated from the piece it names, so a change there changes hour logging and placements too.
 * test/compliance-rules.suite.ts checks both sides agree on random records. Records are `cr`;
 * the fragments expect the enrollment as `e` and the item as `ci`.
 */

/** A libs/shared constant as an SQL literal; they are plain words, and checked to stay so. */
const literal = (value: string) => {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) throw new Error(`not a plain SQL literal: ${value}`);
  return `'${value}'`;
};

/** The records of enrollment `e` for item `ci`. */
const OF_ITEM = `cr.enrollment_id = e.id AND cr.item_id = ci.id`;

/** `countsOn`: accepted and completed by `day`. */
const countsOnSql = (day: string) => `(cr.status IN (${ACCEPTED_STATUSES.map(literal).join(', ')}) AND cr.completed_on <= ${day})`;

/** `recordValidThrough`: the expiry, or 'infinity' (`NEVER_EXPIRES`). */
const RECORD_VALID_THROUGH = `coalesce(cr.expires_on, ${literal(NEVER_EXPIRES)}::date)`;

/** `validThroughOn`, as an aggregate over the item's records: the latest that counts on `day` (null: none). */
const latestValidThroughSql = (day: string) => `max(${RECORD_VALID_THROUGH}) FILTER (WHERE ${countsOnSql(day)})`;

/** `records.some(awaitsReview)`, as an aggregate over the item's records. */
const AWAITS_REVIEW = `coalesce(bool_or(cr.status = ${literal(AWAITING_REVIEW)}), false)`;

/** `validThroughOn(records of e and ci, day)`: a date, 'infinity' when it never expires, null when nothing counts. */
export const validThroughSql = (day: string) => `(SELECT ${latestValidThroughSql(day)} FROM compliance_records cr WHERE ${OF_ITEM})`;

/** `coversDay`: never null, so `NOT` of it keeps a row with nothing on file. */
export const coversDaySql = (validThrough: string, day: string) => `coalesce(${validThrough} >= ${day}, false)`;

/**
 * Names of the program's active required items not valid on `day` (a date expression), when
 * `applies` (a boolean expression, e.g. "the entry is experiential") holds; sort order, then name.
 * The SQL of `itemCompliance(records, day).state` not being a cleared state.
 */
export const lapsedItemsSql = (day: string, applies = 'true') => `ARRAY(SELECT ci.name FROM compliance_items ci
   WHERE ci.program_id = e.program_id AND ci.active AND ${applies}
     AND NOT ${coversDaySql(validThroughSql(day), day)}
   ORDER BY ci.sort_order, ci.name)`;

/**
 * What keeps a student from being cleared from `today` through `through` (date expressions, e.g.
 * a placement's end): one line per item, "<item> is missing", "<item> is waiting for review", or
 * "<item> expires <date>, before the placement ends <date>". Empty when cleared. It asks whether
 * the records on file today reach `through`; from today on that is `itemCompliance(…).coversUntil`,
 * and for a placement already over it does not also ask for the item to be valid today.
 */
export const complianceGapsSql = (today: string, through: string) => `ARRAY(SELECT ci.name || CASE
       WHEN acc.valid_through IS NOT NULL THEN
         CASE WHEN NOT ${coversDaySql('acc.valid_through', today)} THEN ' expired ' ELSE ' expires ' END || acc.valid_through::text
         || ', before the placement ends ' || (${through})::date::text
         || CASE WHEN acc.awaits_review THEN ' (a newer record is waiting for review)' ELSE '' END
       WHEN acc.awaits_review THEN ' is waiting for review'
       ELSE ' is missing' END
     FROM compliance_items ci
     CROSS JOIN LATERAL (SELECT ${latestValidThroughSql(today)} AS valid_through, ${AWAITS_REVIEW} AS awaits_review
                           FROM compliance_records cr WHERE ${OF_ITEM}) acc
    WHERE ci.program_id = e.program_id AND ci.active
      AND NOT ${coversDaySql('acc.valid_through', through)}
    ORDER BY ci.sort_order, ci.name)`;
