import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { Connection, IdArgs } from '../../common/graphql/connection';
import { GqlContext, requestIdOf } from '../../common/graphql/context';
import type { User } from '../user/user.entity';
import { CreateProgramInput, ProgramsArgs, UpdateProgramInput } from './dto/program.input';
import { Program, ProgramRequirement } from './program.entity';
import { ProgramService } from './program.service';

const ProgramConnection = Connection(Program);

@Resolver(() => Program)
export class ProgramResolver {
  constructor(private readonly service: ProgramService) {}

  @Query(() => ProgramConnection)
  @Can(Permission.PROGRAM_READ)
  programs(@CurrentUser() user: User, @Args() args: ProgramsArgs) {
    return this.service.list(user, args, args.filter);
  }

  @Query(() => Program)
  @Can(Permission.PROGRAM_READ)
  program(@CurrentUser() user: User, @Args() { id }: IdArgs) {
    return this.service.get(user, id);
  }

  @Mutation(() => Program)
  @Can(Permission.PROGRAM_MANAGE)
  createProgram(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: CreateProgramInput) {
    return this.service.create(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Program)
  @Can(Permission.PROGRAM_MANAGE)
  updateProgram(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: UpdateProgramInput) {
    return this.service.update(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => [ProgramRequirement])
  requirements(@Parent() program: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.requirementsByProgram.load(program.id);
  }
}
