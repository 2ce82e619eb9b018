import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** The channel the `ptp_auth_changed` trigger announces account and session changes on (migration 1796300900000). */
export const AUTH_CHANNEL = 'ptp_auth';
/** At most this many sessions are kept; past it the oldest go first. */
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 2_000;

interface Entry {
  userId: string;
  row: Record<string, unknown>;
  until: number;
}

/**
 * Resolved session cookies, by token hash, for at most SESSION_CACHE_SECONDS: a request with a
 * known cookie skips the session statement (a round trip on every request). It is only used while
 * this copy listens on AUTH_CHANNEL, where every change to a user or a session is announced at
 * commit (the `ptp_auth_changed` trigger), wherever it was made; a notice drops that user's
 * sessions. When the listening connection drops, everything is forgotten and every request asks
 * the database until it is back. docs/security.md, Sessions.
 */
export class SessionCache {
  private readonly logger = new Logger('Sessions');
  private readonly entries = new Map<string, Entry>();
  private readonly byUser = new Map<string, Set<string>>();
  private readonly waiters = new Map<string, () => void>();
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Counts invalidations: a look-up that began before one may not store what it read. */
  private generation = 0;

  constructor(
    private readonly url: string | undefined,
    private readonly ttlMs: number,
  ) {}

  get enabled(): boolean {
    return this.listening && this.ttlMs > 0;
  }

  /** Starts listening (resolves once it does, or when it failed: until then nothing is kept). */
  async start(): Promise<void> {
    if (!this.url || this.ttlMs <= 0 || this.stopped) return;
    const client = new Client({ connectionString: this.url, application_name: `ptp-api-auth-listener/${process.pid}` });
    this.client = client;
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.clear();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      if (err) this.logger.warn(`Session change notices lost (${err.message}); every request asks the database until they are back.`);
      this.retry = setTimeout(() => void this.start(), RECONNECT_MS);
      this.retry.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => {
      if (n.channel === AUTH_CHANNEL) this.notice(n.payload ?? '*');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANNEL}`);
      if (this.client !== client) return;
      // What a look-up read before now may have changed unheard: none of it is kept.
      this.generation++;
      this.listening = true;
    } catch (err) {
      lost(err as Error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.listening = false;
    this.clear();
    for (const done of this.waiters.values()) done();
    await client?.end().catch(() => undefined);
  }

  /** The row a cookie resolved to, while still valid. */
  get(hash: string): Record<string, unknown> | null {
    if (!this.enabled) return null;
    const e = this.entries.get(hash);
    if (!e) return null;
    if (e.until > Date.now()) return e.row;
    this.drop(hash, e.userId);
    return null;
  }

  /** The current generation, to pass to `set` with what a look-up started then has read. */
  get mark(): number {
    return this.generation;
  }

  /** Keeps a resolved session for at most `validMs` (never past the cache's time to live). */
  set(mark: number, hash: string, userId: string, row: Record<string, unknown>, validMs: number): void {
    if (!this.enabled || mark !== this.generation || validMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const [oldest, e] = this.entries.entries().next().value as [string, Entry];
      this.drop(oldest, e.userId);
    }
    this.entries.set(hash, { userId, row, until: Date.now() + Math.min(validMs, this.ttlMs) });
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    set.add(hash);
  }

  /** Forgets a user's sessions here at once (this copy's own changes; the trigger's notice follows at commit). */
  forgetUser(userId: string): void {
    this.generation++;
    for (const hash of this.byUser.get(userId) ?? []) this.entries.delete(hash);
    this.byUser.delete(userId);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.byUser.clear();
  }

  /**
   * Resolves once every change committed before the call has been heard (notices arrive in commit
   * order): for a change made on another connection, such as a test's own SQL.
   */
  async settled(send: (channel: string, payload: string) => Promise<unknown>, timeoutMs = 5_000): Promise<void> {
    if (!this.enabled) return;
    const token = `sync:${randomUUID()}`;
    const heard = new Promise<void>((resolve) => {
      // Not heard in time: forget everything rather than go on with what may be stale.
      const timer = setTimeout(() => {
        this.clear();
        resolve();
      }, timeoutMs);
      this.waiters.set(token, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    await send(AUTH_CHANNEL, token);
    await heard;
    this.waiters.delete(token);
  }

  private notice(payload: string): void {
    if (payload.startsWith('sync:')) this.waiters.get(payload)?.();
    else if (payload === '*') this.clear();
    else this.forgetUser(payload);
  }

  private drop(hash: string, userId: string): void {
    this.entries.delete(hash);
    const set = this.byUser.get(userId);
    set?.delete(hash);
    if (set && !set.size) this.byUser.delete(userId);
  }
}
