/*
 * "Today" in SQL is the program's day, in its time zone (docs/design.md: due dates, expiries, pace and
 * placement windows count by it), never the database server's current_date. `p` is an SQL expression
 * for a programs row (usually its alias) with a `time_zone` column.
 */

/** The program's date today. */
export const programTodaySql = (p = 'p') => `(now() AT TIME ZONE ${p}.time_zone)::date`;

/** The date in `param` (an ISO date a job or test checks "as of"), else the program's date today. */
export const programDayOrTodaySql = (param: string, p = 'p') => `coalesce(${param}::date, ${programTodaySql(p)})`;

/** True when `param` is NULL or the program's local hour is at least `param` (morning checks in the morning). */
export const programHourReachedSql = (param: string, p = 'p') => `(${param}::int IS NULL OR extract(hour FROM now() AT TIME ZONE ${p}.time_zone) >= ${param}::int)`;
