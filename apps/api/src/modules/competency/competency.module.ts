import { Module } from '@nestjs/common';
import { CompetencyResolver, CompetencySignoffResolver, EnrollmentCompetenciesResolver, ProgramCompetenciesResolver } from './competency.resolver';
import { CompetencyService } from './competency.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const COMPETENCY_RESOLVERS = [CompetencyResolver, CompetencySignoffResolver, ProgramCompetenciesResolver, EnrollmentCompetenciesResolver];

/** The competency library, a program's adopted competencies and sign-offs. */
@Module({
  providers: [CompetencyService, ...COMPETENCY_RESOLVERS],
})
export class CompetencyModule {}
