import { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import { json, NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { sqlCountMiddleware } from './common/database/sql-counter';
import { loadEnv } from './config/env';

/** What body-parser's errors carry (its `type` tells a malformed body from an oversized one). */
interface BodyError {
  status?: number;
  type?: string;
  limit?: number;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Bad request bodies (too large, malformed JSON) answer 413 / 400 with a GraphQL-style error body,
 * instead of falling through to "Cannot POST /graphql". Other errors go on to Nest.
 */
export function bodyErrorHandler(err: BodyError, _req: Request, res: Response, next: NextFunction): void {
  if (err?.type === 'entity.too.large' || err?.status === 413) {
    const limit = typeof err.limit === 'number' ? ` (the limit is ${megabytes(err.limit)})` : '';
    res.status(413).json({ errors: [{ message: `The request is too large${limit}. Send less at once, e.g. split a CSV import.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  if (err?.type === 'entity.parse.failed' || (err?.status === 400 && typeof err.type === 'string')) {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(err);
}

/**
 * helmet's response headers, worked out once: with static options every response gets the same ones (a strict CSP,
 * nosniff, HSTS, …, and no X-Powered-By), so they are computed at start-up instead of by helmet's thirteen middlewares
 * on every request (docs/performance.md §4).
 */
export function securityHeaders(options: Parameters<typeof helmet>[0]): RequestHandler {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const probe = {
    setHeader: (name: string, value: unknown) => set.push([name, String(value)]),
    removeHeader: (name: string) => removed.push(name),
    getHeader: () => undefined,
  };
  let done = false;
  helmet(options)({} as Request, probe as unknown as Response, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('helmet did not answer synchronously; its headers cannot be computed once');
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}

/** HTTP middleware shared by main.ts and the integration tests, so tests run the real stack. */
export function configureApp(app: INestApplication): void {
  const env = loadEnv();
  // The client address (login throttling, rate limits, audit) comes from X-Forwarded-For only
  // for the proxies TRUST_PROXY names; unset, nobody's is believed (docs/security.md).
  const express = app.getHttpAdapter().getInstance() as { set(k: string, v: unknown): void };
  express.set('trust proxy', env.TRUST_PROXY);
  // No ETag from a SHA-1 of every answer: GraphQL answers are no-store, and static files get
  // theirs from serve-static (docs/performance.md §4, per-request work).
  express.set('etag', false);
  // A CSV import posts up to 2,000 rows in one GraphQL request (one transaction); the default 100 kB
  // holds about 400. Other routes keep the default.
  app.use('/graphql', json({ limit: '5mb' }));
  if (env.PTP_SQL_COUNT) {
    // Parse the body first: the parser's stream callbacks would lose the counter's async context.
    app.use(json({ limit: '1mb' }));
    app.use(sqlCountMiddleware);
  }
  app.use(bodyErrorHandler);
  app.use(securityHeaders({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] } } }));
  app.use(cookieParser());
}
