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
});
