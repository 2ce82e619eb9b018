import { types } from 'pg';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { parseTimestamptz } from './timestamp-parser';

// Calendar dates stay ISO strings ("2026-07-01"): no time zone shift through a JS Date.
types.setTypeParser(types.builtins.DATE, (v: string) => v);
types.setTypeParser(types.builtins.TIMESTAMPTZ, parseTimestamptz);

/** The one data source definition, used by Nest (app.module) and by the db CLI (cli.ts). */
export function dataSourceOptions(url: string, poolSize = 10, logger?: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: false,
    ...(logger ? { logger } : {}),
    extra: { max: poolSize, application_name: 'ptp-api' },
  };
}

export function createDataSource(url: string, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
