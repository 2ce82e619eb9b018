import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { Connection, IdArgs } from '../../common/graphql/connection';
import { GqlContext, requestIdOf } from '../../graphql/context';
import { Program } from '../program/program.entity';
import { User } from '../../common/auth/user.entity';
import { Cohort } from './cohort.entity';
import { CohortService } from './cohort.service';
import { AssignInstructorsInput, CohortsArgs, CreateCohortInput, UpdateCohortInput } from './dto/cohort.input';

const CohortConnection = Connection(Cohort);

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(private readonly service: CohortService) {}

  @Query(() => CohortConnection)
  @Can(Permission.COHORT_READ)
  cohorts(@CurrentUser() user: User, @Args() args: CohortsArgs) {
    return this.service.list(user, args, args.filter ?? {});
  }

  @Query(() => Cohort)
  @Can(Permission.COHORT_READ)
  cohort(@CurrentUser() user: User, @Args() { id }: IdArgs) {
    return this.service.get(user, id);
  }

  @Mutation(() => Cohort)
  @Can(Permission.COHORT_MANAGE)
  createCohort(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: CreateCohortInput) {
    return this.service.create(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Cohort)
  @Can(Permission.COHORT_MANAGE)
  updateCohort(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: UpdateCohortInput) {
    return this.service.update(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Cohort)
  @Can(Permission.INSTRUCTOR_ASSIGN)
  assignInstructors(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: AssignInstructorsInput) {
    return this.service.assignInstructors(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => Program)
  async program(@Parent() cohort: Cohort, @Context() ctx: GqlContext) {
    return ctx.loaders.program.load(cohort.programId);
  }

  @ResolveField(() => [User])
  instructors(@Parent() cohort: Cohort, @Context() ctx: GqlContext) {
    return ctx.loaders.instructorsByCohort.load(cohort.id);
  }

  @ResolveField(() => Int, { description: 'Students enrolled right now (on leave counts as enrolled).' })
  async activeCount(@Parent() cohort: Cohort, @Context() ctx: GqlContext) {
    return (await ctx.loaders.cohortCounts.load(cohort.id)).activeCount;
  }

  @ResolveField(() => Int, { description: 'Every enrollment the cohort has had.' })
  async enrollmentCount(@Parent() cohort: Cohort, @Context() ctx: GqlContext) {
    return (await ctx.loaders.cohortCounts.load(cohort.id)).enrollmentCount;
  }
}
