/**
 * The one SQL definition of "a required compliance item is valid" (the SQL side of `itemCompliance`
 * in libs/shared): an accepted record (verified or waived) completed by `onDay` that does not
 * expire before `through`. Hour logging asks it for the shift's day; placements for today through
 * the placement's end. The fragments expect the enrollment as `e` and the item as `ci`.
 */
const ACCEPTED = `cr.enrollment_id = e.id AND cr.item_id = ci.id AND cr.status IN ('VERIFIED', 'WAIVED')`;

const validThroughSql = (onDay: string, through: string) => `EXISTS (SELECT 1 FROM compliance_records cr
   WHERE ${ACCEPTED} AND cr.completed_on <= ${onDay} AND (cr.expires_on IS NULL OR cr.expires_on >= ${through}))`;

/**
 * Names of the program's active required items not valid on `day` (a date expression), when
 * `applies` (a boolean expression, e.g. "the entry is experiential") holds; sort order, then name.
 */
export const lapsedItemsSql = (day: string, applies = 'true') => `ARRAY(SELECT ci.name FROM compliance_items ci
   WHERE ci.program_id = e.program_id AND ci.active AND ${applies}
     AND NOT ${validThroughSql(day, day)}
   ORDER BY ci.sort_order, ci.name)`;

/**
 * What keeps a student from being cleared from `today` through `through` (date expressions, e.g.
 * a placement's end): one line per item, "<item> is missing", "<item> is waiting for review", or
 * "<item> expires <date>, before the placement ends <date>". Empty when cleared.
 */
export const complianceGapsSql = (today: string, through: string) => `ARRAY(SELECT ci.name || CASE
       WHEN acc.expires_on IS NOT NULL THEN
         CASE WHEN acc.expires_on < ${today} THEN ' expired ' ELSE ' expires ' END || acc.expires_on::text
         || ', before the placement ends ' || (${through})::date::text
         || CASE WHEN acc.pending THEN ' (a newer record is waiting for review)' ELSE '' END
       WHEN acc.pending THEN ' is waiting for review'
       ELSE ' is missing' END
     FROM compliance_items ci
     CROSS JOIN LATERAL (SELECT max(cr.expires_on) FILTER (WHERE cr.status IN ('VERIFIED', 'WAIVED') AND cr.completed_on <= ${today}) AS expires_on,
                                coalesce(bool_or(cr.status = 'PENDING'), false) AS pending
                           FROM compliance_records cr WHERE cr.enrollment_id = e.id AND cr.item_id = ci.id) acc
    WHERE ci.program_id = e.program_id AND ci.active
      AND NOT ${validThroughSql(today, through)}
    ORDER BY ci.sort_order, ci.name)`;
