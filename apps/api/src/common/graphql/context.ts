import type { Request, Response } from 'express';
import type { User } from '../auth/user.entity';

export interface AuthedRequest extends Request {
  user?: User;
  sessionId?: string;
  /** Set by the guard when the request signed in with an API token ('' when the token was refused). */
  apiTokenId?: string;
}

/** The request id (from the logger) that audit and disclosure rows carry, to tie them to log lines. */
export const requestIdOfHttp = (req: Request): string | null => (req.id == null ? null : String(req.id));

/** What common/ reads of the GraphQL context; the app-level `GqlContext` (src/graphql/context.ts) adds the request's loaders. */
export interface RequestContext {
  req: AuthedRequest;
  res: Response;
}
