import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EvaluationKind, LIMITS } from '@ptp/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class EvaluationAnswerInput {
  @Field(() => ID) @IsUUID('all', { message: 'itemId must be an item id of the form' }) itemId: string;
  @Field(() => Int, { nullable: true, description: 'Leave out on a draft to answer later.' }) @IsOptional() @IsInt() @Min(0) @Max(5) rating?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.noteMax) comment?: string | null;
}

@InputType()
export class SaveEvaluationInput {
  @Field(() => ID) @IsUUID('all', { message: 'placementId must be a placement id' }) placementId: string;
  @Field(() => EvaluationKind) @IsEnum(EvaluationKind) kind: EvaluationKind;
  @Field(() => [EvaluationAnswerInput]) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => EvaluationAnswerInput) answers: EvaluationAnswerInput[];
  @Field(() => String, { nullable: true, description: 'The overall comment.' }) @IsOptional() @IsString() @MaxLength(LIMITS.noteMax) comment?: string | null;
  @Field({ description: 'Submit (then it is locked) rather than keep a draft.' }) @IsBoolean() submit: boolean;
}

@InputType()
export class AcknowledgeEvaluationInput {
  @Field(() => ID) @IsUUID('all', { message: 'evaluationId must be an evaluation id' }) evaluationId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.noteMax) comment?: string | null;
}

@InputType()
export class EvaluationSummaryInput {
  @Field(() => EvaluationKind) @IsEnum(EvaluationKind) kind: EvaluationKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'siteId must be a site id' }) siteId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId?: string;
}
