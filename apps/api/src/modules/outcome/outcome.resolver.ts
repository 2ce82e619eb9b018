import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { GqlContext, requestIdOf } from '../../graphql/context';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';
import { AddEmploymentRecordInput, AddOutcomeMarkerInput } from './outcome.input';
import { EmploymentRecord, OutcomeMarker } from './outcome.entity';
import { OutcomeService } from './outcome.service';

@Resolver(() => Enrollment)
export class OutcomeResolver {
  constructor(private readonly service: OutcomeService) {}

  @Mutation(() => EmploymentRecord)
  @Can(Permission.OUTCOME_RECORD)
  addEmploymentRecord(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: AddEmploymentRecordInput) {
    return this.service.addEmployment(user, requestIdOf(ctx), input);
  }

  @Mutation(() => OutcomeMarker)
  @Can(Permission.OUTCOME_RECORD)
  addOutcomeMarker(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: AddOutcomeMarkerInput) {
    return this.service.addMarker(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => [EmploymentRecord])
  employmentRecords(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    return ctx.loaders.employmentByEnrollment.load(e.id);
  }

  @ResolveField(() => [OutcomeMarker])
  outcomeMarkers(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    return ctx.loaders.outcomeMarkersByEnrollment.load(e.id);
  }
}
