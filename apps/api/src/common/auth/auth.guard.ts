import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission, userCan } from '@ptp/shared';
import type { AuthedRequest, RequestContext } from '../graphql/context';
import { DomainError, forbidden, unauthenticated } from '../graphql/errors';
import { ANY_PERMISSION, IS_PUBLIC, PERMISSIONS } from './decorators';
import { SESSION_ONLY } from './session-only';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { SESSION_COOKIE, SessionService } from './session.service';

/** `Authorization: Bearer <token>`, or null without one. */
function bearerToken(req: AuthedRequest): string | null {
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match ? match[1] : null;
}

/**
 * The one global guard: resolves the session cookie to a user (once per request), or else a
 * personal API token (`Authorization: Bearer ptp_…`, acting as its owner), refuses
 * anonymous callers unless the operation is @Public, and checks @Can permissions against the
 * shared catalogue, for GraphQL operations and REST routes alike. Row-level scope is the
 * ScopeService's job. Applies to top-level operations only (never to field resolvers: see
 * nestjs/graphql#1770).
 */
/** Requests whose session cookie went unused too long (they are told so, not just "sign in"). */
const timedOut = new WeakSet<AuthedRequest>();

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return true;
    const req: AuthedRequest = type === 'graphql' ? GqlExecutionContext.create(context).getContext<RequestContext>().req : context.switchToHttp().getRequest();
    if (req.user === undefined && req.sessionId === undefined) {
      const session = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE] as string | undefined);
      if (session && !session.idle) {
        req.user = session.user;
        req.sessionId = session.sessionId;
      } else {
        if (session?.idle) timedOut.add(req);
        req.sessionId = '';
        const bearer = bearerToken(req);
        if (bearer !== null) {
          const owner = await this.sessions.resolveApiToken(bearer);
          req.user = owner?.user;
          req.apiTokenId = owner?.apiTokenId ?? '';
        }
      }
    }
    // A script that sends a token that no longer works should hear so, even on public operations.
    if (req.apiTokenId === '') {
      throw new DomainError('UNAUTHENTICATED', "This API token does not work: it is unknown, revoked or expired, or its owner's account is deactivated.");
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!req.user && timedOut.has(req)) {
      throw new DomainError('UNAUTHENTICATED', `Your session timed out after ${this.env.SESSION_IDLE_MINUTES} minutes without activity. Please sign in again.`);
    }
    if (!req.user) throw unauthenticated();
    if (req.apiTokenId && this.reflector.getAllAndOverride<boolean>(SESSION_ONLY, targets)) {
      throw forbidden('API tokens cannot do this (create tokens or change passwords): sign in to the portal instead.');
    }
    const required = this.reflector.getAllAndOverride<Permission[]>(PERMISSIONS, targets) ?? [];
    const user = req.user;
    const missing = required.filter((p) => !userCan(user, p));
    if (missing.includes(Permission.REFERENCE_DATA_MANAGE)) {
      throw forbidden('Exams and the competency library are shared by every program: only a system administrator can change them.');
    }
    if (missing.includes(Permission.SYSTEM_ADMIN_GRANT)) throw forbidden('Only a system administrator can grant or revoke system administrator.');
    if (missing.length) throw forbidden(`Your role (${user.role.toLowerCase()}) does not allow this (${missing.join(', ')}).`);
    const anyOf = this.reflector.getAllAndOverride<Permission[]>(ANY_PERMISSION, targets) ?? [];
    if (anyOf.length && !anyOf.some((p) => userCan(user, p))) {
      throw forbidden(`Your role (${user.role.toLowerCase()}) does not allow this (needs one of ${anyOf.join(', ')}).`);
    }
    return true;
  }
}
