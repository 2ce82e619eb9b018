/* One embedded PostgreSQL server process: initdb, start (ready when it says so), stop, and the
 * last lines of its own log, so that every failure can say what PostgreSQL said. */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgBinaries, RunAs } from './embedded-binaries';

/** A failure of the embedded database with a message meant for the person starting the portal. */
export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

/** The last lines PostgreSQL wrote (it logs to stderr). */
export class LogTail {
  private lines: string[] = [];
  private partial = '';
  constructor(private readonly max = 30) {}

  push(chunk: string, onLine?: (line: string) => void): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    for (const raw of parts) {
      const line = raw.trimEnd();
      if (!line) continue;
      this.lines.push(line);
      if (this.lines.length > this.max) this.lines.shift();
      onLine?.(line);
    }
  }

  text(): string {
    return [...this.lines, this.partial.trim()].filter(Boolean).join('\n');
  }
}

export function withLog(message: string, log: string): string {
  const tail = log.trim();
  return tail ? `${message}\nLast lines of PostgreSQL's log:\n${tail.replace(/^/gm, '  ')}` : message;
}

/** One actionable paragraph for a server that would not start, from what it logged. */
export function explainStartFailure(log: string, dir: string, port: number, exit: string): string {
  const fallback = 'Or set DATABASE_URL to use a PostgreSQL server of your own.';
  if (/address already in use|could not create any TCP\/IP sockets/i.test(log)) {
    return `The embedded PostgreSQL could not listen on port ${port}: another program is using it. Stop that program, or choose a free port with EMBEDDED_PG_PORT=<port>. ${fallback}`;
  }
  if (/no space left on device/i.test(log)) {
    return `The embedded PostgreSQL could not start: the disk holding ${dir} is full. Free some space (or move the data with PTP_DATA_DIR) and start again; no data was lost.`;
  }
  if (/permission denied/i.test(log)) {
    return `The embedded PostgreSQL could not start: permission denied on ${dir}. The folder must belong to the user PostgreSQL runs as (the "postgres" OS user when the portal runs as root) and its parent folders must be readable (chmod 755). ${fallback}`;
  }
  if (/database files are incompatible with server/i.test(log)) {
    return `The data folder ${dir} was made by a different PostgreSQL version than the embedded one. Keep it with that version, or move it away and restore a backup (npm run db:restore). ${fallback}`;
  }
  if (/lock file .* already exists/i.test(log)) {
    return `Another PostgreSQL server is using ${dir}. Stop it (or the portal that started it) and start again.`;
  }
  return `The embedded PostgreSQL in ${dir} did not start (${exit}). ${fallback}`;
}

/** Resolves when nothing listens on 127.0.0.1:port; rejects with a clear message otherwise. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new EmbeddedDatabaseError(explainStartFailure('address already in use', '', port, ''))
          : new EmbeddedDatabaseError(`Cannot check port ${port} for the embedded PostgreSQL: ${err.message}`),
      ),
    );
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
  });
}

/** Calls back once the process has exited and its last output was read (or 300 ms later: the
 *  server's own children may still hold the pipes). */
function afterExit(child: ChildProcess, cb: (reason: string, code: number | null) => void): void {
  child.once('exit', (code, signal) => {
    const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      cb(reason, code);
    };
    const timer = setTimeout(finish, 300);
    child.once('close', finish);
  });
}

export interface ServerOptions {
  dir: string;
  port: number;
  bins: PgBinaries;
  runAs: RunAs;
  /** Lines worth showing while running (FATAL, PANIC, recovery). */
  onNotice?: (line: string) => void;
}

export class EmbeddedServer {
  readonly log = new LogTail();
  private child?: ChildProcess;
  private exitListeners: ((reason: string) => void)[] = [];
  private stopping?: Promise<void>;

  constructor(private readonly o: ServerOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Called when the server exits without stop() having been asked for. */
  onUnexpectedExit(listener: (reason: string) => void): void {
    this.exitListeners.push(listener);
  }

  async initialise(): Promise<void> {
    const pwfile = join(tmpdir(), `ptp-pg-pw-${randomBytes(6).toString('hex')}`);
    writeFileSync(pwfile, 'postgres\n', { mode: 0o644 });
    try {
      await this.run(this.o.bins.initdb, [`--pgdata=${this.o.dir}`, '--auth=password', '--username=postgres', `--pwfile=${pwfile}`, '--lc-messages=C', '--encoding=UTF8']);
    } finally {
      rmSync(pwfile, { force: true });
    }
  }

  async start(): Promise<void> {
    await assertPortFree(this.o.port);
    this.stopping = undefined;
    const child = spawn(this.o.bins.postgres, ['-D', this.o.dir, '-p', String(this.o.port), '-c', 'lc_messages=C'], {
      ...this.o.runAs,
      // Its own process group: a Ctrl+C in the terminal reaches the API, which stops it once.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let ready = false;
      const onData = (chunk: Buffer) =>
        this.log.push(chunk.toString('utf8'), (line) => {
          if (!ready && line.includes('database system is ready to accept connections')) {
            ready = true;
            resolve();
          } else if (/\b(FATAL|PANIC):|database system was (interrupted|not properly shut down)|redo (starts|done)/.test(line)) {
            this.o.onNotice?.(line);
          }
        });
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('error', (err) => reject(new EmbeddedDatabaseError(withLog(explainStartFailure(err.message, this.o.dir, this.o.port, err.message), this.log.text()))));
      afterExit(child, (reason) => {
        if (!ready) {
          reject(new EmbeddedDatabaseError(withLog(explainStartFailure(this.log.text(), this.o.dir, this.o.port, reason), this.log.text())));
        } else if (!this.stopping) {
          for (const l of this.exitListeners) l(reason);
        }
      });
    });
  }

  /** Fast shutdown (SIGINT); immediate (SIGQUIT) if it has not finished after `graceMs`. Idempotent. */
  stop(graceMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return Promise.resolve();
    this.stopping ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGQUIT'), graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGINT');
    });
    return this.stopping;
  }

  /** Last resort on process exit (synchronous): ask the server to shut down fast. */
  signalStop(): void {
    if (this.running && !this.stopping) {
      this.stopping = Promise.resolve();
      this.child?.kill('SIGINT');
    }
  }

  private run(file: string, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(file, args, { ...this.o.runAs, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
      child.stdout?.on('data', (c: Buffer) => this.log.push(c.toString('utf8')));
      child.stderr?.on('data', (c: Buffer) => this.log.push(c.toString('utf8')));
      child.once('error', (err) => reject(new EmbeddedDatabaseError(withLog(explainStartFailure(err.message, this.o.dir, this.o.port, err.message), this.log.text()))));
      afterExit(child, (reason, code) => {
        if (code === 0) return resolve();
        reject(new EmbeddedDatabaseError(withLog(explainStartFailure(this.log.text(), this.o.dir, this.o.port, `initdb: ${reason}`), this.log.text())));
      });
    });
  }
}
