import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { SessionOnly } from '../../common/auth/session-only';
import { type GqlContext, requestIdOf } from '../../graphql/context';
import { User } from '../../common/auth/user.entity';
import { ApiToken } from './account.entity';
import { ApiTokenService, tokenStatus } from './api-token.service';
import { ApiTokenIdArgs, ApiTokenStatus, CreateApiTokenInput, CreatedApiToken } from './dto/api-token.input';

/** Personal API tokens: GraphQL in, ApiTokenService out. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => [ApiToken], { description: "The caller's own API tokens, newest first (revoked and expired ones included)." })
  @Can(Permission.API_TOKEN_MANAGE)
  apiTokens(@CurrentUser() user: User) {
    return this.tokens.list(user);
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates a personal API token acting as you, with your access. Not allowed with an API token.' })
  @Can(Permission.API_TOKEN_MANAGE)
  @SessionOnly()
  createApiToken(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: CreateApiTokenInput) {
    return this.tokens.create(user, requestIdOf(ctx), input);
  }

  @Mutation(() => ApiToken, { description: 'Revokes one of your API tokens: it stops working at once.' })
  @Can(Permission.API_TOKEN_MANAGE)
  revokeApiToken(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args() { id }: ApiTokenIdArgs) {
    return this.tokens.revoke(user, requestIdOf(ctx), id);
  }

  @ResolveField(() => ApiTokenStatus)
  status(@Parent() token: ApiToken): ApiTokenStatus {
    return tokenStatus(token);
  }
}
