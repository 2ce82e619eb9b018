import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LIMITS } from '@ptp/shared';
import { IsIsoDate } from '../../../common/graphql/validators';
import { Placement } from '../../site/site.entity';
import { Competency, CompetencySignoff } from '../competency.entity';

@InputType()
export class SaveCompetencyInput {
  @Field(() => ID, { nullable: true, description: 'Omit to add a competency.' }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @IsString() @Matches(/^[1-5]\.\d{1,2}[EA]$/, { message: 'code must look like 1.1E or 3.22A' }) code: string;
  @Field() @IsInt() @Min(1) @Max(5) domainNumber: number;
  @Field() @IsString() @MinLength(3) @MaxLength(120) domain: string;
  @Field() @IsIn(['E', 'A'], { message: 'level must be E or A' }) level: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) summary: string;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean = true;
}

@InputType()
export class SetProgramCompetenciesInput {
  @Field(() => ID) @IsUUID('all', { message: 'programId must be a program id' }) programId: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) competencyIds: string[];
}

@InputType()
export class SignOffCompetencyInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
  @Field(() => ID) @IsUUID('all', { message: 'competencyId must be a competency id' }) competencyId: string;
  @Field({ description: 'ISO date the student showed the competency.' }) @IsIsoDate() signedOn: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.noteMax) note?: string;
}

@ObjectType()
export class CompetencyChecklistItem {
  @Field(() => Competency) competency: Competency;
  @Field(() => CompetencySignoff, { nullable: true }) signoff: CompetencySignoff | null;
}

@InputType()
export class SetPlacementCompetenciesInput {
  @Field(() => ID) @IsUUID('all', { message: 'placementId must be a placement id' }) placementId: string;
  @Field(() => [ID], { description: "The program's competencies this rotation is to cover (replaces the list)." })
  @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) competencyIds: string[];
}

@ObjectType({ description: 'One rotation of a training plan: where and when, the hours logged on it, and the competencies it is to cover with their sign-offs.' })
export class TrainingRotation {
  @Field(() => Placement) placement: Placement;
  @Field(() => Float) approvedHours: number;
  @Field(() => Float, { description: 'Logged and waiting for review.' }) pendingHours: number;
  @Field(() => [CompetencyChecklistItem]) competencies: CompetencyChecklistItem[];
}

@ObjectType({ description: "A student's training plan: the planned rotations and the competencies each is to cover, against what was signed off and logged." })
export class TrainingPlan {
  @Field(() => [TrainingRotation]) rotations: TrainingRotation[];
  @Field(() => [CompetencyChecklistItem], { description: "The program's competencies no rotation covers yet." }) unplanned: CompetencyChecklistItem[];
  @Field(() => Int, { description: 'Competencies planned in some rotation.' }) plannedCount: number;
  @Field(() => Int, { description: 'Of those, signed off.' }) plannedSignedOffCount: number;
}
