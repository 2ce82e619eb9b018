import { Module } from '@nestjs/common';
import { ProgramResolver } from './program.resolver';
import { ProgramService } from './program.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const PROGRAM_RESOLVERS = [ProgramResolver];

/** Programs, their requirements and settings. */
@Module({
  providers: [ProgramService, ...PROGRAM_RESOLVERS],
})
export class ProgramModule {}
