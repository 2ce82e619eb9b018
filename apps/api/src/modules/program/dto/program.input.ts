import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '../../../common/graphql/connection';
import { IsDecimal, IsOmittable } from '../../../common/graphql/validators';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, Validate,
  ValidateNested, ValidatorConstraint, ValidatorConstraintInterface,
} from 'class-validator';
import { ExpiredCompliancePolicy, HourComponent, isValidTimeZone, LIMITS, PracticeSetting, ProgramLevel } from '@ptp/shared';

@ValidatorConstraint({ name: 'timeZone' })
class TimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return typeof value === 'string' && isValidTimeZone(value);
  }
  defaultMessage() {
    return 'timeZone must be an IANA time zone such as America/Chicago';
  }
}

@InputType()
export class HourRequirementInput {
  @Field(() => HourComponent)
  @IsEnum(HourComponent)
  component: HourComponent;

  @Field(() => PracticeSetting, { nullable: true })
  @IsOptional()
  @IsEnum(PracticeSetting)
  setting?: PracticeSetting | null;

  @Field(() => Float)
  @IsDecimal(2)
  @Min(0.25, { message: 'minHours must be more than 0' })
  @Max(5000)
  minHours: number;
}

@InputType()
export class CreateProgramInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(LIMITS.nameMax)
  name: string;

  @Field(() => ProgramLevel)
  @IsEnum(ProgramLevel, { message: 'level must be ENTRY or ADVANCED' })
  level: ProgramLevel;

  @Field()
  @Validate(TimeZoneConstraint)
  timeZone: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  accreditors?: string[];

  @Field(() => [HourRequirementInput], { nullable: true, description: 'Defaults to the ASHP minimums of the level.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => HourRequirementInput)
  requirements?: HourRequirementInput[];
}

@InputType()
export class UpdateProgramInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a program id' })
  id: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @Validate(TimeZoneConstraint)
  timeZone?: string;

  @Field(() => [String], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  accreditors?: string[];

  @Field(() => ExpiredCompliancePolicy, { nullable: true })
  @IsOmittable()
  @IsEnum(ExpiredCompliancePolicy, { message: 'expiredCompliancePolicy must be BLOCK or FLAG' })
  expiredCompliancePolicy?: ExpiredCompliancePolicy;

  @Field({ nullable: true, description: 'Outcome reports count only verified employment as placement.' })
  @IsOptional()
  @IsBoolean({ message: 'countOnlyVerifiedEmployment must be true or false' })
  countOnlyVerifiedEmployment?: boolean;

  @Field(() => [HourRequirementInput], { nullable: true, description: 'Replaces all requirements when given.' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => HourRequirementInput)
  requirements?: HourRequirementInput[];
}

@InputType()
export class ProgramFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ProgramsArgs extends PageArgs {
  @Field(() => ProgramFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramFilter)
  filter?: ProgramFilter;
}

/** A program's outcome benchmarks, each a fraction from 0 to 1 (70% = 0.7). */
@InputType()
export class ProgramBenchmarksInput {
  @Field(() => Float) @IsNumber({}, { message: 'abhesRetention must be a number' }) @Min(0, { message: 'abhesRetention must be between 0 and 1' }) @Max(1, { message: 'abhesRetention must be between 0 and 1' }) abhesRetention: number;
  @Field(() => Float) @IsNumber({}, { message: 'abhesPlacement must be a number' }) @Min(0, { message: 'abhesPlacement must be between 0 and 1' }) @Max(1, { message: 'abhesPlacement must be between 0 and 1' }) abhesPlacement: number;
  @Field(() => Float) @IsNumber({}, { message: 'coeCompletion must be a number' }) @Min(0, { message: 'coeCompletion must be between 0 and 1' }) @Max(1, { message: 'coeCompletion must be between 0 and 1' }) coeCompletion: number;
  @Field(() => Float) @IsNumber({}, { message: 'coePlacement must be a number' }) @Min(0, { message: 'coePlacement must be between 0 and 1' }) @Max(1, { message: 'coePlacement must be between 0 and 1' }) coePlacement: number;
  @Field(() => Float) @IsNumber({}, { message: 'coeLicensure must be a number' }) @Min(0, { message: 'coeLicensure must be between 0 and 1' }) @Max(1, { message: 'coeLicensure must be between 0 and 1' }) coeLicensure: number;
  @Field(() => Float) @IsNumber({}, { message: 'examPass must be a number' }) @Min(0, { message: 'examPass must be between 0 and 1' }) @Max(1, { message: 'examPass must be between 0 and 1' }) examPass: number;
}
