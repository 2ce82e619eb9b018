import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission, userCan } from '@ptp/shared';
import type { User } from './user.entity';
import { forbidden } from '../graphql/errors';
import type { AuthedRequest, RequestContext } from '../graphql/context';

export const IS_PUBLIC = 'ptp:public';
export const PERMISSIONS = 'ptp:permissions';
export const ANY_PERMISSION = 'ptp:any-permission';

/** Reachable without signing in (login, me). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller's role must grant every one of these permissions (libs/shared catalogue). */
export const Can = (...permissions: Permission[]) => SetMetadata(PERMISSIONS, permissions);

/** The caller's role must grant at least one of these (e.g. log one's own hours, or log them for a student). */
export const CanAny = (...permissions: Permission[]) => SetMetadata(ANY_PERMISSION, permissions);

/** The signed-in user (the guard guarantees one on non-public operations). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  if (context.getType<string>() === 'http') return context.switchToHttp().getRequest<AuthedRequest>().user;
  return GqlExecutionContext.create(context).getContext<RequestContext>().req.user;
});

/**
 * The same check as `@Can` inside a field resolver (the guard runs per operation, not per field):
 * answers the user, or FORBIDDEN with the message.
 */
export function assertCan(user: User | undefined, permission: Permission, message: string): User {
  if (!user || !userCan(user, permission)) throw forbidden(message);
  return user;
}
