import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ashpRequirementWarnings, Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { Connection, IdArgs } from '../../common/graphql/connection';
import { GqlContext, requestIdOf } from '../../graphql/context';
import type { User } from '../../common/auth/user.entity';
import { ProgramBenchmarksType } from './dto/program-benchmarks.type';
import { CreateProgramInput, ProgramBenchmarksInput, ProgramsArgs, UpdateProgramInput } from './dto/program.input';
import { Program, ProgramRequirement } from './program.entity';
import { ProgramService } from './program.service';

const ProgramConnection = Connection(Program);

@Resolver(() => Program)
export class ProgramResolver {
  constructor(private readonly service: ProgramService) {}

  @Query(() => ProgramConnection)
  @Can(Permission.PROGRAM_READ)
  programs(@CurrentUser() user: User, @Args() args: ProgramsArgs) {
    return this.service.list(user, args, args.filter ?? {});
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

  @Mutation(() => Program, { description: "Sets the benchmarks shown beside the program's report rates (fractions 0..1); audited." })
  @Can(Permission.BENCHMARK_MANAGE)
  updateProgramBenchmarks(
    @CurrentUser() user: User,
    @Context() ctx: GqlContext,
    @Args('programId', { type: () => ID }) programId: string,
    @Args('input') input: ProgramBenchmarksInput,
  ) {
    return this.service.updateBenchmarks(user, requestIdOf(ctx), programId, input);
  }

  @ResolveField(() => ProgramBenchmarksType)
  benchmarks(@Parent() program: Program) {
    return program.benchmarks;
  }

  @ResolveField(() => [ProgramRequirement])
  requirements(@Parent() program: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.requirementsByProgram.load(program.id);
  }

  @ResolveField(() => [String], {
    description: 'One line per way the requirements fall below the ASHP/ACPE minimums of the level, when the program declares ASHP accreditation; saving is still allowed.',
  })
  async requirementWarnings(@Parent() program: Program, @Context() ctx: GqlContext) {
    const requirements = await ctx.loaders.requirementsByProgram.load(program.id);
    return ashpRequirementWarnings({ ...program, requirements });
  }
}
