import { ArgsType, Args, Context, Field, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { Connection, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import type { GqlContext } from '../../common/graphql/context';
import { ScopeService } from '../../common/scope/scope.service';
import { User } from '../user/user.entity';
import { AuditEvent } from './audit-event.entity';

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
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
  ) {}

  @Query(() => AuditEventConnection, { description: "The audit trail of the caller's programs, newest first." })
  @Can(Permission.AUDIT_READ)
  auditEvents(@CurrentUser() user: User, @Args() args: AuditArgs) {
    // Audit rows carry their program id: scoped like any program-owned row.
    const scope = this.scope.condition(user, 'enrollment', 'a', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (args.entityId) {
      params.push(args.entityId);
      where.push(`a.entity_id = $${params.length}`);
    }
    return paginate(this.ds, AuditEvent, { alias: 'a', from: 'audit_events a', where, params, sortExpr: `to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, direction: SortDirection.DESC }, args);
  }

  @ResolveField(() => User, { nullable: true })
  actor(@Parent() ev: AuditEvent, @Context() ctx: GqlContext) {
    return ev.actorId ? ctx.loaders.user.load(ev.actorId) : null;
  }
}
