// The accreditation-report case of the benchmark (docs/performance.md §2–§3: "an accreditation report does not
// grow with the number of hour entries"). Used by bench.mjs (workload `report`):
//
// 1. Signs in as the director of the first generated program and generates its report for the
//    latest complete ABHES year (July 1 – June 30) through the GraphQL API, back to back for the
//    measuring time at each client count: p50/p95 and requests per second.
// 2. Multiplies that program's hour entries by ten: nine shifted copies of each entry, each
//    moved back k × 400 days (k = 1..9; one enrollment's entries span under 300 days, so copies
//    never overlap each other or the originals, and the database's rules all hold), marked with a
//    sentinel created_at, then vacuums (as autovacuum would). Measures again, then deletes the
//    copies (also at start, if an earlier run was interrupted), so the database ends as it began.
// The ratio printed is p50 at 10x over p50 at 1x: ~1.0 means the report's time does not depend
// on the number of hour entries.

const SENTINEL = '1999-12-31T00:00:00Z';

export const REPORT_QUERY = `query Report($input: ReportInput!) { outcomeReport(input: $input) {
  periodStart periodEnd programNames
  rates { key numerator denominator value benchmark belowBenchmark }
  figures { key count }
  tables { key rows { label cells { text figureKey rateKey } } }
} }`;

/** The latest ABHES year (July 1 – June 30) that has ended by `today` (ISO date). */
export function latestAbhesYear(today) {
  const y = Number(today.slice(0, 4));
  const endYear = today >= `${y}-06-30` ? y : y - 1;
  return { periodStart: `${endYear - 1}-07-01`, periodEnd: `${endYear}-06-30` };
}

export async function reportFixture(db) {
  const { rows } = await db.query(
    `SELECT p.id AS program_id, p.name, u.email,
            (SELECT count(*) FROM hour_entries h WHERE h.program_id = p.id)::int AS entries
       FROM programs p JOIN program_admins pa ON pa.program_id = p.id JOIN users u ON u.id = pa.user_id
      WHERE u.email LIKE '%@large.ptp.test' ORDER BY p.id LIMIT 1`,
  );
  if (!rows[0]) throw new Error('no generated program with a director: run tools/large-data/generate.mjs first');
  return rows[0];
}

/**
 * What autovacuum does on a live database, at once: each copy updated its row of the maintained
 * hour_totals, leaving ~9 dead row versions per entry that would otherwise be measured too.
 */
async function settle(db) {
  await db.query(`VACUUM (ANALYZE) hour_totals, hour_entries`);
}

export async function removeCopies(db, programId) {
  const res = await db.query(`DELETE FROM hour_entries WHERE program_id = $1 AND created_at = $2::timestamptz`, [programId, SENTINEL]);
  if (res.rowCount) await settle(db);
  return res.rowCount;
}

/** Nine shifted copies of each of the program's entries; returns the program's entry count after. */
export async function addCopies(db, programId) {
  await db.query(
    `INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, activity_note,
                               status, review_comment, reviewed_by, reviewed_at, logged_by, version, created_at, updated_at)
     SELECT h.program_id, h.enrollment_id, h.placement_id, h.component, h.setting,
            h.started_at - k * interval '9600 hours', h.ended_at - k * interval '9600 hours', h.activity_note,
            h.status, h.review_comment, h.reviewed_by, h.reviewed_at - k * interval '9600 hours', h.logged_by, h.version,
            $2::timestamptz, $2::timestamptz
       FROM hour_entries h CROSS JOIN generate_series(1, 9) AS k
      WHERE h.program_id = $1 AND h.created_at <> $2::timestamptz`,
    [programId, SENTINEL],
  );
  await settle(db);
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM hour_entries WHERE program_id = $1`, [programId]);
  return rows[0].n;
}
