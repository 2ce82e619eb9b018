import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { tooManyRequests } from '../graphql/errors';

export const RATE_LIMIT = 'ptp:rate-limit';

export interface RateLimitRule {
  /** Counted separately per bucket (e.g. sso-start). */
  bucket: string;
  /** Requests per client address… */
  limit: number;
  /** …in this many seconds (a sliding window). */
  windowSeconds: number;
  /** What the refused client reads; the wait is added. */
  message: string;
}

/**
 * Counts the request against the rule for `key` (the client address) and answers how many seconds
 * to wait when the limit is reached (the request is then not counted), else null. Atomic: an
 * advisory lock on bucket and key serialises the check and the insert. Old hits of the key are
 * dropped on the way, so the table stays small.
 */
export async function hitRateLimit(ds: DataSource, rule: RateLimitRule, key: string): Promise<number | null> {
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('ptp:rate:' || $1 || ':' || $2, 0))`, [rule.bucket, key]);
    await m.query(`DELETE FROM rate_limit_hits WHERE bucket = $1 AND key = $2 AND hit_at <= now() - make_interval(secs => $3)`, [rule.bucket, key, rule.windowSeconds]);
    const [row]: { retry_after: number | null }[] = await m.query(
      `SELECT ceil(extract(epoch FROM max(hit_at) + make_interval(secs => $3) - now()))::int AS retry_after
         FROM (SELECT hit_at FROM rate_limit_hits WHERE bucket = $1 AND key = $2 ORDER BY hit_at DESC OFFSET $4 - 1 LIMIT 1) h`,
      [rule.bucket, key, rule.windowSeconds, rule.limit],
    );
    if (row.retry_after !== null) return row.retry_after;
    await m.query(`INSERT INTO rate_limit_hits (bucket, key) VALUES ($1, $2)`, [rule.bucket, key]);
    return null;
  });
}

/** A wait in words, rounded up to whole minutes: "1 minute", "15 minutes". */
export function waitInMinutes(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Refuses (429, Retry-After) a REST route's callers past the rule; see hitRateLimit. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly ds: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT, context.getHandler());
    if (!rule) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const retryAfter = await hitRateLimit(this.ds, rule, (req.ip ?? 'unknown').slice(0, 64));
    if (retryAfter === null) return true;
    throw tooManyRequests(`${rule.message} Try again in ${waitInMinutes(retryAfter)}.`, retryAfter);
  }
}

/** Limits a REST route per client address (the address Express sees: TRUST_PROXY decides). */
export const RateLimit = (rule: RateLimitRule) => applyDecorators(SetMetadata(RATE_LIMIT, rule), UseGuards(RateLimitGuard));

/** The single sign-on legs: a sign-in takes one of each, so this is generous for a shared campus address. */
export const SSO_START_LIMIT: RateLimitRule = { bucket: 'sso-start', limit: 60, windowSeconds: 600, message: 'Too many single sign-on attempts from your address.' };
export const SSO_CALLBACK_LIMIT: RateLimitRule = { bucket: 'sso-callback', limit: 60, windowSeconds: 600, message: 'Too many single sign-on attempts from your address.' };
