import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client, codeOf, Harness, PASSWORD } from './harness';

/** The address people open: a stand-in for the reverse proxy in front of the app (the test maps it to the app's port). */
const PORTAL = 'http://portal.test';
const CLIENT_ID = 'ptp-portal';
const CLIENT_SECRET = 'test-only-client-secret';

/** A real OpenID Provider (oidc-provider) in a child process; resolves with its issuer URL. */
function startProvider(): Promise<{ child: ChildProcess; issuer: string; stderr: () => string }> {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_REDIRECT_URI: `${PORTAL}/api/auth/sso/callback` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`OIDC provider did not start:\n${stderr}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`OIDC provider exited (${code}):\n${stderr}`)));
    child.stdout!.once('data', (d: Buffer) => {
      clearTimeout(timer);
      resolve({ child, issuer: JSON.parse(d.toString()).issuer as string, stderr: () => stderr });
    });
  });
}

/** Boots the app with these environment variables (the AppModule reads the environment at boot), then puts them back. */
async function startWith(vars: Record<string, string | undefined>): Promise<Harness> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const put = (v: Record<string, string | undefined>) => {
    for (const [k, value] of Object.entries(v)) {
      if (value === undefined) delete process.env[k];
      else process.env[k] = value;
    }
  };
  put(vars);
  try {
    return await Harness.start();
  } finally {
    put(saved);
  }
}

/** Cookies per origin, the way a browser keeps them (paths are ignored: nothing here depends on them). */
class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(origin: string): string {
    return [...(this.byOrigin.get(origin) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(origin: string, setCookies: string[]): void {
    const jar = this.byOrigin.get(origin) ?? new Map<string, string>();
    this.byOrigin.set(origin, jar);
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1]).getTime() <= Date.now()) || /max-age=0\b/i.test(line);
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1).trim());
    }
  }

  get(origin: string, name: string): string | undefined {
    return this.byOrigin.get(origin)?.get(name);
  }
}

describe('single sign-on (OIDC)', () => {
  let h: Harness;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let appOrigin: string;

  interface Journey {
    /** Where the browser ended up in the web app (path and query). */
    landed: string;
    jar: CookieJar;
    /** The callback URL the provider sent the browser to. */
    callback?: URL;
    setCookies: string[];
  }

  /**
   * A browser clicking "Sign in with …": follows every redirect by hand, carries cookies, and at
   * the provider's sign-in page signs in as `account` (consent is granted by the provider script).
   */
  async function signIn(account: { email: string; email_verified?: boolean } | null, opts: { returnTo?: string; jar?: CookieJar; from?: string } = {}): Promise<Journey> {
    const jar = opts.jar ?? new CookieJar();
    let url = new URL(opts.from ?? `${PORTAL}/api/auth/sso/start${opts.returnTo ? `?returnTo=${encodeURIComponent(opts.returnTo)}` : ''}`);
    let callback: URL | undefined;
    const setCookies: string[] = [];
    for (let hop = 0; hop < 20; hop++) {
      if (url.origin === PORTAL && !url.pathname.startsWith('/api/')) return { landed: url.pathname + url.search, jar, callback, setCookies };
      if (url.origin === PORTAL && url.pathname.endsWith('/callback')) callback = url;
      const target = url.origin === PORTAL ? new URL(url.pathname + url.search, appOrigin) : new URL(url);
      if (url.origin === provider.issuer && url.pathname.startsWith('/interaction/') && account) {
        target.searchParams.set('email', account.email);
        if (account.email_verified !== undefined) target.searchParams.set('email_verified', String(account.email_verified));
      }
      const res = await fetch(target, { redirect: 'manual', headers: { cookie: jar.header(url.origin) } });
      const cookies = res.headers.getSetCookie();
      jar.store(url.origin, cookies);
      if (url.origin === PORTAL) setCookies.push(...cookies);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) throw new Error(`${res.status} at ${url.href}: ${await res.text()}\n${provider.stderr()}`);
      url = new URL(location, url);
    }
    throw new Error('too many redirects');
  }

  const sessionClient = (j: Journey) => {
    const c = h.client();
    const token = j.jar.get(PORTAL, 'ptp_session');
    if (token) c.cookie = `ptp_session=${token}`;
    return c;
  };

  const activeUser = async (role: 'ADMIN' | 'INSTRUCTOR' | 'STUDENT' = 'INSTRUCTOR') => {
    const u = await h.user(role);
    await h.ds.query(`UPDATE users SET activated_at = now() WHERE id = $1`, [u.id]);
    await h.authSettled();
    return u;
  };

  beforeAll(async () => {
    provider = await startProvider();
    h = await startWith({
      OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_LABEL: 'Sign in with Test College', PUBLIC_URL: PORTAL, PASSWORD_LOGIN_ENABLED: 'true',
    });
    appOrigin = new URL(h.url).origin;
  });
  afterAll(async () => {
    await h?.stop();
    if (provider && provider.child.exitCode === null) {
      const exited = new Promise((r) => provider.child.once('exit', r));
      provider.child.kill('SIGTERM');
      await exited;
    }
  });

  it('tells the login page how people sign in', async () => {
    const r = await h.client().gql(`{ authConfig { passwordLoginEnabled ssoEnabled ssoLabel } }`);
    expect(r.data?.authConfig).toEqual({ passwordLoginEnabled: true, ssoEnabled: true, ssoLabel: 'Sign in with Test College' });
  });

  it('signs an existing account in through the provider (code + PKCE) and returns to the page asked for', async () => {
    const u = await activeUser();
    const j = await signIn({ email: u.email.toUpperCase(), email_verified: true }, { returnTo: '/cohorts?tab=active' });
    expect(j.landed).toBe('/cohorts?tab=active');
    const sessionCookie = j.setCookies.find((c) => c.startsWith('ptp_session='))!;
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
    const me = await sessionClient(j).gql(`{ me { email role } }`);
    expect(me.data?.me).toEqual({ email: u.email, role: 'INSTRUCTOR' });
    // The authorization request used PKCE (S256) and the code went back with the verifier.
    expect(j.callback?.searchParams.get('code')).toBeTruthy();
    const [audit] = await h.ds.query(`SELECT actor_id, after FROM audit_events WHERE action = 'user.sign-in.sso' AND entity_id = $1`, [u.id]);
    expect(audit.actor_id).toBe(u.id);
    expect(audit.after).toMatchObject({ email: u.email, issuer: provider.issuer });
    expect(await h.count('sso_logins')).toBe(0); // used once, then gone
  });

  it('uses the state once: replaying the callback does not sign in again', async () => {
    const u = await activeUser();
    const j = await signIn({ email: u.email });
    const sessions = await h.count('sessions', 'user_id = $1', [u.id]);
    // Even with the state cookie put back, the state was used up.
    j.jar.store(PORTAL, [`ptp_sso_state=${j.callback!.searchParams.get('state')}`]);
    const replay = await signIn(null, { from: j.callback!.href, jar: j.jar });
    expect(replay.landed).toBe('/login?sso_error=expired');
    expect(await h.count('sessions', 'user_id = $1', [u.id])).toBe(sessions);
  });

  it('refuses a callback in a browser that did not start the sign-in (login CSRF)', async () => {
    const u = await activeUser();
    const victim = new CookieJar();
    // The attacker starts and completes the provider part, then hands over the callback link.
    const attacker = await signIn({ email: u.email });
    const hijack = await signIn(null, { from: attacker.callback!.href, jar: victim });
    expect(hijack.landed).toBe('/login?sso_error=state_mismatch');
    expect(victim.get(PORTAL, 'ptp_session')).toBeUndefined();
  });

  it('activates an invited account that signs in with SSO', async () => {
    const u = await h.user('ADMIN');
    await h.ds.query(`UPDATE users SET password_hash = NULL, activated_at = NULL WHERE id = $1`, [u.id]);
    await h.authSettled();
    const j = await signIn({ email: u.email, email_verified: true });
    expect(j.landed).toBe('/');
    expect((await sessionClient(j).gql(`{ me { email status } }`)).data?.me).toEqual({ email: u.email, status: 'ACTIVE' });
  });

  it('never creates an account: an unknown email gets no session and an sso_error', async () => {
    const before = await h.count('users');
    const j = await signIn({ email: 'stranger@elsewhere.test', email_verified: true });
    expect(j.landed).toBe('/login?sso_error=no_account');
    expect(j.jar.get(PORTAL, 'ptp_session')).toBeUndefined();
    expect(await h.count('users')).toBe(before);
  });

  it('refuses a deactivated account and an unverified email', async () => {
    const off = await activeUser();
    await h.ds.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [off.id]);
    await h.authSettled();
    const refused = await signIn({ email: off.email, email_verified: true });
    expect(refused.landed).toBe('/login?sso_error=account_disabled');
    expect(refused.jar.get(PORTAL, 'ptp_session')).toBeUndefined();
    expect(await h.count('sessions', 'user_id = $1', [off.id])).toBe(0);

    const u = await activeUser();
    const unverified = await signIn({ email: u.email, email_verified: false });
    expect(unverified.landed).toBe('/login?sso_error=email_unverified');
    expect(await h.count('sessions', 'user_id = $1', [u.id])).toBe(0);
  });

  it('returns only to paths of this app', async () => {
    const u = await activeUser();
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '/api/auth/sso/start']) {
      expect((await signIn({ email: u.email }, { returnTo })).landed).toBe('/');
    }
  });

  it('sends the browser back to the login page when SSO is not configured, and can turn password sign-in off', async () => {
    const plain = await startWith({ OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined, PASSWORD_LOGIN_ENABLED: undefined });
    try {
      expect((await plain.client().gql(`{ authConfig { passwordLoginEnabled ssoEnabled } }`)).data?.authConfig).toEqual({ passwordLoginEnabled: true, ssoEnabled: false });
      const res = await fetch(`${new URL(plain.url).origin}/api/auth/sso/start`, { redirect: 'manual' });
      expect(res.headers.get('location')).toBe('/login?sso_error=not_configured');
    } finally {
      await plain.stop();
    }
    const ssoOnly = await startWith({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, PASSWORD_LOGIN_ENABLED: 'false' });
    try {
      expect((await ssoOnly.client().gql(`{ authConfig { passwordLoginEnabled ssoEnabled } }`)).data?.authConfig).toEqual({ passwordLoginEnabled: false, ssoEnabled: true });
      const u = await ssoOnly.user('ADMIN');
      const r = await new Client(ssoOnly.url).login(u.email, PASSWORD);
      expect(codeOf(r)).toBe('FORBIDDEN');
    } finally {
      await ssoOnly.stop();
    }
  });
});
