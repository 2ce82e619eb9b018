import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { EnrollmentStatus, LIMITS, OVERRIDE_REASON_MIN, ReasonCode } from '@ptp/shared';
import { PageArgs, SortDirection } from '../../../common/graphql/connection';
import { IsEmailAddress, IsIsoDate, IsOmittable } from '../../../common/graphql/validators';

export enum EnrollmentSortField {
  NAME = 'NAME',
  STUDENT_NUMBER = 'STUDENT_NUMBER',
  STATUS = 'STATUS',
  ENROLLED_ON = 'ENROLLED_ON',
}
registerEnumType(EnrollmentSortField, { name: 'EnrollmentSortField' });

const PHONE = /^[0-9+().\-\s]{7,40}$/;

@InputType()
export class EnrollStudentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId: string;

  @Field({ description: 'ISO date the student starts.' })
  @IsIsoDate()
  enrolledOn: string;

  @Field(() => ID, { nullable: true, description: 'An existing student of the program; otherwise give the new student’s details.' })
  @IsOptional()
  @IsUUID('all', { message: 'studentId must be a student id' })
  studentId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'firstName must not be empty' })
  @MaxLength(LIMITS.nameMax)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'lastName must not be empty' })
  @MaxLength(LIMITS.nameMax)
  lastName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmailAddress()
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,40}$/, { message: 'studentNumber may use letters, digits and dashes (up to 40)' })
  studentNumber?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, + ( ) . -)' })
  phone?: string;
}

@InputType()
export class UpdateStudentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a student id' })
  id: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(1, { message: 'firstName must not be empty' })
  @MaxLength(LIMITS.nameMax)
  firstName?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(1, { message: 'lastName must not be empty' })
  @MaxLength(LIMITS.nameMax)
  lastName?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsEmailAddress()
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, + ( ) . -)' })
  phone?: string;
}

@InputType()
export class RecordStatusChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;

  @Field(() => EnrollmentStatus)
  @IsEnum(EnrollmentStatus, { message: 'status must be an enrollment status' })
  status: EnrollmentStatus;

  @Field({ description: 'ISO date the change takes effect.' })
  @IsIsoDate()
  effectiveOn: string;

  @Field(() => ReasonCode)
  @IsEnum(ReasonCode, { message: 'reasonCode must be a reason code' })
  reasonCode: ReasonCode;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.noteMax)
  note?: string;

  @Field({ nullable: true, description: 'Graduation only: why the student graduates although requirements are unmet (needs GRADUATION_OVERRIDE).' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.noteMax)
  overrideReason?: string;
}

@InputType({ description: 'Void a wrong status event (kept in history), optionally recording the right status in its place.' })
export class CorrectStatusEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be a status event id' })
  eventId: string;

  @Field({ description: `Why the event is wrong (at least ${OVERRIDE_REASON_MIN} characters).` })
  @IsString()
  @MaxLength(LIMITS.noteMax)
  reason: string;

  @Field(() => EnrollmentStatus, { nullable: true, description: 'The status that should have been recorded; omit to only void the event.' })
  @IsOptional()
  @IsEnum(EnrollmentStatus, { message: 'correctedStatus must be an enrollment status' })
  correctedStatus?: EnrollmentStatus;

  @Field(() => ReasonCode, { nullable: true, description: 'Reason code of the corrected status (required with correctedStatus).' })
  @IsOptional()
  @IsEnum(ReasonCode, { message: 'correctedReasonCode must be a reason code' })
  correctedReasonCode?: ReasonCode;
}

@InputType()
export class StudentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class EnrollmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'studentId must be a student id' })
  studentId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => [EnrollmentStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @IsEnum(EnrollmentStatus, { each: true, message: 'statuses must be enrollment statuses' })
  statuses?: EnrollmentStatus[];
}

@InputType()
export class EnrollmentOrder {
  @Field(() => EnrollmentSortField)
  @IsEnum(EnrollmentSortField)
  field: EnrollmentSortField;

  @Field(() => SortDirection)
  @IsEnum(SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class StudentsArgs extends PageArgs {
  @Field(() => StudentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StudentFilter)
  filter?: StudentFilter;
}

@ArgsType()
export class EnrollmentsArgs extends PageArgs {
  @Field(() => EnrollmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnrollmentFilter)
  filter?: EnrollmentFilter;

  @Field(() => EnrollmentOrder, { nullable: true, description: 'Default: by name, A to Z.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnrollmentOrder)
  orderBy?: EnrollmentOrder;
}
