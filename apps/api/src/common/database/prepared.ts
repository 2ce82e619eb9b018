import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Statement names by text: PostgreSQL parses and plans each once per connection. */
const names = new Map<string, string>();
/** Texts are built from a finite set of fragments; past this many, run the rest unnamed. */
const MAX_NAMED = 1000;

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `ptp_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs one statement as a named (prepared) statement on the data source's pool, for hot paths
 * (pages, the session lookup, log hours). Like `ds.query`: reported to the TypeORM logger (the
 * statement counter sees it) and failures surface as QueryFailedError (constraint messages apply).
 * Not for use inside a transaction (it takes its own connection).
 */
export async function preparedQuery<T extends QueryResultRow = Record<string, unknown>>(ds: DataSource, text: string, values: unknown[]): Promise<T[]> {
  ds.logger.logQuery(text, values);
  const pool = (ds.driver as PostgresDriver).master as Pool;
  try {
    const result = await pool.query<T>({ name: nameOf(text), text, values });
    return result.rows;
  } catch (err) {
    throw new QueryFailedError(text, values, err as Error);
  }
}
