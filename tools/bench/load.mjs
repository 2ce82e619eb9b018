// The load generator: `concurrency` workers sending requests back to back for a fixed time, and
// the latency percentiles, throughput and SQL statement counts of what they measured.
import { performance } from 'node:perf_hooks';

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** Runs `request(worker)` from `concurrency` workers for `ms`; returns latencies and counts. */
export async function runFor(concurrency, ms, request) {
  const lat = [];
  const stmts = [];
  let errors = 0;
  let firstError = null;
  let exhausted = false;
  const t0 = performance.now();
  const end = t0 + ms;
  let last = t0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (performance.now() < end && !exhausted) {
        const s = performance.now();
        let r;
        try {
          r = await request(w);
        } catch (err) {
          r = { error: err.message };
        }
        const e = performance.now();
        last = Math.max(last, e);
        if (r === null) {
          exhausted = true;
          break;
        }
        if (r.error) {
          errors++;
          firstError ??= r.error;
        } else {
          lat.push(e - s);
          if (r.stmts !== undefined) stmts.push(r.stmts);
        }
      }
    }),
  );
  lat.sort((a, b) => a - b);
  const seconds = (last - t0) / 1000;
  return {
    requests: lat.length, errors, firstError, exhausted, seconds: Number(seconds.toFixed(2)),
    rps: Number((lat.length / seconds).toFixed(1)), p50: Number(percentile(lat, 50).toFixed(2)), p95: Number(percentile(lat, 95).toFixed(2)),
    sqlStatements: stmts.length ? { min: Math.min(...stmts), max: Math.max(...stmts), avg: Number((stmts.reduce((a, b) => a + b, 0) / stmts.length).toFixed(2)) } : null,
  };
}
