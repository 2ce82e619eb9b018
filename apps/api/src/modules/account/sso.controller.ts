import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import type { CookieOptions, Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { RateLimit, SSO_CALLBACK_LIMIT, SSO_START_LIMIT } from '../../common/auth/rate-limit';
import { SESSION_COOKIE, sessionCookieOptions } from '../../common/auth/session.service';
import { requestIdOfHttp, type AuthedRequest } from '../../common/graphql/context';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { SsoError, SsoService } from './sso.service';

/** Ties a sign-in to the browser that started it (login CSRF): only that browser holds the state. */
const STATE_COOKIE = 'ptp_sso_state';

/**
 * The two browser legs of OIDC sign-in. Both end in a redirect: to the provider, back into the
 * app, or to `/login?sso_error=<code>` with a reason the login page puts into words.
 */
@Public()
@Controller('api/auth/sso')
export class SsoController {
  private readonly logger = new Logger('SSO');

  constructor(
    private readonly sso: SsoService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private stateCookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.env.COOKIE_SECURE, path: '/api/auth/sso' };
  }

  @Get('start')
  @RateLimit(SSO_START_LIMIT)
  async start(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    try {
      const { authorizationUrl, state } = await this.sso.start(returnTo);
      res.cookie(STATE_COOKIE, state, { ...this.stateCookieOptions(), maxAge: 10 * 60_000 });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, authorizationUrl);
    } catch (err) {
      this.fail(res, err);
    }
  }

  @Get('callback')
  @RateLimit(SSO_CALLBACK_LIMIT)
  async callback(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    res.clearCookie(STATE_COOKIE, this.stateCookieOptions());
    res.setHeader('Cache-Control', 'no-store');
    try {
      const search = new URL(req.originalUrl, 'http://portal.invalid').search;
      const requestId = requestIdOfHttp(req);
      const { token, expiresAt, returnTo } = await this.sso.finish(search, req.cookies?.[STATE_COOKIE] as string | undefined, requestId, req.ip ?? 'unknown', req.get('user-agent'));
      res.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(this.env), expires: expiresAt });
      res.redirect(302, returnTo);
    } catch (err) {
      this.fail(res, err);
    }
  }

  private fail(res: Response, err: unknown): void {
    if (err instanceof SsoError) this.logger.warn(`SSO sign-in refused (${err.message})`);
    else this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    res.redirect(302, `/login?sso_error=${err instanceof SsoError ? err.code : 'failed'}`);
  }
}
