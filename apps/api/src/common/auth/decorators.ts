import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import type { AuthedRequest, GqlContext } from '../graphql/context';

export const IS_PUBLIC = 'ptp:public';
export const PERMISSIONS = 'ptp:permissions';

/** Reachable without signing in (login, me). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller's role must grant every one of these permissions (libs/shared catalogue). */
export const Can = (...permissions: Permission[]) => SetMetadata(PERMISSIONS, permissions);

/** The signed-in user (the guard guarantees one on non-public operations). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  if (context.getType<string>() === 'http') return context.switchToHttp().getRequest<AuthedRequest>().user;
  return GqlExecutionContext.create(context).getContext<GqlContext>().req.user;
});
