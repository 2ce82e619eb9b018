import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionService } from '../../common/auth/session.service';
import { hashToken } from '../../common/auth/tokens';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { ENV } from '../../config/config.module';
import { Env, publicUrl } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { User } from '../../common/auth/user.entity';
import { loadOpenIdClient, type OpenIdClient } from './openid-client.loader';

/** Why a sign-in with the identity provider did not happen: `/login?sso_error=<code>` (the login page words it). */
export type SsoErrorCode =
  | 'not_configured' | 'unavailable' | 'expired' | 'state_mismatch' | 'cancelled' | 'provider_error'
  | 'failed' | 'no_email' | 'email_unverified' | 'no_account' | 'account_disabled';

export class SsoError extends Error {
  constructor(readonly code: SsoErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

/** How long a browser has to come back from the provider. */
const SSO_LOGIN_TTL_MINUTES = 10;
export const SSO_CALLBACK_PATH = '/api/auth/sso/callback';

/** A path of this app to land on after signing in ('/' for anything else: no open redirects). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 300 || !value.startsWith('/') || value.startsWith('//')) return '/';
  // Printable ASCII only (anything else arrives percent-encoded), and no backslash: browsers read it as a slash.
  if (/[^\x21-\x7e]/.test(value) || value.includes('\\') || value.startsWith('/api/')) return '/';
  const base = 'http://portal.invalid';
  return new URL(value, base).origin === base ? value : '/';
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * OpenID Connect sign-in, authorization code flow with PKCE (openid-client). The state, nonce and
 * code verifier of a sign-in in progress are kept in sso_logins (the state only as a hash) for ten
 * minutes and used once; the browser that starts must be the one that finishes (state cookie).
 * Accounts are matched by their (verified) email and never created here.
 */
@Injectable()
export class SsoService {
  private configuration: Promise<OpenIdClient.Configuration> | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  get enabled(): boolean {
    return Boolean(this.env.OIDC_ISSUER && this.env.OIDC_CLIENT_ID && this.env.OIDC_CLIENT_SECRET);
  }

  /** The redirect URI to register at the provider. */
  get redirectUri(): string {
    return `${publicUrl(this.env)}${SSO_CALLBACK_PATH}`;
  }

  /** Begins a sign-in: where to send the browser, and the state it must bring back. */
  async start(returnTo: unknown): Promise<{ authorizationUrl: string; state: string }> {
    const { oidc, config } = await this.client();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    await this.ds.query(
      `WITH stale AS (DELETE FROM sso_logins WHERE expires_at < now())
       INSERT INTO sso_logins (state_hash, code_verifier, nonce, return_to, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [hashToken(state), codeVerifier, nonce, safeReturnTo(returnTo), SSO_LOGIN_TTL_MINUTES],
    );
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl: url.href, state };
  }

  /**
   * Finishes a sign-in from the provider's redirect (`search` is its query string): exchanges the
   * code, validates the ID token, matches an existing active account by email and opens a session.
   */
  async finish(search: string, browserState: string | undefined, requestId: string | null, ip: string, userAgent: string | undefined) {
    const { oidc, config } = await this.client();
    const callbackUrl = new URL(this.redirectUri);
    callbackUrl.search = search;
    const state = callbackUrl.searchParams.get('state');
    if (!state || state.length > 200) throw new SsoError('expired', 'no state');
    if (!browserState || !sameSecret(state, browserState)) throw new SsoError('state_mismatch');
    const [login]: { code_verifier: string; nonce: string; return_to: string | null; live: boolean }[] = await this.ds.query(
      `WITH used AS (DELETE FROM sso_logins WHERE state_hash = $1 RETURNING code_verifier, nonce, return_to, expires_at > now() AS live)
       SELECT * FROM used`,
      [hashToken(state)],
    );
    if (!login?.live) throw new SsoError('expired');
    const providerError = callbackUrl.searchParams.get('error');
    if (providerError) throw new SsoError(providerError === 'access_denied' ? 'cancelled' : 'provider_error', providerError);

    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: login.code_verifier, expectedState: state, expectedNonce: login.nonce, idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      claims = { ...idToken };
      // Many providers put the email only in the UserInfo response (scope claims are not in the ID token).
      if (claims[this.env.OIDC_EMAIL_CLAIM] === undefined && config.serverMetadata().userinfo_endpoint) {
        claims = { ...(await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)), ...idToken };
      }
    } catch (err) {
      throw new SsoError('failed', err instanceof Error ? err.message : String(err));
    }

    const emailClaim = claims[this.env.OIDC_EMAIL_CLAIM];
    if (typeof emailClaim !== 'string' || !emailClaim.includes('@')) throw new SsoError('no_email', `claim ${this.env.OIDC_EMAIL_CLAIM} missing`);
    const email = emailClaim.trim().toLowerCase();
    // Some providers send the flag as a string.
    if (claims.email_verified !== undefined && claims.email_verified !== true && claims.email_verified !== 'true') {
      throw new SsoError('email_unverified', email);
    }

    return this.ds.transaction(async (em) => {
      const rows: Record<string, unknown>[] = await em.query(`SELECT ${entityColumns(this.ds, User, 'u')} FROM users u WHERE u.email = $1 FOR UPDATE`, [email]);
      if (!rows[0]) throw new SsoError('no_account', email);
      const user = hydrate(this.ds, User, rows[0]);
      if (user.disabledAt) throw new SsoError('account_disabled', email);
      const activated = !user.activatedAt;
      const session = await this.sessions.createSession(user.id, ip, userAgent, em);
      // An invited person who signs in with SSO is active now: their invitation link has done its job.
      if (activated) await em.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND kind = 'INVITATION' AND used_at IS NULL`, [user.id]);
      await this.audit.record(em, user, requestId, {
        action: 'user.sign-in.sso', entityType: 'User', entityId: user.id,
        after: { email, issuer: this.env.OIDC_ISSUER, subject: claims.sub, ...(activated ? { activated: true } : {}) },
      });
      return { user, ...session, returnTo: login.return_to ?? '/' };
    });
  }

  /** The library and the provider's configuration, discovered once (again after a failure). */
  private async client(): Promise<{ oidc: typeof OpenIdClient; config: OpenIdClient.Configuration }> {
    if (!this.enabled) throw new SsoError('not_configured');
    const oidc = await loadOpenIdClient();
    this.configuration ??= this.discover(oidc).catch((err: unknown) => {
      this.configuration = undefined;
      throw new SsoError('unavailable', err instanceof Error ? err.message : String(err));
    });
    return { oidc, config: await this.configuration };
  }

  private discover(oidc: typeof OpenIdClient): Promise<OpenIdClient.Configuration> {
    const issuer = new URL(this.env.OIDC_ISSUER!);
    // Plain http only for a provider on this machine (development, tests); anything else must be https.
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    return oidc.discovery(
      issuer, this.env.OIDC_CLIENT_ID!, { client_secret: this.env.OIDC_CLIENT_SECRET! }, oidc.ClientSecretBasic(this.env.OIDC_CLIENT_SECRET!),
      { ...(loopback && issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}), timeout: 10 },
    );
  }
}
