// The hour entries of the large data set: one set-based INSERT per batch of planned enrollments
// (the plan's slots and shares, turned into shifts, statuses and reviews in SQL), loaded in
// parallel batches or, with --drop-indexes, in one transaction around rebuilt indexes.
import { connect } from './db.mjs';
import { sqlRnd } from './deterministic.mjs';
import { fmt, log } from './log.mjs';
import { NOTES, sqlTextArray } from './reference-data.mjs';

const PLAN_COLUMNS = `e uuid, pid uuid, tz text, t0 date, db int, gl int, dt int, n int, base bigint, su uuid, iu uuid, xs date,
  p1 uuid, p1s date, p1e date, p1set practice_setting, p1pu uuid, p2 uuid, p2s date, p2e date, p2set practice_setting, p2pu uuid`;

export function hourEntriesSql() {
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

/**
 * The hour entries, in batches of --batch enrollments. Default: every index stays and --workers
 * connections load batches in parallel, each batch committed on its own. --drop-indexes: one
 * transaction on the main connection drops the secondary indexes, loads, and rebuilds them (a
 * failure rolls all of it back, indexes included).
 */
export async function loadHourEntries(opts, client, plan) {
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
