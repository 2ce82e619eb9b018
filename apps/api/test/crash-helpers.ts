/* Spawns the BUILT API (apps/api/dist/main.js) and the db CLI as real processes on the embedded
 * database in a temporary PTP_DATA_DIR, for the crash/restart tests. Never imports AppModule. */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { processAlive } from '../src/database/embedded-lock';

const DIST = resolve(__dirname, '../dist');

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true, or throws after `ms` with `what`. */
export async function waitFor(what: string, ms: number, check: () => Promise<boolean> | boolean): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
}

export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), 'ptp-crash-'));
  readonly procs = new Set<ChildProcess>();
  apiPort = 0;
  pgPort = 0;

  static async create(): Promise<Sandbox> {
    const s = new Sandbox();
    chmodSync(s.root, 0o755); // as root PostgreSQL runs as "postgres", who must reach the folder
    s.apiPort = await freePort();
    s.pgPort = await freePort();
    return s;
  }

  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, PTP_DATA_DIR: this.root, PORT: String(this.apiPort), HOST: '127.0.0.1', EMBEDDED_PG_PORT: String(this.pgPort), JOBS_ENABLED: 'false', NODE_ENV: 'production', LOG_LEVEL: 'info' };
    delete env.DATABASE_URL;
    delete env.TEST_DATABASE_URL;
    return { ...env, ...extra };
  }

  /** node apps/api/dist/<script> args, output collected. */
  spawnNode(script: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
    const child = spawn(process.execPath, [join(DIST, script), ...args], { env: this.env(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    this.procs.add(child);
    let out = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => (this.procs.delete(child), r(code))));
    return { child, output: () => out, exited };
  }

  /** Starts the API like `npm start` does and waits until /health answers 200. */
  async startApi(): Promise<{ child: ChildProcess; output: () => string }> {
    const api = this.spawnNode('main.js', ['--migrate', '--seed']);
    let exitCode: number | null | undefined;
    void api.exited.then((c) => (exitCode = c));
    await waitFor('the API to answer /health', 60_000, async () => {
      if (exitCode !== undefined) throw new Error(`the API exited (${exitCode}):\n${api.output()}`);
      return (await this.health()) === 200;
    }).catch((err: Error) => {
      throw new Error(`${err.message}\n--- API output ---\n${api.output().slice(-4000)}`);
    });
    return api;
  }

  async cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
    const run = this.spawnNode('database/cli.js', args, extraEnv);
    const code = await run.exited;
    return { code, output: run.output() };
  }

  async health(): Promise<number> {
    const res = await fetch(`http://127.0.0.1:${this.apiPort}/health`).catch(() => undefined);
    return res?.status ?? 0;
  }

  /** The embedded postmaster's pid, from <data>/postgres/postmaster.pid. */
  postmasterPid(): number | undefined {
    const f = join(this.root, 'postgres', 'postmaster.pid');
    return existsSync(f) ? Number.parseInt(readFileSync(f, 'utf8').split('\n')[0], 10) : undefined;
  }

  client(): Gql {
    return new Gql(`http://127.0.0.1:${this.apiPort}/graphql`);
  }

  /** Kills every process we started and the embedded server, removes the folder. Never throws. */
  async cleanup(): Promise<void> {
    for (const p of this.procs) p.kill('SIGKILL');
    const pid = this.postmasterPid();
    if (pid) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {
        /* gone */
      }
      await waitFor('PostgreSQL to exit', 10_000, () => !alive(pid)).catch(() => process.kill(pid, 'SIGKILL'));
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Whether a process still runs (a zombie awaiting its reaper does not: see processAlive). */
export function alive(pid: number): boolean {
  return processAlive(pid);
}

export class Gql {
  private cookie: string | undefined;
  constructor(private readonly url: string) {}

  async q<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  }

  login(email: string, password: string) {
    return this.q(`mutation($input: LoginInput!) { login(input: $input) { user { id } } }`, { input: { email, password } });
  }
}
