import { CanActivate, ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import { Env, publicUrl } from '../../config/env';
import type { AuthedRequest } from '../graphql/context';
import { forbidden } from '../graphql/errors';

/** The headers a browser sends that say where a request comes from. */
export interface RequestSource {
  /** Sec-Fetch-Site: same-origin, same-site, cross-site or none (typed, bookmarked). */
  secFetchSite?: string;
  origin?: string;
  host?: string;
}

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
};

/**
 * Whether a cookie-authenticated request comes from the portal itself: Sec-Fetch-Site says
 * same-origin (or none: an address typed or bookmarked), or Origin is PUBLIC_URL's or names the
 * host the request was sent to. A request that says neither (an old browser, curl) is let through;
 * one that says it comes from elsewhere is not.
 */
export function fromOurSite(source: RequestSource, publicOrigin: string): boolean {
  const site = source.secFetchSite?.toLowerCase();
  if (site === 'same-origin' || site === 'none') return true;
  if (source.origin !== undefined) {
    const origin = hostOf(source.origin);
    return origin !== null && (origin === hostOf(publicOrigin) || origin === source.host?.toLowerCase());
  }
  return site === undefined;
}

/**
 * CSRF defence for REST routes that use the session cookie to change data or hand out records
 * (uploads, exports): refuses requests another site made the browser send. SameSite=Lax still lets
 * a cross-site link open a GET with the cookie, so this checks where the request came from.
 * Requests with a personal API token (Authorization header, never sent by a browser on its own)
 * are exempt. Runs after the global AuthGuard.
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  constructor(@Inject(ENV) private readonly env: Env) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    if (req.apiTokenId) return true;
    const source = { secFetchSite: req.get('sec-fetch-site'), origin: req.get('origin'), host: req.get('host') };
    if (fromOurSite(source, publicUrl(this.env))) return true;
    throw forbidden('This request came from another site, so it was refused. Open the portal and use its buttons and links instead.');
  }
}

/** Only requests from the portal's own pages (or with an API token); see SameOriginGuard. */
export const SameOrigin = () => UseGuards(SameOriginGuard);
