import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { SSO_START_LIMIT } from '../src/common/auth/rate-limit';
import { SessionCache } from '../src/common/auth/session-cache';
import { PDF } from './documents';
import { Client, codeOf, GqlResult, Harness, PASSWORD } from './harness';

type Throttled = GqlResult & { errors?: { extensions?: { retryAfterSeconds?: number } }[] };
const retryAfterOf = (r: GqlResult) => (r as Throttled).errors?.[0]?.extensions?.retryAfterSeconds;

describe('security: sign-in throttling, sessions, CSRF and HTTP errors', () => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    h = await Harness.start();
    base = h.url.replace(/\/graphql$/, '');
  });
  // Every request here comes from 127.0.0.1: start each test with no failures counted against it.
  beforeEach(() => h.ds.query(`DELETE FROM login_attempts`));
  afterAll(async () => {
    await h.ds.query(`DELETE FROM login_attempts`);
    await h.ds.query(`DELETE FROM rate_limit_hits`);
    await h.stop();
  });

  /** A login request with extra headers (a proxy header, say). */
  async function loginWith(email: string, password: string, headers: Record<string, string>): Promise<GqlResult> {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`, variables: { input: { email, password } } }),
    });
    return (await res.json()) as GqlResult;
  }

  /** The address the API recorded for this machine's requests. */
  async function ourAddress(): Promise<string> {
    await h.client().login(`probe-${randomUUID()}@test.ptp`, 'wrong-password');
    const [row] = await h.ds.query(`SELECT ip FROM login_attempts ORDER BY attempted_at DESC LIMIT 1`);
    await h.ds.query(`DELETE FROM login_attempts`);
    return row.ip as string;
  }

  const insertFailures = (email: string, ips: string[], minutesAgo = 0) =>
    h.ds.query(
      `INSERT INTO login_attempts (email, ip, succeeded, attempted_at) SELECT $1, ip, false, now() - make_interval(mins => $3) FROM unnest($2::text[]) ip`,
      [email, ips, minutesAgo],
    );

  describe('sign-in throttling', () => {
    it('does not believe X-Forwarded-For without TRUST_PROXY: a rotating header does not reset the limit', async () => {
      const u = await h.user('INSTRUCTOR');
      const answers: (string | undefined)[] = [];
      for (let i = 0; i < 7; i++) answers.push(codeOf(await loginWith(u.email, 'wrong-password', { 'x-forwarded-for': `198.51.100.${i + 1}` })));
      expect(answers).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
      const ips = await h.ds.query(`SELECT DISTINCT ip FROM login_attempts WHERE email = $1`, [u.email]);
      expect(ips).toHaveLength(1);
      expect(ips[0].ip).not.toMatch(/198\.51\.100/);
    });

    it('checks at most the limit of passwords when 40 wrong ones arrive at once', async () => {
      const u = await h.user('INSTRUCTOR');
      const results = await Promise.all(Array.from({ length: 40 }, () => h.client().login(u.email, 'wrong-password')));
      const codes = results.map(codeOf);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(35);
      expect(await h.count('login_attempts', 'email = $1', [u.email])).toBe(5);
    });

    it('refuses with when to retry (extensions.retryAfterSeconds), counted from the failures in the window', async () => {
      const u = await h.user('INSTRUCTOR');
      await insertFailures(u.email, Array(5).fill(await ourAddress()), 10);
      const r = await h.client().login(u.email, PASSWORD);
      expect(codeOf(r)).toBe('TOO_MANY_REQUESTS');
      expect(r.errors?.[0].message).toMatch(/Too many failed sign-in attempts\. Try again in 5 minutes/);
      const retry = retryAfterOf(r)!;
      expect(retry).toBeGreaterThan(280);
      expect(retry).toBeLessThanOrEqual(300);
      // The refused attempt is not counted: it does not push the lock further out.
      expect(await h.count('login_attempts', 'email = $1', [u.email])).toBe(5);
    });

    it('lets the real user in when failures for the account come from another address', async () => {
      const u = await h.user('INSTRUCTOR');
      await insertFailures(u.email, Array(5).fill('203.0.113.66'));
      const r = await h.client().login(u.email, PASSWORD);
      expect(r.errors).toBeUndefined();
      expect(r.data?.login.user.id).toBe(u.id);
    });

    it('limits one address across accounts (30 failures), even for a right password on a fresh account', async () => {
      // One try each at 29 accounts (recorded as the API records them), and a 30th over HTTP.
      const address = await ourAddress();
      for (let i = 0; i < 29; i++) await insertFailures(`spray-${i}-${randomUUID()}@test.ptp`, [address]);
      expect(codeOf(await h.client().login(`spray-last-${randomUUID()}@test.ptp`, 'Winter2026!'))).toBe('UNAUTHENTICATED');
      const u = await h.user('STUDENT');
      const r = await h.client().login(u.email, PASSWORD);
      expect(codeOf(r)).toBe('TOO_MANY_REQUESTS');
      expect(retryAfterOf(r)).toBeGreaterThan(0);
    });

    it('locks an account tried from 100 addresses (the distributed backstop), from any address', async () => {
      const u = await h.user('INSTRUCTOR');
      await insertFailures(u.email, Array.from({ length: 100 }, (_, i) => `198.51.100.${i + 1}`));
      const r = await h.client().login(u.email, PASSWORD);
      expect(codeOf(r)).toBe('TOO_MANY_REQUESTS');
    });

    it('rate-limits the SSO start per address, answering 429 with Retry-After', async () => {
      await h.ds.query(`DELETE FROM rate_limit_hits`);
      const start = () => fetch(`${base}/api/auth/sso/start`, { redirect: 'manual' });
      for (let i = 0; i < SSO_START_LIMIT.limit; i++) expect((await start()).status).toBe(302);
      const refused = await start();
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(SSO_START_LIMIT.windowSeconds);
      const body = (await refused.json()) as { code: string; message: string; retryAfterSeconds: number };
      expect(body).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter });
      expect(body.message).toMatch(/Too many single sign-on attempts from your address\. Try again in 10 minutes\./);
      await h.ds.query(`DELETE FROM rate_limit_hits`);
    });
  });

  describe('behind a trusted proxy (TRUST_PROXY=loopback)', () => {
    let proxied: Harness;
    beforeAll(async () => {
      process.env.TRUST_PROXY = 'loopback';
      try {
        proxied = await Harness.start();
      } finally {
        delete process.env.TRUST_PROXY;
      }
    });
    afterAll(() => proxied.stop());

    const viaProxy = (email: string, password: string, clientAddress: string) =>
      fetch(proxied.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress },
        body: JSON.stringify({ query: `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`, variables: { input: { email, password } } }),
      }).then(async (res) => codeOf((await res.json()) as GqlResult) ?? 'OK');

    it('takes the client address from the proxy, so an attacker elsewhere locks only themselves out', async () => {
      const u = await proxied.user('INSTRUCTOR');
      const attacker: string[] = [];
      for (let i = 0; i < 6; i++) attacker.push(await viaProxy(u.email, 'wrong-password', '203.0.113.9'));
      expect(attacker).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
      expect(await viaProxy(u.email, PASSWORD, '198.51.100.20')).toBe('OK');
      const ips = await proxied.ds.query(`SELECT DISTINCT ip FROM login_attempts WHERE email = $1 ORDER BY ip`, [u.email]);
      expect(ips.map((r: { ip: string }) => r.ip)).toEqual(['198.51.100.20', '203.0.113.9']);
    });
  });

  describe('sessions', () => {
    it('sets no Secure flag outside production (COOKIE_SECURE unset)', async () => {
      const u = await h.user('INSTRUCTOR');
      const c = await h.signedIn(u.email);
      expect(c.lastResponse!.headers.get('set-cookie')).not.toMatch(/Secure/i);
    });

    it('refuses a session unused for longer than SESSION_IDLE_MINUTES, saying it timed out', async () => {
      const u = await h.user('ADMIN');
      const c = await h.signedIn(u.email);
      await h.ds.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [u.id]);
      await h.authSettled();
      const r = await c.gql(`{ programs { totalCount } }`);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.errors?.[0].message).toMatch(/session timed out after 30 minutes without activity/);
      expect((await c.gql(`{ me { id } }`)).data?.me).toBeNull();
      // Asking again does not revive it.
      expect(codeOf(await c.gql(`{ programs { totalCount } }`))).toBe('UNAUTHENTICATED');
    });

    it('notes the last request at most once a minute, keeping a busy session alive', async () => {
      const u = await h.user('ADMIN');
      const c = await h.signedIn(u.email);
      const lastSeen = async () => ((await h.ds.query(`SELECT last_seen_at FROM sessions WHERE user_id = $1`, [u.id]))[0].last_seen_at as Date).getTime();
      await h.ds.query(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1`, [u.id]);
      await h.authSettled();
      expect((await c.gql(`{ programs { totalCount } }`)).errors).toBeUndefined();
      expect(Date.now() - (await lastSeen())).toBeLessThan(60_000);
      await h.ds.query(`UPDATE sessions SET last_seen_at = now() - interval '30 seconds' WHERE user_id = $1`, [u.id]);
      await h.authSettled();
      const before = await lastSeen();
      expect((await c.gql(`{ programs { totalCount } }`)).errors).toBeUndefined();
      expect(await lastSeen()).toBe(before);
    });

    describe('kept sessions (SESSION_CACHE_SECONDS) and changes made elsewhere', () => {
      // Another copy of the API, or psql: a connection of its own, not this copy's.
      let elsewhere: PgClient;
      beforeAll(async () => {
        elsewhere = new PgClient({ connectionString: (h.ds.options as { url: string }).url });
        await elsewhere.connect();
      });
      afterAll(() => elsewhere.end());

      const signedInAndKept = async (role: 'ADMIN' | 'INSTRUCTOR') => {
        const u = await h.user(role);
        const c = await h.signedIn(u.email);
        expect((await c.gql<{ me: { id: string } }>(`{ me { id } }`)).data?.me.id).toBe(u.id);
        return { u, c };
      };

      it('refuses a session revoked elsewhere once the change is announced', async () => {
        const { u, c } = await signedInAndKept('ADMIN');
        await elsewhere.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [u.id]);
        await h.authSettled();
        expect(codeOf(await c.gql(`{ programs { totalCount } }`))).toBe('UNAUTHENTICATED');
      });

      it('answers with the role and name changed elsewhere, and refuses an account deactivated elsewhere', async () => {
        const { u, c } = await signedInAndKept('ADMIN');
        await elsewhere.query(`UPDATE users SET role = 'INSTRUCTOR', display_name = 'Renamed Elsewhere' WHERE id = $1`, [u.id]);
        await h.authSettled();
        expect((await c.gql<{ me: { role: string; displayName: string } }>(`{ me { role displayName } }`)).data?.me).toEqual({ role: 'INSTRUCTOR', displayName: 'Renamed Elsewhere' });
        await elsewhere.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [u.id]);
        await h.authSettled();
        expect(codeOf(await c.gql(`{ programs { totalCount } }`))).toBe('UNAUTHENTICATED');
      });

      it('keeps nothing on a path where its own notices do not come back (a pooler in transaction mode, say)', async () => {
        const url = (h.ds.options as { url: string }).url;
        const send = (channel: string, payload: string) => elsewhere.query(`SELECT pg_notify($1, $2)`, [channel, payload]);
        const working = new SessionCache(url, 30_000, send);
        const deaf = new SessionCache(url, 30_000, () => Promise.resolve()); // its heartbeats never reach PostgreSQL
        try {
          await Promise.all([working.start(), deaf.start()]);
          for (const cache of [working, deaf]) cache.set(cache.mark, 'hash', 'user', { id: 'user' }, 60_000);
          expect(working.get('hash')).toEqual({ id: 'user' });
          expect(deaf.enabled).toBe(false);
          expect(deaf.get('hash')).toBeNull();
        } finally {
          await Promise.all([working.stop(), deaf.stop()]);
        }
      }, 20_000);

      it('still hears of changes after its listening connection was cut (it listens again)', async () => {
        const { u, c } = await signedInAndKept('INSTRUCTOR');
        // This process's listening connection, once its LISTEN has run.
        const listener = `SELECT pid FROM pg_stat_activity WHERE application_name = 'ptp-api-auth-listener/${process.pid}' AND query LIKE 'LISTEN%'`;
        const [before] = (await elsewhere.query(listener)).rows as { pid: number }[];
        expect(before).toBeDefined();
        await elsewhere.query(`SELECT pg_terminate_backend($1)`, [before.pid]);
        let after: { pid: number } | undefined;
        for (let i = 0; i < 100 && !after; i++) {
          await new Promise((r) => setTimeout(r, 100));
          after = (await elsewhere.query(listener)).rows.find((r: { pid: number }) => r.pid !== before.pid);
        }
        expect(after).toBeDefined();
        expect((await c.gql(`{ programs { totalCount } }`)).errors).toBeUndefined();
        await elsewhere.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [u.id]);
        await h.authSettled();
        expect(codeOf(await c.gql(`{ programs { totalCount } }`))).toBe('UNAUTHENTICATED');
      });
    });
  });

  describe('cross-site requests', () => {
    let admin: Client;
    let cohortId: string;
    let enrollmentId: string;
    beforeAll(async () => {
      const a = await h.user('ADMIN');
      admin = await h.signedIn(a.email);
      cohortId = await h.cohort(await h.program(a.id));
      ({ enrollmentId } = await h.student(admin, cohortId));
    });

    const uploadWith = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append('enrollmentId', enrollmentId);
      form.append('file', new Blob([PDF]), 'card.pdf');
      return fetch(`${base}/api/documents`, { method: 'POST', body: form, headers: { cookie: admin.cookie!, ...headers } });
    };

    it('refuses a document upload another site makes the browser send, and stores nothing', async () => {
      const before = await h.count('documents');
      const res = await uploadWith({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { code: string; message: string }).message).toMatch(/came from another site/);
      expect(await h.count('documents')).toBe(before);
      const ours = await uploadWith({ origin: base, 'sec-fetch-site': 'same-origin' });
      expect(ours.status).toBe(201);
      expect(await h.count('documents')).toBe(before + 1);
    });

    it('refuses exports opened from another site (a link with the cookie), logging no disclosure', async () => {
      const before = await h.count('disclosure_events');
      const roster = `${base}/api/cohorts/${cohortId}/roster.csv`;
      const crossSite = await fetch(roster, { headers: { cookie: admin.cookie!, 'sec-fetch-site': 'cross-site' } });
      expect(crossSite.status).toBe(403);
      const report = await fetch(`${base}/api/reports/export?format=csv`, { headers: { cookie: admin.cookie!, 'sec-fetch-site': 'same-site', origin: 'https://other.example' } });
      expect(report.status).toBe(403);
      expect(await h.count('disclosure_events')).toBe(before);
      const typed = await fetch(roster, { headers: { cookie: admin.cookie!, 'sec-fetch-site': 'none' } });
      expect(typed.status).toBe(200);
      expect(await h.count('disclosure_events')).toBe(before + 1);
    });

    it('lets a script with an API token through whatever Origin it sends', async () => {
      const r = await admin.gql(`mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
        input: { name: `csrf ${randomUUID().slice(0, 6)}`, expiresOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) },
      });
      const token = r.data!.createApiToken.token as string;
      const res = await fetch(`${base}/api/cohorts/${cohortId}/roster.csv`, { headers: { authorization: `Bearer ${token}`, origin: 'https://elsewhere.example' } });
      expect(res.status).toBe(200);
    });

    it('GraphQL refuses a simple cross-site form post and an unmarked GET (Apollo CSRF prevention)', async () => {
      const mutation = JSON.stringify({ query: `mutation { logout }` });
      const form = await fetch(h.url, { method: 'POST', headers: { cookie: admin.cookie!, 'content-type': 'text/plain' }, body: mutation });
      expect(form.status).toBe(400);
      const get = await fetch(`${h.url}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { cookie: admin.cookie! } });
      expect(get.status).toBe(400);
      expect((await admin.gql(`{ me { id } }`)).data?.me).not.toBeNull(); // still signed in: the logout never ran
    });
  });

  describe('response headers', () => {
    it('sends the strict security headers on every answer, GraphQL and plain HTTP alike, and no X-Powered-By', async () => {
      for (const res of [await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }), await fetch(`${base}/health`)]) {
        expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
        expect(res.headers.get('content-security-policy')).toContain("object-src 'none'");
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('x-powered-by')).toBeNull();
      }
    });
  });

  describe('bad request bodies', () => {
    it('answers 413 with a GraphQL-style PAYLOAD_TOO_LARGE error for a body over the limit', async () => {
      const body = JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(6 * 1024 * 1024) } });
      const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(413);
      const json = (await res.json()) as GqlResult;
      expect(json.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(json.errors?.[0].message).toMatch(/too large \(the limit is 5 MB\)/);
    });

    it('answers 400 with a GraphQL-style BAD_REQUEST error for malformed JSON', async () => {
      const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me { id } }"' });
      expect(res.status).toBe(400);
      const json = (await res.json()) as GqlResult;
      expect(json.errors?.[0]).toEqual({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
    });
  });
});
