import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LIMITS, PracticeSetting } from '@ptp/shared';
import { PageArgs } from '../../../common/graphql/connection';
import { IsDecimal, IsIsoDate, IsOmittable } from '../../../common/graphql/validators';

@InputType()
export class CreateSiteInput {
  @Field(() => ID) @IsUUID('all', { message: 'programId must be a program id' }) programId: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(LIMITS.nameMax)
  name: string;

  @Field()
  @IsString()
  @MinLength(5, { message: 'address must be at least 5 characters' })
  @MaxLength(300)
  address: string;

  @Field(() => PracticeSetting) @IsEnum(PracticeSetting, { message: 'setting must be a practice setting' }) setting: PracticeSetting;

  @Field(() => Int)
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(500)
  capacity: number;

  @Field() @IsIsoDate() agreementStartDate: string;
  @Field() @IsIsoDate() agreementEndDate: string;
}

@InputType()
export class UpdateSiteInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a site id' }) id: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(5, { message: 'address must be at least 5 characters' })
  @MaxLength(300)
  address?: string;

  @Field(() => PracticeSetting, { nullable: true }) @IsOmittable() @IsEnum(PracticeSetting) setting?: PracticeSetting;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(500)
  capacity?: number;

  @Field({ nullable: true }) @IsOmittable() @IsIsoDate() agreementStartDate?: string;
  @Field({ nullable: true }) @IsOmittable() @IsIsoDate() agreementEndDate?: string;
}

@InputType()
export class AddPreceptorInput {
  @Field(() => ID) @IsUUID('all', { message: 'siteId must be a site id' }) siteId: string;
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId: string;

  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9.-]{3,40}$/, { message: 'licenseNumber may use letters, digits, dot and dash (3 to 40)' })
  licenseNumber: string;

  @Field() @IsIsoDate() licenseExpiresOn: string;
}

@InputType()
export class CreatePlacementInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field(() => ID) @IsUUID('all', { message: 'siteId must be a site id' }) siteId: string;
  @Field(() => ID) @IsUUID('all', { message: 'preceptorId must be a preceptor id' }) preceptorId: string;
  @Field() @IsIsoDate() startDate: string;
  @Field() @IsIsoDate() endDate: string;

  @Field(() => Float)
  @IsDecimal(2, { message: 'plannedHours must be a number of hours with at most 2 decimals' })
  @Min(1, { message: 'plannedHours must be at least 1' })
  @Max(2000)
  plannedHours: number;
}

@InputType()
export class SiteFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'programId must be a program id' }) programId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'siteId must be a site id' }) siteId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId?: string;
}

@ArgsType()
export class SitesArgs extends PageArgs {
  @Field(() => SiteFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SiteFilter) filter?: SiteFilter;
}

@ArgsType()
export class PlacementsArgs extends PageArgs {
  @Field(() => PlacementFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PlacementFilter) filter?: PlacementFilter;
}
