import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** The channel the `ptp_auth_changed` trigger announces account and session changes on (migration 1796300900000). */
export const AUTH_CHANNEL = 'ptp_auth';
/** At most this many sessions are kept; past it the oldest go first. */
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 2_000;
/** How often a copy proves that notices reach it (a notice of its own, sent the way changes are written). */
const HEARTBEAT_MS = 10_000;
/** A notice not heard within this long counts as lost. */
const HEARD_WITHIN_MS = 5_000;

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
 * sessions. It is used only once a notice of its own, sent through the pool the way changes are
 * written, has come back on the listening connection, and again every HEARTBEAT_MS: a path that
 * loses notices (a connection pooler in transaction mode, a failover) turns it off rather than
 * leaving it stale. When the listening connection drops or a heartbeat goes unheard, everything is
 * forgotten and every request asks the database until notices are heard again. docs/security.md, Sessions.
 */
export class SessionCache {
  private readonly logger = new Logger('Sessions');
  private readonly entries = new Map<string, Entry>();
  private readonly byUser = new Map<string, Set<string>>();
  private readonly waiters = new Map<string, () => void>();
  private client: Client | null = null;
  private listening = false;
  /** The last heartbeat came back. */
  private heard = false;
  /** A lost heartbeat was logged (once until one is heard again). */
  private warned = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  /** Counts invalidations: a look-up that began before one may not store what it read. */
  private generation = 0;

  /** `notify` sends a notice through the pool that writes go through. */
  constructor(
    private readonly url: string | undefined,
    private readonly ttlMs: number,
    private readonly notify: (channel: string, payload: string) => Promise<unknown>,
  ) {}

  get enabled(): boolean {
    return this.listening && this.heard && this.ttlMs > 0;
  }

  /** Starts listening (resolves once its first heartbeat came back, or failed: until then nothing is kept). */
  async start(): Promise<void> {
    if (!this.url || this.ttlMs <= 0 || this.stopped) return;
    const client = new Client({ connectionString: this.url, application_name: `ptp-api-auth-listener/${process.pid}` });
    this.client = client;
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.heard = false;
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
      return;
    }
    await this.beat();
    if (!this.heartbeat && !this.stopped) {
      this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
      this.heartbeat.unref();
    }
  }

  /** Sends a notice of its own and waits for it: kept sessions are used only while they come back. */
  private async beat(): Promise<void> {
    if (!this.listening) return;
    const heard = await this.roundTrip().catch(() => false);
    if (heard && !this.heard) this.generation++; // as when listening begins: nothing read while notices went unheard is kept
    if (!heard) {
      this.clear();
      if (!this.warned) this.logger.warn(`A session change notice was not heard back within ${HEARD_WITHIN_MS} ms; every request asks the database until one is.`);
      this.warned = true;
    } else this.warned = false;
    this.heard = heard;
  }

  /** Whether a notice sent now comes back on the listening connection in time. */
  private roundTrip(): Promise<boolean> {
    const token = `sync:${randomUUID()}`;
    const back = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(token);
        resolve(false);
      }, HEARD_WITHIN_MS);
      timer.unref();
      this.waiters.set(token, () => {
        clearTimeout(timer);
        this.waiters.delete(token);
        resolve(true);
      });
    });
    return this.notify(AUTH_CHANNEL, token).then(() => back);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.heartbeat) clearInterval(this.heartbeat);
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
   * order): for a change made on another connection, such as a test's own SQL. Not heard in time:
   * everything is forgotten rather than go on with what may be stale.
   */
  async settled(): Promise<void> {
    if (!this.enabled) return;
    if (!(await this.roundTrip().catch(() => false))) this.clear();
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
