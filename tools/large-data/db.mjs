// Database helpers of the large-data generator: connections tuned for a bulk load, unnest-based
// bulk inserts, the migrations check (running the API's db CLI when needed) and the data tables.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { log } from './log.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const API_DIST = resolve(ROOT, 'apps/api/dist');

/** INSERT ... SELECT FROM unnest(arrays): thousands of rows per statement. */
export async function bulkInsert(client, table, columns, types, rows, chunk = 5000) {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const arrays = columns.map((_, c) => part.map((r) => r[c]));
    const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${types.map((t, j) => `$${j + 1}::${t}[]`).join(', ')})`;
    await client.query(sql, arrays);
  }
}

export async function connect(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'ptp-large-data' });
  await client.connect();
  // Bulk load: no need to wait for the WAL flush per statement; bigger sort memory for index builds.
  await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET work_mem = '64MB'`);
  return client;
}

function migrationNames() {
  const file = resolve(API_DIST, 'database/migrations/index.js');
  const require = createRequire(import.meta.url);
  const mod = require(file);
  return mod.MIGRATIONS.map((m) => m.name);
}

export async function ensureMigrated(client, url) {
  if (!existsSync(resolve(API_DIST, 'database/cli.js'))) {
    log('apps/api/dist is missing: building the API (npx nx run @ptp/api:build)');
    const b = spawnSync('npx', ['nx', 'run', '@ptp/api:build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('the API build failed');
  }
  const wanted = migrationNames();
  const { rows: t } = await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  let applied = [];
  if (t[0].present) applied = (await client.query(`SELECT name FROM migrations`)).rows.map((r) => r.name);
  const missing = wanted.filter((w) => !applied.includes(w));
  if (missing.length === 0) return;
  log(`migrating (${missing.length} pending: ${missing.join(', ')})`);
  const r = spawnSync(process.execPath, [resolve(API_DIST, 'database/cli.js'), 'migrate'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
  });
  if (r.status !== 0) throw new Error('migration failed');
}

/** Every table but the migrations' bookkeeping and the reference data migrations seed (exams, competency library). */
export async function dataTables(client) {
  const { rows } = await client.query(
    `SELECT quote_ident(tablename) AS t FROM pg_tables
      WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata', 'exams', 'competencies') ORDER BY tablename`,
  );
  return rows.map((r) => r.t);
}
