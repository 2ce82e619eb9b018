import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { PageArgs } from '../../../common/graphql/connection';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, ValidateNested, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@ptp/shared';
import { IsIsoDate, IsOmittable } from '../../../common/graphql/validators';

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programId must be a program id' })
  programId: string;

  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'code may use letters, digits, dot, dash and underscore' })
  @MaxLength(LIMITS.codeMax)
  code: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(LIMITS.nameMax)
  name: string;

  @Field() @IsIsoDate() startDate: string;
  @Field() @IsIsoDate() expectedEndDate: string;
  @Field() @IsIsoDate() externshipStartDate: string;
  @Field() @IsIsoDate() externshipEndDate: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'instructorIds must be user ids' })
  instructorIds?: string[];
}

@InputType()
export class UpdateCohortInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a cohort id' })
  id: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'code may use letters, digits, dot, dash and underscore' })
  @MaxLength(LIMITS.codeMax)
  code?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field({ nullable: true }) @IsOmittable() @IsIsoDate() startDate?: string;
  @Field({ nullable: true }) @IsOmittable() @IsIsoDate() expectedEndDate?: string;
  @Field({ nullable: true }) @IsOmittable() @IsIsoDate() externshipStartDate?: string;
  @Field({ nullable: true }) @IsOmittable() @IsIsoDate() externshipEndDate?: string;
}

@InputType()
export class AssignInstructorsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'instructorIds must be user ids' })
  instructorIds: string[];
}

@InputType()
export class CohortFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class CohortsArgs extends PageArgs {
  @Field(() => CohortFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortFilter)
  filter?: CohortFilter;
}
