import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ComplianceReviewStatus, LIMITS, ValidityKind } from '@ptp/shared';
import { PageArgs } from '../../../common/graphql/connection';
import { IsIsoDate } from '../../../common/graphql/validators';

export enum ComplianceDecision {
  VERIFY = 'VERIFY',
  REJECT = 'REJECT',
  WAIVE = 'WAIVE',
}
registerEnumType(ComplianceDecision, { name: 'ComplianceDecision' });

@InputType()
export class SaveComplianceItemInput {
  @Field(() => ID, { nullable: true, description: 'Omit to add an item.' }) @IsOptional() @IsUUID('all') id?: string;
  @Field(() => ID) @IsUUID('all', { message: 'programId must be a program id' }) programId: string;
  @Field() @IsString() @Matches(/^[A-Z0-9_]{2,40}$/, { message: 'code may use capital letters, digits and underscores' }) code: string;
  @Field() @IsString() @MinLength(3) @MaxLength(120) name: string;
  @Field(() => ValidityKind) @IsEnum(ValidityKind) validity: ValidityKind;
  @Field(() => Int, { nullable: true, description: 'Required for MONTHS.' }) @IsOptional() @IsInt() @Min(1) @Max(240) validityMonths?: number;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean = true;
}

@InputType()
export class SubmitComplianceRecordInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field(() => ID) @IsUUID('all', { message: 'itemId must be a compliance item id' }) itemId: string;
  @Field({ description: 'ISO date the item was completed.' }) @IsIsoDate() completedOn: string;
  @Field({ nullable: true, description: "ISO expiry date; defaults from the item's validity rule." }) @IsOptional() @IsIsoDate() expiresOn?: string;
  @Field(() => ID, { nullable: true, description: 'An uploaded document (POST /api/documents).' }) @IsOptional() @IsUUID('all', { message: 'documentId must be a document id' }) documentId?: string;
}

@InputType()
export class ReviewComplianceRecordInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a compliance record id' }) id: string;
  @Field(() => ComplianceDecision) @IsEnum(ComplianceDecision) decision: ComplianceDecision;
  @Field({ nullable: true, description: 'Required to reject or waive.' }) @IsOptional() @IsString() @MaxLength(LIMITS.noteMax) reason?: string;
}

@InputType()
export class ComplianceRecordFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') enrollmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') cohortId?: string;
  @Field(() => [ComplianceReviewStatus], { nullable: true }) @IsOptional() @IsArray() @IsEnum(ComplianceReviewStatus, { each: true }) statuses?: ComplianceReviewStatus[];
}

@ArgsType()
export class ComplianceRecordsArgs extends PageArgs {
  @Field(() => ComplianceRecordFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ComplianceRecordFilter) filter?: ComplianceRecordFilter;
}
