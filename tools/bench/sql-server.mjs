#!/usr/bin/env node
// The plain-SQL baseline of the benchmark: a bare node:http server with `pg` that does the same work
// as the GraphQL API with hand-written SQL — the same sign-in cookie (checked against `sessions`),
// the same row scope (instructor: their cohorts; student: their own enrollments), one statement
// per request, as a named (prepared) statement. Progress figures are derived with the same pure function the API uses
// (computeProgress from @ptp/shared), fed by the one aggregate.
//
//   node tools/bench/sql-server.mjs --url postgres://... --port 0 [--pool 10] [--progress-source auto|entries|totals]
// Prints "listening <port>" on stdout when ready. POST JSON to /roster, /queue, /progress, /log.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
// todayIn keeps one formatter per time zone, as the API does (a new one per row cost ~3.8 ms a page).
const { computeProgress, PACE_WINDOW_DAYS, todayIn } = require('@ptp/shared');

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const pool = new pg.Pool({ connectionString: args.url, max: Number(args.pool ?? 10), application_name: 'ptp-bench-sql' });
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

const sha256 = (t) => createHash('sha256').update(t).digest('hex');

/** The signed-in user (a CTE shared by every statement). $1 = the user's id, from `signedInUser`. */
const ME = `me AS (SELECT $1::uuid AS id)`;

/**
 * The user behind a session token hash, as the API resolves it (docs/security.md, Sessions): the same
 * checks (revoked, expired, idle, account deactivated) and the same last-seen note at most once a minute,
 * and the answer kept for SESSION_CACHE_SECONDS (default 30), as the API keeps it, so neither side asks
 * the database on every request. null when the session does not work.
 */
const SESSION_CACHE_MS = Number(process.env.SESSION_CACHE_SECONDS ?? 30) * 1000;
const IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 30);
const sessions = new Map();
async function signedInUser(tokenHash) {
  const kept = sessions.get(tokenHash);
  if (kept && kept.until > Date.now()) return kept.userId;
  const { rows } = await pool.query({
    name: 'session',
    text: `WITH s AS (
             SELECT s.id, u.id AS user_id, s.last_seen_at < now() - interval '1 minute' AS touch,
                    (extract(epoch FROM least(s.expires_at, greatest(s.last_seen_at, now() - interval '1 minute') + make_interval(mins => $2)) - now()) * 1000)::int AS valid_ms
               FROM sessions s JOIN users u ON u.id = s.user_id
              WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL
                AND s.last_seen_at > now() - make_interval(mins => $2)
           ), touched AS (UPDATE sessions x SET last_seen_at = now() FROM s WHERE x.id = s.id AND s.touch)
           SELECT user_id, valid_ms FROM s`,
    values: [tokenHash, IDLE_MINUTES],
  });
  if (!rows[0]) return null;
  sessions.set(tokenHash, { userId: rows[0].user_id, until: Date.now() + Math.min(SESSION_CACHE_MS, rows[0].valid_ms) });
  return rows[0].user_id;
}
/** Enrollments (alias e) the signed-in user may see: an instructor's cohorts, a student's own, an admin's programs. */
const ENROLLMENT_SCOPE = `(e.cohort_id IN (SELECT ci.cohort_id FROM cohort_instructors ci WHERE ci.user_id = (SELECT id FROM me))
   OR e.student_id IN (SELECT st.id FROM students st WHERE st.user_id = (SELECT id FROM me))
   OR e.program_id IN (SELECT pa.program_id FROM program_admins pa WHERE pa.user_id = (SELECT id FROM me)))`;
/**
 * Per-enrollment progress input as JSON {rows, recent}: rows per (component, setting, placement)
 * with approved and pending minutes, and the minutes of the pace window. Two sources:
 *   entries: one aggregate over the enrollment's hour entries;
 *   totals:  the maintained hour_totals rows (when the schema has them) + the pace-window sum.
 * --progress-source auto (default) uses totals when the table exists, like the API.
 */
const RECENT = (idExpr) => `(SELECT coalesce(sum(h.minutes), 0)::int FROM hour_entries h
   WHERE h.enrollment_id = ${idExpr} AND h.started_at >= now() - make_interval(days => ${PACE_WINDOW_DAYS}) AND h.status <> 'REJECTED')`;
const AGG_SOURCES = {
  entries: (idExpr) => `(SELECT json_build_object('rows', coalesce(json_agg(json_build_object('component', a.component, 'setting', a.setting, 'placementId', a.placement_id,
        'approvedMinutes', a.approved, 'pendingMinutes', a.pending)), '[]'::json), 'recent', coalesce(sum(a.recent), 0))
   FROM (SELECT h.component, h.setting, h.placement_id,
                coalesce(sum(h.minutes) FILTER (WHERE h.status = 'APPROVED'), 0)::int AS approved,
                coalesce(sum(h.minutes) FILTER (WHERE h.status IN ('SUBMITTED', 'NEEDS_INFO')), 0)::int AS pending,
                coalesce(sum(h.minutes) FILTER (WHERE h.status <> 'REJECTED' AND h.started_at >= now() - make_interval(days => ${PACE_WINDOW_DAYS})), 0)::int AS recent
           FROM hour_entries h WHERE h.enrollment_id = ${idExpr}
          GROUP BY h.component, h.setting, h.placement_id) a)`,
  totals: (idExpr) => `json_build_object(
     'rows', (SELECT coalesce(json_agg(json_build_object('component', t.component, 'setting', t.setting, 'placementId', t.placement_id,
                      'approvedMinutes', t.approved_minutes, 'pendingMinutes', t.pending_minutes)), '[]'::json)
                FROM hour_totals t WHERE t.enrollment_id = ${idExpr}),
     'recent', ${RECENT(idExpr)})`,
};
let AGG_ROWS = AGG_SOURCES.entries;
const RULES = `(SELECT json_build_object('level', p.level, 'timeZone', p.time_zone, 'minTotalHours', p.min_total_hours, 'minRotations', p.min_rotations,
        'minSingleRotationHours', p.min_single_rotation_hours, 'minRotationTotalHours', p.min_rotation_total_hours,
        'requirements', (SELECT coalesce(json_agg(json_build_object('component', r.component, 'setting', r.setting, 'minHours', r.min_hours)
                                          ORDER BY r.component, r.setting NULLS FIRST), '[]'::json)
                           FROM program_requirements r WHERE r.program_id = p.id))
   FROM programs p WHERE p.id = e.program_id)`;

const rulesOf = (r) => ({
  level: r.level, minTotalHours: Number(r.minTotalHours), minRotations: r.minRotations,
  minSingleRotationHours: r.minSingleRotationHours === null ? null : Number(r.minSingleRotationHours),
  minRotationTotalHours: r.minRotationTotalHours === null ? null : Number(r.minRotationTotalHours),
  requirements: r.requirements.map((q) => ({ ...q, minHours: Number(q.minHours) })),
});
/** The first placement's start, as the API's progress input (before it nobody is at risk). */
const PLACEMENT_START = `(SELECT min(pl.start_date)::text FROM placements pl WHERE pl.enrollment_id = e.id) AS placement_start`;
/**
 * A request's progress reader: the program rules and the zone's today once per request, as the API's
 * loaders do (a roster page's rows share one program). A row carries its program's rules, or NULL
 * when an earlier row of the page already did (the roster statement builds them once per program).
 */
const progressReader = () => {
  const rules = new Map();
  const todays = new Map();
  return (row) => {
    const key = row.program_id;
    if (row.rules) rules.set(key, { rules: rulesOf(row.rules), timeZone: row.rules.timeZone });
    const { rules: programRules, timeZone } = rules.get(key);
    if (!todays.has(timeZone)) todays.set(timeZone, todayIn(timeZone));
    return computeProgress(programRules, row.agg.rows, {
      today: todays.get(timeZone), externshipStartDate: row.externship_start_date, externshipEndDate: row.externship_end_date, recentMinutes: Number(row.agg.recent),
      status: row.status, placementStartDate: row.placement_start,
    });
  };
};

const handlers = {
  /** (e) The bare request: the same HTTP round trip, JSON in and out, no data (the per-request overhead's reference). */
  async typename() {
    return { data: { __typename: 'Query' } };
  },

  /** (a) A roster page with progress: one statement. */
  async roster(userId, { cohortId, first = 50 }) {
    const { rows } = await pool.query({
      name: 'roster',
      // The page's rows first; then, for those only, their progress input, and the program's rules on the first row
      // of each program (the page's rows share one), as the API's roster statement does.
      text: `WITH ${ME}
       SELECT e.*, CASE WHEN row_number() OVER (PARTITION BY e.program_id ORDER BY e.sort, e.id) = 1 THEN ${RULES} END AS rules,
              ${AGG_ROWS('e.id')} AS agg, ${PLACEMENT_START}
         FROM (SELECT e.id, e.program_id, e.status, e.status_since, s.first_name, s.last_name, s.student_number, c.externship_start_date,
                      c.externship_end_date, lower(s.last_name || ' ' || s.first_name) AS sort
                 FROM enrollments e JOIN students s ON s.id = e.student_id JOIN cohorts c ON c.id = e.cohort_id
                WHERE e.cohort_id = $2 AND ${ENROLLMENT_SCOPE}
                ORDER BY lower(s.last_name || ' ' || s.first_name), e.id
                LIMIT $3) e
        ORDER BY e.sort, e.id`,
      values: [userId, cohortId, first],
    });
    const progressOf = progressReader();
    return {
      data: {
        enrollments: {
          edges: rows.map((r) => {
            const p = progressOf(r);
            return {
              node: {
                id: r.id, status: r.status, statusSince: r.status_since, student: { fullName: `${r.first_name} ${r.last_name}`, studentNumber: r.student_number },
                progress: {
                  requiredMinutes: p.requiredMinutes, approvedMinutes: p.approvedMinutes, pendingMinutes: p.pendingMinutes, atRisk: p.atRisk,
                  projectedCompletionDate: p.projectedCompletionDate,
                  requirements: p.requirements.map((q) => ({ component: q.component, requiredMinutes: q.requiredMinutes, approvedMinutes: q.approvedMinutes, pendingMinutes: q.pendingMinutes })),
                },
              },
            };
          }),
        },
      },
    };
  },

  /** (b) The review queue: a cohort's SUBMITTED entries, oldest first. One statement. */
  async queue(userId, { cohortId, first = 50 }) {
    const { rows } = await pool.query({
      name: 'queue',
      text: `WITH ${ME}
       SELECT h.id, h.started_at, h.ended_at, h.minutes, h.activity_note, h.status, h.version, s.first_name, s.last_name, si.name AS site_name
         FROM hour_entries h
         JOIN enrollments e ON e.id = h.enrollment_id
         JOIN students s ON s.id = e.student_id
         LEFT JOIN placements pl ON pl.id = h.placement_id
         LEFT JOIN sites si ON si.id = pl.site_id
        WHERE e.cohort_id = $2 AND h.status = 'SUBMITTED' AND ${ENROLLMENT_SCOPE}
        ORDER BY h.started_at ASC, h.id ASC
        LIMIT $3`,
      values: [userId, cohortId, first],
    });
    return {
      data: {
        hourEntries: {
          edges: rows.map((r) => ({
            node: {
              id: r.id, startedAt: r.started_at.toISOString(), endedAt: r.ended_at.toISOString(), minutes: r.minutes, activityNote: r.activity_note,
              status: r.status, version: r.version, enrollment: { student: { fullName: `${r.first_name} ${r.last_name}` } },
              placement: r.site_name === null ? null : { site: { name: r.site_name } },
            },
          })),
        },
      },
    };
  },

  /** (c) One enrollment's full progress and its placements. One statement. */
  async progress(userId, { enrollmentId }) {
    const { rows } = await pool.query({
      name: 'progress',
      text: `WITH ${ME}
       SELECT e.id, e.program_id, e.status, c.externship_start_date, c.externship_end_date, ${RULES} AS rules, ${AGG_ROWS('e.id')} AS agg, ${PLACEMENT_START},
              (SELECT coalesce(json_agg(json_build_object('id', pl.id) ORDER BY pl.start_date, pl.id), '[]'::json) FROM placements pl WHERE pl.enrollment_id = e.id) AS placements
         FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
        WHERE e.id = $2 AND ${ENROLLMENT_SCOPE}`,
      values: [userId, enrollmentId],
    });
    if (!rows[0]) return { status: 404, body: { errors: [{ message: 'Enrollment not found' }] } };
    return { data: { enrollment: { progress: progressReader()(rows[0]), placements: rows[0].placements } } };
  },

  /**
   * (d) Log hours, doing what the API does (docs/performance.md §3, an honest baseline): the checks
   * (scope, enrollment active, at least a minute and at most 16 hours, not before the enrollment,
   * not in the future, the placement is this enrollment's and covers the shift's days in the
   * program's time zone, required compliance current under a BLOCK policy, flagged under FLAG), the
   * insert, its audit row and the preceptor's notification, in one statement = one transaction, one
   * round trip. An overlap is refused by the exclusion constraint, as in the API (a NOT EXISTS over
   * the student's entries here made the baseline do more than the API, and slower).
   */
  async log(userId, { enrollmentId, component = 'EXPERIENTIAL', placementId, startedAt, endedAt, activityNote, requestId = null }) {
    const overlap = (err) => {
      if (err.code === '23P01') return { rows: [] };
      throw err;
    };
    const { rows } = await pool.query({
      name: 'log',
      text: `WITH ${ME},
       -- The placement by its key first: left to the generic plan, it was found by scanning every site's placements.
       pl AS MATERIALIZED (SELECT * FROM placements WHERE id = $3 AND enrollment_id = $2),
       ctx AS (
         SELECT e.id, e.program_id, si.setting, pl.site_id, pl.preceptor_id, p.expired_compliance_policy AS policy,
                ARRAY(SELECT ci.name FROM compliance_items ci
                       WHERE ci.program_id = e.program_id AND ci.active
                         AND NOT EXISTS (SELECT 1 FROM compliance_records cr
                                          WHERE cr.enrollment_id = e.id AND cr.item_id = ci.id AND cr.status IN ('VERIFIED', 'WAIVED')
                                            AND cr.completed_on <= ($4::timestamptz AT TIME ZONE p.time_zone)::date
                                            AND (cr.expires_on IS NULL OR cr.expires_on >= ($4::timestamptz AT TIME ZONE p.time_zone)::date))
                       ORDER BY ci.sort_order, ci.name) AS lapsed
           FROM pl
           JOIN sites si ON si.id = pl.site_id
           JOIN enrollments e ON e.id = pl.enrollment_id
           JOIN programs p ON p.id = e.program_id
          WHERE ${ENROLLMENT_SCOPE}
            AND e.status IN ('ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED')
            AND $5::timestamptz - $4::timestamptz >= interval '1 minute' AND $5::timestamptz - $4::timestamptz <= interval '16 hours'
            AND $5::timestamptz <= now() + interval '1 minute'
            AND ($4::timestamptz AT TIME ZONE p.time_zone)::date >= e.enrolled_on
            AND ($4::timestamptz AT TIME ZONE p.time_zone)::date >= pl.start_date
            AND (($5::timestamptz - interval '1 microsecond') AT TIME ZONE p.time_zone)::date <= pl.end_date
       ), ok AS (SELECT * FROM ctx WHERE ctx.policy <> 'BLOCK' OR cardinality(ctx.lapsed) = 0),
       ins AS (
         INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, setting, started_at, ended_at, activity_note, logged_by, compliance_flag)
         SELECT ok.program_id, ok.id, $3, $6::hour_component, ok.setting, $4, $5, $7, (SELECT id FROM me),
                CASE WHEN ok.policy = 'FLAG' AND cardinality(ok.lapsed) > 0 THEN 'Compliance not current on the shift date: ' || array_to_string(ok.lapsed, ', ') END
           FROM ok
         RETURNING *
       ), audit AS (
         INSERT INTO audit_events (actor_id, action, entity_type, entity_id, program_id, after, request_id)
         SELECT ins.logged_by, 'hours.logOnBehalf', 'HourEntry', ins.id::text, ins.program_id, to_jsonb(ins), $8 FROM ins
       ), notify AS (
         INSERT INTO notifications (program_id, recipient_id, kind, subject_type, subject_id, data, digest, group_key)
         SELECT ins.program_id, pr.user_id, 'HOURS_WAITING', 'Site', ok.site_id, jsonb_build_object('siteName', si.name), 'DAILY', 'hours-waiting:' || ok.site_id
           FROM ins JOIN ok ON true JOIN preceptors pr ON pr.id = ok.preceptor_id JOIN sites si ON si.id = ok.site_id
         ON CONFLICT (recipient_id, group_key) WHERE email_status = 'PENDING' AND group_key IS NOT NULL
         DO UPDATE SET item_count = notifications.item_count + 1, read_at = NULL, updated_at = now()
       )
       SELECT id, started_at, ended_at, minutes, status, version FROM ins`,
      values: [userId, enrollmentId, placementId, startedAt, endedAt, component, activityNote, requestId],
    }).catch(overlap);
    if (!rows[0]) return { status: 400, body: { errors: [{ message: 'refused: out of scope, not active, outside the placement or enrollment, compliance not current, in the future or overlapping' }] } };
    const r = rows[0];
    return { data: { logHours: { id: r.id, startedAt: r.started_at.toISOString(), endedAt: r.ended_at.toISOString(), minutes: r.minutes, status: r.status, version: r.version } } };
  },
};

function cookieToken(header) {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === 'ptp_session') return decodeURIComponent(v.join('='));
  }
  return null;
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const send = (status, body) => {
      const s = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) });
      res.end(s);
    };
    try {
      const name = req.url.slice(1);
      const handler = req.method === 'POST' ? handlers[name] : undefined;
      if (!handler) return send(404, { errors: [{ message: 'not found' }] });
      const token = cookieToken(req.headers.cookie);
      const userId = token ? await signedInUser(sha256(token)) : null;
      if (!userId) return send(401, { errors: [{ message: 'not signed in' }] });
      const out = await handler(userId, chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      if (out.status) send(out.status, out.body);
      else send(200, out);
    } catch (err) {
      send(500, { errors: [{ message: err.message }] });
    }
  });
});
server.keepAliveTimeout = 60_000;
const source = args['progress-source'] ?? 'auto';
if (!['auto', 'entries', 'totals'].includes(source)) throw new Error('--progress-source must be auto, entries or totals');
const { rows: hasTotals } = await pool.query(`SELECT to_regclass('public.hour_totals') IS NOT NULL AS present`);
const chosen = source === 'auto' ? (hasTotals[0].present ? 'totals' : 'entries') : source;
AGG_ROWS = AGG_SOURCES[chosen];
server.listen(Number(args.port ?? 0), '127.0.0.1', () => {
  console.log(`listening ${server.address().port} progress-source ${chosen}`);
});
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
