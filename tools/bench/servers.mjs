// The benchmark's two servers (docs/performance.md §2): the built API (apps/api/dist/main.js,
// restarted if something stops it during the run) and the plain-SQL baseline (sql-server.mjs),
// each on a free port with its log in tmp/, stopped when the benchmark exits.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { log, ROOT, sleep } from './common.mjs';
import { post } from './http.mjs';
import { freePort } from '../free-port.mjs';

const children = [];
function startChild(name, args, env, logFile) {
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.exitedCode = null;
  child.on('exit', (code, signal) => {
    child.exitedCode = code ?? -1;
    child.exitSignal = signal;
    child.exitedAt = new Date().toISOString();
  });
  children.push(child);
  log(`${name} started (pid ${child.pid}, log ${logFile})`);
  return child;
}
export function stopChildren() {
  for (const c of children) if (c.exitedCode === null) c.kill('SIGTERM');
}
process.on('exit', stopChildren);
process.on('SIGINT', () => {
  stopChildren();
  process.exit(130);
});

async function waitForApi(port, child, logFile) {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitedCode !== null) throw new Error(`the API exited (code ${child.exitedCode}, signal ${child.exitSignal}); see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const r = await post(port, '/graphql', { query: '{ __typename }' });
      if (r.status === 200) return;
    } catch {
      /* not yet */
    }
    await sleep(300);
  }
  throw new Error(`the API did not answer on port ${port} within 90 s; see ${logFile}`);
}

/** Whether the GraphQL side can run: a schema with the measured fields, and apps/api/dist (built if missing). */
export function graphqlSide(o, results) {
  const schemaFile = resolve(ROOT, 'apps/api/schema.graphql');
  const schemaReady = existsSync(schemaFile) && /\bhourEntries\s*\(/.test(readFileSync(schemaFile, 'utf8')) && /\bprogress\s*:/.test(readFileSync(schemaFile, 'utf8'));
  let useGraphql = !o.sqlOnly;
  if (useGraphql && !schemaReady) {
    results.notes.push('apps/api/schema.graphql has no hourEntries/progress yet: GraphQL side skipped');
    log(results.notes.at(-1));
    useGraphql = false;
  }
  if (useGraphql && !existsSync(resolve(ROOT, 'apps/api/dist/main.js'))) {
    log('apps/api/dist is missing: building (npx nx run @ptp/api:build)');
    if (spawnSync('npx', ['nx', 'run', '@ptp/api:build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('the API build failed');
  }
  return useGraphql;
}

/**
 * Starts the plain-SQL server and, when `useGraphql`, the API; resolves once both answer. The API's
 * port and process change when `ensureApi` restarts it: read them from the returned object.
 */
export async function startServers(o, useGraphql, results) {
  const sqlPort = await freePort();
  const sqlLog = resolve(ROOT, 'tmp/bench-sql-server.log');
  const sqlChild = startChild('plain-SQL server', [resolve(ROOT, 'tools/bench/sql-server.mjs'), '--url', o.url, '--port', String(sqlPort), '--pool', '10', '--progress-source', o.progressSource], {}, sqlLog);
  const servers = { sqlPort, sqlLog, sqlChild, apiPort: null, apiChild: null, ensureApi: null };
  let apiStarts = 0;
  const startApi = async () => {
    servers.apiPort = await freePort();
    const apiLog = resolve(ROOT, `tmp/bench-api${apiStarts ? `-${apiStarts}` : ''}.log`);
    apiStarts++;
    // No background jobs (JOBS_ENABLED=false): started on the large data set, the daily reminders would write
    // thousands of emails during the measurements, CPU the baseline never spends. No measured request uses a job.
    servers.apiChild = startChild('API', [resolve(ROOT, 'apps/api/dist/main.js')], {
      DATABASE_URL: o.url, PORT: String(servers.apiPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', PTP_SQL_COUNT: 'true', NODE_ENV: 'production',
      LOGIN_MAX_FAILURES_PER_IP: '1000', JOBS_ENABLED: 'false',
    }, apiLog);
    await waitForApi(servers.apiPort, servers.apiChild, apiLog);
    log(`API ready on port ${servers.apiPort}`);
  };
  /** The API may be stopped from outside (a shared machine): restart it; sessions live in the database. */
  servers.ensureApi = async () => {
    const { apiChild } = servers;
    if (apiChild.exitedCode === null) return;
    const note = `the API exited during the run (code ${apiChild.exitedCode}, signal ${apiChild.exitSignal}, at ${apiChild.exitedAt}); restarted it`;
    results.notes.push(note);
    log(note);
    if (apiStarts > 5) throw new Error('the API keeps exiting; giving up');
    await startApi();
  };
  if (useGraphql) await startApi();
  for (let i = 0; ; i++) {
    if (sqlChild.exitedCode !== null) throw new Error(`the plain-SQL server exited; see ${sqlLog}`);
    try {
      const r = await post(sqlPort, '/roster', {});
      if (r.status) {
        results.sqlProgressSource = /progress-source (\w+)/.exec(readFileSync(sqlLog, 'utf8'))?.[1] ?? '?';
        results.notes.push(`plain-SQL progress source: ${results.sqlProgressSource === 'totals' ? 'maintained hour_totals + pace-window sum' : 'one aggregate over hour_entries'} (--progress-source ${o.progressSource})`);
        break;
      }
    } catch {
      if (i > 100) throw new Error('the plain-SQL server did not start');
      await sleep(100);
    }
  }
  return servers;
}
