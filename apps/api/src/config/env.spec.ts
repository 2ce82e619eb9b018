import { loadEnv, publicUrl } from './env';

describe('environment validation', () => {
  it('treats empty values (as a compose file passes them) as not set: mail then goes to the dev folder', () => {
    const env = loadEnv({ SMTP_URL: '', OIDC_ISSUER: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '', PUBLIC_URL: '' });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.OIDC_ISSUER).toBeUndefined();
    expect(publicUrl(env)).toBe('http://localhost:3000');
  });

  it('refuses half an SMTP or OIDC configuration with a message naming the setting', () => {
    expect(() => loadEnv({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL: must be smtp:\/\/… or smtps:\/\/…/);
    expect(() => loadEnv({ SMTP_HOST: 'mail', SMTP_USER: 'me' })).toThrow(/SMTP_USER: SMTP_USER and SMTP_PASSWORD go together/);
    expect(() => loadEnv({ OIDC_ISSUER: 'https://idp.college.edu' })).toThrow(/OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together/);
    expect(() => loadEnv({ PASSWORD_LOGIN_ENABLED: 'false' })).toThrow(/only when OIDC is configured/);
  });

  it('keeps links free of a trailing slash', () => {
    expect(publicUrl(loadEnv({ PUBLIC_URL: 'https://portal.college.edu/' }))).toBe('https://portal.college.edu');
  });

  it('trusts no proxy unless TRUST_PROXY says which, in the forms Express takes', () => {
    expect(loadEnv({}).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: '' }).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.168.1.4' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.168.1.4']);
  });

  it('refuses a TRUST_PROXY Express would misread, naming the bad entry', () => {
    expect(() => loadEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY: expected true, false, a hop count, or comma-separated addresses\/CIDRs .*not yes/);
    expect(() => loadEnv({ TRUST_PROXY: 'loopback,10.0.0.0/33' })).toThrow(/TRUST_PROXY: .*not 10\.0\.0\.0\/33/);
    expect(() => loadEnv({ TRUST_PROXY: 'nginx' })).toThrow(/not nginx/);
  });

  it('makes cookies Secure in production unless COOKIE_SECURE says otherwise', () => {
    expect(loadEnv({ NODE_ENV: 'production' }).COOKIE_SECURE).toBe(true);
    expect(loadEnv({ NODE_ENV: 'production', COOKIE_SECURE: '' }).COOKIE_SECURE).toBe(true);
    expect(loadEnv({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).COOKIE_SECURE).toBe(false);
    expect(loadEnv({ NODE_ENV: 'development' }).COOKIE_SECURE).toBe(false);
    expect(loadEnv({ NODE_ENV: 'development', COOKIE_SECURE: 'true' }).COOKIE_SECURE).toBe(true);
    expect(() => loadEnv({ COOKIE_SECURE: 'yes' })).toThrow(/COOKIE_SECURE/);
  });

  it('times sessions out after 30 idle minutes by default, and keeps the sign-in limits documented', () => {
    const env = loadEnv({});
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
    expect([env.LOGIN_MAX_FAILURES_PER_ACCOUNT_IP, env.LOGIN_MAX_FAILURES_PER_IP, env.LOGIN_MAX_FAILURES_PER_ACCOUNT, env.LOGIN_WINDOW_MINUTES]).toEqual([5, 30, 100, 15]);
  });
});
