import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements each HTTP request issues (for the benchmark: a page must cost a
 * constant number of statements whatever its size). Enabled with PTP_SQL_COUNT=true; the count is
 * returned in the `x-sql-statements` response header.
 */
const store = new AsyncLocalStorage<{ statements: number }>();

export function sqlCountMiddleware(_req: Request, _res: Response, next: NextFunction): void {
  store.run({ statements: 0 }, next);
}

/** TypeORM logger that only counts (TypeORM reports every statement to its logger). */
export class SqlCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const s = store.getStore();
    if (s) s.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export const sqlCountPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const s = store.getStore();
        if (s) response.http.headers.set('x-sql-statements', String(s.statements));
      },
    };
  },
};
