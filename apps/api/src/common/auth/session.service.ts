import { randomBytes } from 'node:crypto';
import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { CookieOptions } from 'express';
import { DataSource } from 'typeorm';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { User } from './user.entity';
import { preparedQuery } from '../database/prepared';
import { DomainError, tooManyRequests } from '../graphql/errors';
import { hydrate, entityColumns } from '../graphql/connection';
import { waitInMinutes } from './rate-limit';
import { SessionCache } from './session-cache';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'ptp_session';

/** How personal API tokens begin, so they are recognised (and found by secret scanners). */
export const API_TOKEN_PREFIX = 'ptp_';

export const sessionCookieOptions = (env: Env): CookieOptions => ({ httpOnly: true, sameSite: 'lax', secure: env.COOKIE_SECURE, path: '/' });

/** A hash to verify against when the email is unknown, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | null = null;

/** What a session cookie resolves to: its user, or `idle` when it went unused past SESSION_IDLE_MINUTES. */
export type ResolvedSession = { user: User; sessionId: string; idle: false } | { idle: true };

/**
 * Sign-in, sessions stored server-side (revocable, with absolute and idle timeouts), and throttling
 * kept in PostgreSQL (docs/security.md): failures are counted per account and address, per address,
 * and per account from everywhere, over LOGIN_WINDOW_MINUTES.
 */
@Injectable()
export class SessionService implements OnModuleInit, OnApplicationShutdown {
  private readonly cache: SessionCache;

  constructor(
    private readonly ds: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {
    this.cache = new SessionCache(env.DATABASE_URL, env.SESSION_CACHE_SECONDS * 1000, (channel, payload) => this.ds.query(`SELECT pg_notify($1, $2)`, [channel, payload]));
  }

  async onModuleInit(): Promise<void> {
    await this.cache.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.cache.stop();
  }

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async login(emailInput: string, password: string, ip: string, userAgent: string | undefined) {
    if (!this.env.PASSWORD_LOGIN_ENABLED) {
      throw new DomainError('FORBIDDEN', 'Password sign-in is turned off here: use the single sign-on button.');
    }
    const email = emailInput.trim().toLowerCase();
    // The attempt is counted before the password is checked, so parallel guesses cannot all slip under the limit.
    const attemptId = await this.claimAttempt(email, ip);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${entityColumns(this.ds, User, 'u')} FROM users u WHERE u.email = $1`,
      [email],
    );
    const user = rows[0] ? hydrate(this.ds, User, rows[0]) : null;
    dummyHash ??= SessionService.hashPassword(randomBytes(16).toString('hex'));
    const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
    // An invited account without a password never signs in with one (the dummy hash keeps timing alike).
    if (user && !user.passwordHash) await argon2.verify(await dummyHash, password).catch(() => false);
    const succeeded = Boolean(user && ok && !user.disabledAt);
    if (succeeded) await this.ds.query(`UPDATE login_attempts SET succeeded = true WHERE id = $1`, [attemptId]);
    if (!user || !succeeded) {
      throw new DomainError(
        'UNAUTHENTICATED',
        user?.disabledAt && ok ? 'This account is disabled. Ask your program director to re-enable it.' : 'The email or password is not correct.',
      );
    }
    return { user, ...(await this.createSession(user.id, ip, userAgent)) };
  }

  /** Opens a session for a user who proved who they are (password, invitation, reset link, SSO). */
  async createSession(userId: string, ip: string, userAgent: string | undefined, db: { query: DataSource['query'] } = this.ds) {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.env.SESSION_TTL_HOURS * 3600_000);
    await db.query(
      `WITH s AS (INSERT INTO sessions (user_id, token_hash, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5))
       UPDATE users SET last_sign_in_at = now(), activated_at = coalesce(activated_at, now()) WHERE id = $1`,
      [userId, hash, expiresAt, ip, userAgent?.slice(0, 400) ?? null],
    );
    return { token, expiresAt };
  }

  /** Ends every session of a user at once (deactivation, password reset), except `keep` if given. */
  async revokeAll(userId: string, db: { query: DataSource['query'] } = this.ds, keep: string | null = null): Promise<number> {
    this.cache.forgetUser(userId);
    const [row]: { n: number }[] = await db.query(
      `WITH r AS (UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2) RETURNING id)
       SELECT count(*)::int AS n FROM r`,
      [userId, keep],
    );
    return row.n;
  }

  /**
   * Refuses the attempt when a limit is reached, else records it as failed (a success is marked
   * afterwards), all under advisory locks on the account and the address: of any number of
   * parallel attempts, at most the limit get to have their password checked.
   */
  private async claimAttempt(email: string, ip: string): Promise<string> {
    const env = this.env;
    const { retryAfter, id } = await this.ds.transaction(async (m) => {
      // Always the account first, then the address: no two sign-ins wait for each other in a cycle.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('ptp:login:account:' || $1, 0))`, [email]);
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('ptp:login:ip:' || $1, 0))`, [ip]);
      // For each limit, the failure that must leave the window before another attempt is allowed.
      const recent = (where: string, param: string) =>
        `(SELECT a.attempted_at FROM login_attempts a WHERE ${where} AND NOT a.succeeded AND a.attempted_at > now() - make_interval(mins => $3)
           ORDER BY a.attempted_at DESC OFFSET ${param} - 1 LIMIT 1)`;
      const [row]: { retry_after: number | null }[] = await m.query(
        `SELECT ceil(extract(epoch FROM greatest(${recent('a.email = $1 AND a.ip = $2', '$4')}, ${recent('a.ip = $2', '$5')}, ${recent('a.email = $1', '$6')})
                + make_interval(mins => $3) - now()))::int AS retry_after`,
        [email, ip, env.LOGIN_WINDOW_MINUTES, env.LOGIN_MAX_FAILURES_PER_ACCOUNT_IP, env.LOGIN_MAX_FAILURES_PER_IP, env.LOGIN_MAX_FAILURES_PER_ACCOUNT],
      );
      if (row.retry_after !== null) return { retryAfter: row.retry_after, id: null };
      const [attempt]: { id: string }[] = await m.query(`INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`, [email, ip]);
      return { retryAfter: null, id: attempt.id };
    });
    if (id === null) {
      const wait = retryAfter ?? 60;
      throw tooManyRequests(`Too many failed sign-in attempts. Try again in ${waitInMinutes(wait)}, or ask your program director to reset your password.`, wait);
    }
    return id;
  }

  /**
   * The user behind a session token, or null when it is unknown, expired or revoked; `idle` when it
   * went unused for SESSION_IDLE_MINUTES. Notes the request in the same statement, at most once a
   * minute per session (like API tokens' last use).
   */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const hash = hashToken(token);
    const cached = this.cache.get(hash);
    if (cached) return { user: hydrate(this.ds, User, cached), sessionId: cached.__session as string, idle: false };
    const mark = this.cache.mark;
    // "__validMs": how long the answer holds by the database's clock, until the session expires or could go idle.
    const rows = await preparedQuery(
      this.ds,
      `WITH s AS (
         SELECT s.id AS "__session", s.last_seen_at <= now() - make_interval(mins => $2) AS "__idle",
                s.last_seen_at < now() - interval '1 minute' AS "__touch",
                (extract(epoch FROM least(s.expires_at, greatest(s.last_seen_at, now() - interval '1 minute') + make_interval(mins => $2)) - now()) * 1000)::int AS "__validMs",
                ${entityColumns(this.ds, User, 'u')}
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL
       ), touched AS (
         UPDATE sessions x SET last_seen_at = now() FROM s
          WHERE x.id = s."__session" AND NOT s."__idle" AND s."__touch"
       )
       SELECT * FROM s`,
      [hash, this.env.SESSION_IDLE_MINUTES],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.__idle) return { idle: true };
    const user = hydrate(this.ds, User, row);
    this.cache.set(mark, hash, user.id, row, row.__validMs as number);
    return { user, sessionId: row.__session as string, idle: false };
  }

  /** Forgets a user's cached sessions on this copy now (after changing their account; other copies hear it at commit). */
  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
  }

  /** Resolves once this copy has heard of every account or session change committed so far (tests' own SQL). */
  settled(): Promise<void> {
    return this.cache.settled();
  }

  /**
   * The owner behind a personal API token, or null when it is unknown, revoked, expired, or its
   * owner is deactivated. Notes the last use in the same statement, at most once a minute per token,
   * so a busy script does not cost a write per request.
   */
  async resolveApiToken(token: string): Promise<{ user: User; apiTokenId: string } | null> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 100) return null;
    const rows = await preparedQuery(
      this.ds,
      `WITH t AS (
         SELECT t.id AS "__token", t.last_used_at AS "__lastUsedAt", ${entityColumns(this.ds, User, 'u')}
           FROM api_tokens t JOIN users u ON u.id = t.user_id
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND u.disabled_at IS NULL
       ), touched AS (
         UPDATE api_tokens a SET last_used_at = now() FROM t
          WHERE a.id = t."__token" AND (t."__lastUsedAt" IS NULL OR t."__lastUsedAt" < now() - interval '1 minute')
       )
       SELECT * FROM t`,
      [hashToken(token)],
    );
    return rows[0] ? { user: hydrate(this.ds, User, rows[0]), apiTokenId: rows[0].__token as string } : null;
  }

  async revoke(sessionId: string): Promise<void> {
    const rows: { user_id: string }[] = await this.ds.query(
      `WITH r AS (UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING user_id) SELECT user_id FROM r`,
      [sessionId],
    );
    for (const r of rows) this.cache.forgetUser(r.user_id);
  }
}
