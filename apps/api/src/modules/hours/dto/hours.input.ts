import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsOmittable } from '../../../common/graphql/validators';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { HourComponent, HourEntryStatus, LIMITS } from '@ptp/shared';
import { PageArgs, SortDirection } from '../../../common/graphql/connection';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  NEEDS_INFO = 'NEEDS_INFO',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

const NOTE = { message: 'activityNote: describe what you did (at least 3 characters)' };

@InputType()
export class LogHoursInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field(() => HourComponent) @IsEnum(HourComponent, { message: 'component must be DIDACTIC, SIMULATED or EXPERIENTIAL' }) component: HourComponent;
  @Field(() => ID, { nullable: true, description: 'Required for EXPERIENTIAL hours.' })
  @IsOptional()
  @IsUUID('all', { message: 'placementId must be a placement id' })
  placementId?: string;
  @Field() @Type(() => Date) @IsDate({ message: 'startedAt must be a date and time' }) startedAt: Date;
  @Field() @Type(() => Date) @IsDate({ message: 'endedAt must be a date and time' }) endedAt: Date;
  @Field() @IsString() @MinLength(3, NOTE) @MaxLength(LIMITS.noteMax) activityNote: string;
}

@InputType()
export class UpdateHourEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an hour entry id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => HourComponent, { nullable: true }) @IsOmittable() @IsEnum(HourComponent) component?: HourComponent;
  @Field(() => ID, { nullable: true }) @IsOmittable() @IsUUID('all', { message: 'placementId must be a placement id' }) placementId?: string;
  @Field({ nullable: true }) @IsOmittable() @Type(() => Date) @IsDate({ message: 'startedAt must be a date and time' }) startedAt?: Date;
  @Field({ nullable: true }) @IsOmittable() @Type(() => Date) @IsDate({ message: 'endedAt must be a date and time' }) endedAt?: Date;
  @Field({ nullable: true }) @IsOmittable() @IsString() @MinLength(3, NOTE) @MaxLength(LIMITS.noteMax) activityNote?: string;
  @Field({ nullable: true, description: 'Required when the times of a clocked entry move away from the clocked times.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.noteMax)
  editReason?: string;
}

@InputType()
export class ClockInInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field(() => ID) @IsUUID('all', { message: 'placementId must be a placement id' }) placementId: string;
}

@InputType()
export class ClockOutInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field() @IsString() @MinLength(3, NOTE) @MaxLength(LIMITS.noteMax) activityNote: string;
}

@InputType()
export class ReviewHourEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an hour entry id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => ReviewDecision) @IsEnum(ReviewDecision) decision: ReviewDecision;
  @Field({ nullable: true, description: 'Required when asking for information or rejecting.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.noteMax)
  comment?: string;
}

@InputType()
export class HourEntryRef {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an hour entry id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class ApproveHourEntriesInput {
  @Field(() => [HourEntryRef])
  @IsArray()
  @ArrayMinSize(1, { message: 'entries: choose at least one entry' })
  @ArrayMaxSize(200, { message: 'entries: approve at most 200 entries at once' })
  @ValidateNested({ each: true })
  @Type(() => HourEntryRef)
  entries: HourEntryRef[];
}

@InputType()
export class ReopenHourEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an hour entry id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @IsString() @MinLength(3, { message: 'reason: say why the entry is reopened' }) @MaxLength(LIMITS.noteMax) reason: string;
}

@InputType()
export class HourEntryFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'siteId must be a site id' }) siteId?: string;
  @Field(() => [HourEntryStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(HourEntryStatus, { each: true, message: 'statuses must be hour entry statuses' })
  statuses?: HourEntryStatus[];
}

@ArgsType()
export class HourEntriesArgs extends PageArgs {
  @Field(() => HourEntryFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => HourEntryFilter) filter?: HourEntryFilter;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'By start time; the review queue uses ASC (oldest first).' })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.DESC;
}
