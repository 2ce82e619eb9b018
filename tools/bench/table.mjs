// The benchmark's output: the Markdown tables printed at the end of a run (docs/performance.md §2).

/** The results as Markdown: the workload table, the roster statement check, the report table and the notes. */
export function formatResults(results, o) {
  const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
  const stm = (r) => (!r ? '–' : !r.sqlStatements ? 'n/a' : r.sqlStatements.min === r.sqlStatements.max ? String(r.sqlStatements.min) : `${r.sqlStatements.min}–${r.sqlStatements.max}`);
  /** The workload's bar and whether this cell meets it (docs/performance.md §3). */
  const bar = (r) => (r.bar === undefined ? '–' : `${r.bar}x ${r.ratio !== null && r.ratio >= r.bar ? 'met' : 'NOT met'}`);
  const lines = [
    `Benchmark ${results.startedAt} — ${results.dataSet.programs} programs, ${results.dataSet.enrollments} enrollments, ~${Number(results.dataSet.hour_entries).toLocaleString('en-US')} hour entries; ${o.duration}s per cell after ${o.warmup}s warm-up; Node ${results.machine.node}, PostgreSQL ${results.machine.postgres}, ${results.machine.cpus} CPUs`,
    '',
    '| workload | clients | GraphQL req/s | GraphQL p50 ms | GraphQL p95 ms | SQL req/s | SQL p50 ms | SQL p95 ms | ratio (GraphQL/SQL) | bar | SQL statements per GraphQL request | errors (GraphQL/SQL) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results.workloads) {
    lines.push(`| ${r.title} | ${r.concurrency} | ${r.graphql ? r.graphql.rps : '–'} | ${ms(r.graphql?.p50)} | ${ms(r.graphql?.p95)} | ${r.sql.rps} | ${ms(r.sql.p50)} | ${ms(r.sql.p95)} | ${r.ratio === null ? '–' : `${r.ratio}x`} | ${bar(r)} | ${stm(r.graphql)} | ${r.graphql ? r.graphql.errors : '–'}/${r.sql.errors} |`);
  }
  if (results.statementCheck) {
    const sc = results.statementCheck;
    lines.push('', `Roster statements per request, first: 10 → ${[...new Set(sc.first10)].join(', ')}; first: 50 → ${[...new Set(sc.first50)].join(', ')} (${sc.constant ? 'constant' : 'NOT constant'})`);
  }
  if (results.report?.rows.length) {
    const rep = results.report;
    lines.push('', `Program-year report (outcomeReport, ${rep.program}, ${rep.period.periodStart} – ${rep.period.periodEnd}, as ${rep.director}):`, '',
      '| hour entries in the program | clients | req/s | p50 ms | p95 ms | SQL statements | errors | p50 vs 1x |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rep.rows) {
      const base = rep.rows.find((x) => x.scale === '1x' && x.concurrency === r.concurrency);
      const vs = base?.p50 ? `${(r.p50 / base.p50).toFixed(2)}x` : '–';
      lines.push(`| ${r.scale}: ${Number(r.entries).toLocaleString('en-US')} | ${r.concurrency} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p95)} | ${stm(r)} | ${r.errors} | ${vs} |`);
    }
  }
  for (const n of results.notes) lines.push(`- ${n}`);
  return lines.join('\n');
}
