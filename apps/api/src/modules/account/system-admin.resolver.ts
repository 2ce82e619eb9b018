import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { SessionOnly } from '../../common/auth/session-only';
import { type GqlContext, requestIdOf } from '../../graphql/context';
import { User } from '../../common/auth/user.entity';
import { SetSystemAdminInput } from './dto/system-admin.input';
import { SystemAdminService } from './system-admin.service';

@Resolver(() => User)
export class SystemAdminResolver {
  constructor(private readonly service: SystemAdminService) {}

  @Mutation(() => User, { description: 'Grants or revokes system administrator (system administrators only; audited with the reason; the last one cannot be revoked).' })
  @Can(Permission.SYSTEM_ADMIN_GRANT)
  @SessionOnly()
  setSystemAdmin(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SetSystemAdminInput) {
    return this.service.set(user, requestIdOf(ctx), input);
  }
}
