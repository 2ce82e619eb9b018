import { ArgsType, Args, Context, Field, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { Connection, PageArgs } from '../../common/graphql/connection';
import type { GqlContext } from '../../graphql/context';
import { User } from '../../common/auth/user.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';

const AuditEventConnection = Connection(AuditEvent);

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only events about this record.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: "The audit trail of the caller's programs, newest first." })
  @Can(Permission.AUDIT_READ)
  auditEvents(@CurrentUser() user: User, @Args() args: AuditArgs) {
    return this.audit.list(user, args, args.entityId);
  }

  @ResolveField(() => User, { nullable: true })
  actor(@Parent() ev: AuditEvent, @Context() ctx: GqlContext) {
    return ev.actorId ? ctx.loaders.user.load(ev.actorId) : null;
  }
}
