import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EvaluationFormKind, EvaluationKind, LIMITS, RatingScale } from '@ptp/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

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

@InputType()
export class EvaluationFormItemInput {
  @Field() @IsString() @MinLength(3, { message: 'prompt must be at least 3 characters' }) @MaxLength(300) prompt: string;
  @Field(() => String, { nullable: true, description: 'An ASHP competency code the item observes (e.g. 3.2E).' })
  @IsOptional() @IsString() @Matches(/^[1-5]\.\d{1,2}[EA]$/, { message: 'competencyCode must look like 1.1E or 3.22A' })
  competencyCode?: string | null;
}

@InputType()
export class EvaluationSectionInput {
  @Field() @IsString() @MinLength(2, { message: 'section title must be at least 2 characters' }) @MaxLength(120) title: string;
  @Field(() => [EvaluationFormItemInput]) @IsArray() @ArrayMinSize(1, { message: 'each section needs at least one item' }) @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => EvaluationFormItemInput)
  items: EvaluationFormItemInput[];
}

@InputType({ description: "A program's new evaluation form of a kind: it replaces the active one; evaluations already started keep the form they began on." })
export class SaveEvaluationFormInput {
  @Field(() => ID) @IsUUID('all', { message: 'programId must be a program id' }) programId: string;
  @Field(() => EvaluationFormKind) @IsEnum(EvaluationFormKind) kind: EvaluationFormKind;
  @Field() @IsString() @MinLength(3, { message: 'title must be at least 3 characters' }) @MaxLength(200) title: string;
  @Field(() => RatingScale) @IsEnum(RatingScale) scale: RatingScale;
  @Field(() => Int, { description: 'A rating below this needs a comment.' }) @IsInt() @Min(0) @Max(6) commentBelow: number;
  @Field(() => [EvaluationSectionInput]) @IsArray() @ArrayMinSize(1, { message: 'a form needs at least one section' }) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => EvaluationSectionInput)
  sections: EvaluationSectionInput[];
}
