import { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import helmet from 'helmet';
import { sqlCountMiddleware } from './common/database/sql-counter';
import { loadEnv } from './config/env';

/** HTTP middleware shared by main.ts and the integration tests, so tests run the real stack. */
export function configureApp(app: INestApplication): void {
  // A CSV import posts up to 2,000 rows in one GraphQL request (one transaction); the default 100 kB
  // holds about 400. Other routes keep the default.
  app.use('/graphql', json({ limit: '5mb' }));
  if (loadEnv().PTP_SQL_COUNT) {
    // Parse the body first: the parser's stream callbacks would lose the counter's async context.
    app.use(json({ limit: '1mb' }));
    app.use(sqlCountMiddleware);
  }
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] } } }));
  app.use(cookieParser());
  // Behind a local reverse proxy, take the client address from X-Forwarded-For (login throttling).
  (app.getHttpAdapter().getInstance() as { set(k: string, v: unknown): void }).set('trust proxy', 'loopback');
}
