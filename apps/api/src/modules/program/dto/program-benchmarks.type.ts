import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { ProgramBenchmarks } from '@ptp/shared';

/*
 * Kept out of program.entity.ts on purpose: entity files are also loaded by the test global setup
 * (another Jest module registry), and a non-entity GraphQL type defined there is registered twice.
 */

/** A program's outcome benchmarks (fractions 0..1), shown beside each rate in reports. */
@ObjectType('ProgramBenchmarks', { description: 'Benchmarks shown beside report rates, as fractions from 0 to 1.' })
export class ProgramBenchmarksType implements ProgramBenchmarks {
  @Field(() => Float) abhesRetention: number;
  @Field(() => Float) abhesPlacement: number;
  @Field(() => Float) coeCompletion: number;
  @Field(() => Float) coePlacement: number;
  @Field(() => Float) coeLicensure: number;
  @Field(() => Float, { description: 'Credentialing exam pass rates (first-attempt and eventual).' }) examPass: number;
}
