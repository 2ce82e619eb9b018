import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { EmploymentRelation, LIMITS, OutcomeMarkerKind, UnavailabilityReason } from '@ptp/shared';
import { IsIsoDate } from '../../common/graphql/validators';

@InputType()
export class AddEmploymentRecordInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field() @IsString() @MinLength(2, { message: 'employer must be at least 2 characters' }) @MaxLength(120) employer: string;
  @Field() @IsString() @MinLength(2, { message: 'jobTitle must be at least 2 characters' }) @MaxLength(120) jobTitle: string;
  @Field(() => EmploymentRelation) @IsEnum(EmploymentRelation, { message: 'relation must be IN_FIELD, RELATED or UNRELATED' }) relation: EmploymentRelation;
  @Field() @IsIsoDate() startDate: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() verifiedOn?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) verificationSource?: string;
}

@InputType()
export class AddOutcomeMarkerInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field(() => OutcomeMarkerKind) @IsEnum(OutcomeMarkerKind) kind: OutcomeMarkerKind;
  @Field(() => UnavailabilityReason, { nullable: true, description: 'Required for UNAVAILABLE, and only then.' })
  @IsOptional()
  @IsEnum(UnavailabilityReason, { message: 'unavailabilityReason must be one of the documented reasons' })
  unavailabilityReason?: UnavailabilityReason;
  @Field() @IsIsoDate() documentedOn: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.noteMax) note?: string;
}
