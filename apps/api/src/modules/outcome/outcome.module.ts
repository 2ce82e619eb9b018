import { Module } from '@nestjs/common';
import { OutcomeResolver } from './outcome.resolver';
import { OutcomeService } from './outcome.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const OUTCOME_RESOLVERS = [OutcomeResolver];

/** Employment outcomes and documented unavailability. */
@Module({
  providers: [OutcomeService, ...OUTCOME_RESOLVERS],
})
export class OutcomeModule {}
