import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { assertCan } from '../../common/auth/decorators';
import { GqlContext, programToday } from '../../graphql/context';
import { FIELD_COST } from '../../common/graphql/limits';
import { Cohort } from './cohort.entity';
import { CohortDashboardService } from './cohort-dashboard.service';
import { CohortDashboard } from './dto/cohort-dashboard.types';

export { CohortDashboard, ExpiringItem, RetakeEligible } from './dto/cohort-dashboard.types';

@Resolver(() => Cohort)
export class CohortDashboardResolver {
  constructor(private readonly service: CohortDashboardService) {}

  @ResolveField(() => CohortDashboard, { complexity: FIELD_COST.dashboard })
  async dashboard(
    @Parent() cohort: Cohort,
    @Context() ctx: GqlContext,
    @Args('withinDays', { type: () => Int, defaultValue: 30 }) withinDays: number,
  ): Promise<CohortDashboard> {
    assertCan(ctx.req.user, Permission.COHORT_DASHBOARD_VIEW, 'The cohort dashboard is for instructors and program directors.');
    return this.service.dashboard(cohort, await programToday(ctx, cohort.programId), withinDays);
  }
}
