// The measurements (docs/performance.md §2): for each workload and client count a warm-up, then a
// fixed-duration run against each side in turn; then the report case at 1x and 10x its hour entries.
import { log } from './common.mjs';
import { gqlResult, post } from './http.mjs';
import { runFor } from './load.mjs';
import { addCopies, latestAbhesYear, removeCopies, REPORT_QUERY, reportFixture } from './report.mjs';

/** One cell: the warm-up (when --warmup > 0), then the measurement. */
async function measureCell(o, concurrency, request) {
  if (o.warmup > 0) await runFor(concurrency, o.warmup * 1000, request);
  return runFor(concurrency, o.duration * 1000, request);
}

/** A measurement, as the log line reports it. */
const summary = (r) =>
  `${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, ${r.requests} ok, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ''}${r.sqlStatements ? `, ${r.sqlStatements.min}-${r.sqlStatements.max} statements` : ''}${r.exhausted ? ' [slots exhausted]' : ''}`;

/** Every workload but the report, at each client count, on both sides (the plain-SQL side only with --sql-only). */
export async function measureWorkloads(o, W, servers, useGraphql, results) {
  for (const name of o.workloads.filter((w) => w !== 'report')) {
    for (const c of o.concurrency) {
      const row = { workload: name, title: W[name].title, bar: W[name].bar, concurrency: c };
      for (const side of useGraphql ? ['graphql', 'sql'] : ['sql']) {
        for (let attempt = 0; ; attempt++) {
          if (side === 'graphql') await servers.ensureApi();
          const { sqlChild } = servers;
          if (sqlChild.exitedCode !== null) throw new Error(`the plain-SQL server exited (code ${sqlChild.exitedCode}, signal ${sqlChild.exitSignal}); see ${servers.sqlLog}`);
          await W[name].beforeCell?.();
          row[side] = await measureCell(o, c, W[name][side]);
          if (side !== 'graphql' || servers.apiChild.exitedCode === null || attempt >= 1) break;
          log(`${name} c=${c}: the API exited during the measurement; measuring again`);
        }
        log(`${name} c=${c} ${side}: ${summary(row[side])}`);
      }
      row.ratio = row.graphql && row.sql?.rps ? Number((row.graphql.rps / row.sql.rps).toFixed(2)) : null;
      results.workloads.push(row);
    }
  }
}

/** The report case (report.mjs), last: it adds (and then removes) hour entries. GraphQL only. */
export async function measureReport(o, db, servers, useGraphql, signIn, results) {
  if (!useGraphql) {
    results.notes.push('report: GraphQL only, skipped in a --sql-only run');
    return;
  }
  const rf = await reportFixture(db);
  const leftover = await removeCopies(db, rf.program_id);
  if (leftover) log(`report: removed ${leftover} hour-entry copies an interrupted run left behind`);
  const cookie = await signIn(rf.email);
  const input = { programId: rf.program_id, ...latestAbhesYear(new Date().toISOString().slice(0, 10)) };
  const request = async () => gqlResult(await post(servers.apiPort, '/graphql', { query: REPORT_QUERY, variables: { input } }, cookie), 'outcomeReport');
  results.report = { program: rf.name, director: rf.email, period: input, rows: [] };
  const measure = async (scale, entries) => {
    for (const c of o.concurrency) {
      await servers.ensureApi();
      const r = await measureCell(o, c, request);
      results.report.rows.push({ scale, entries, concurrency: c, ...r });
      log(`report ${scale} (${entries} entries) c=${c}: ${summary(r)}`);
    }
  };
  await measure('1x', rf.entries);
  log(`report: adding nine shifted copies of the program's ${rf.entries} hour entries (removed afterwards) ...`);
  const t = Date.now();
  try {
    const entries = await addCopies(db, rf.program_id);
    log(`report: ${entries} entries in the program after ${((Date.now() - t) / 1000).toFixed(0)} s`);
    await measure('10x', entries);
  } finally {
    log(`report: removed ${await removeCopies(db, rf.program_id)} copies`);
  }
}
