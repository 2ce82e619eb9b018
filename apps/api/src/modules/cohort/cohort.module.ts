import { Module } from '@nestjs/common';
import { CohortDashboardResolver } from './cohort-dashboard.resolver';
import { CohortDashboardService } from './cohort-dashboard.service';
import { CohortResolver } from './cohort.resolver';
import { CohortService } from './cohort.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const COHORT_RESOLVERS = [CohortResolver, CohortDashboardResolver];

/** Cohorts and the instructor's cohort dashboard. */
@Module({
  providers: [CohortService, CohortDashboardService, ...COHORT_RESOLVERS],
})
export class CohortModule {}
