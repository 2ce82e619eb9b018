import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CredentialKind, ExamResult } from '@ptp/shared';
import { IsIsoDate } from '../../../common/graphql/validators';

@InputType()
export class RecordExamAttemptInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field(() => ID) @IsUUID('all', { message: 'examId must be an exam id' }) examId: string;
  @Field({ description: 'ISO date of the sitting (scheduled or taken).' }) @IsIsoDate() takenOn: string;
  @Field(() => ExamResult, { nullable: true, description: 'Omit with a score to derive PASSED/FAILED from the pass mark.' })
  @IsOptional()
  @IsEnum(ExamResult)
  result?: ExamResult;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'scaledScore must be a whole number' }) scaledScore?: number;
}

@InputType()
export class RecordExamResultInput {
  @Field(() => ID) @IsUUID('all', { message: 'attemptId must be an exam attempt id' }) attemptId: string;
  @Field(() => ExamResult, { nullable: true }) @IsOptional() @IsEnum(ExamResult) result?: ExamResult;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'scaledScore must be a whole number' }) scaledScore?: number;
}

@InputType()
export class ExamInput {
  @Field(() => ID, { nullable: true, description: 'Omit to add a new exam.' }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @IsString() @Matches(/^[A-Za-z0-9-]{2,20}$/, { message: 'code may use letters, digits and dashes (2 to 20)' }) code: string;
  @Field() @IsString() @MinLength(3) @MaxLength(120) name: string;
  @Field() @IsString() @MinLength(2) @MaxLength(60) body: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) minScore?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) maxScore?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) passScore?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(20) maxAttempts?: number;
  @Field(() => [Int]) @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(0, { each: true }) @Max(3650, { each: true }) retakeWaitDays: number[];
  @Field(() => CredentialKind, { nullable: true }) @IsOptional() @IsEnum(CredentialKind) requiresCredential?: CredentialKind;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean = true;
}

@InputType()
export class AddCredentialInput {
  @Field(() => ID) @IsUUID('all', { message: 'studentId must be a student id' }) studentId: string;
  @Field(() => CredentialKind) @IsEnum(CredentialKind) kind: CredentialKind;
  @Field() @IsString() @Matches(/^[A-Za-z0-9.-]{3,40}$/, { message: 'number may use letters, digits, dot and dash (3 to 40)' }) number: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'state must be a two-letter state code such as TX' }) state?: string;
  @Field() @IsIsoDate() issuedOn: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() expiresOn?: string;
}
