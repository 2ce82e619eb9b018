import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { HourComponent, PracticeSetting, Progress, RequirementProgress as RequirementProgressShape, RotationProgress as RotationProgressShape } from '@ptp/shared';

/** GraphQL shapes of `computeProgress` (libs/shared) results. */
@ObjectType()
export class RequirementProgress implements RequirementProgressShape {
  @Field(() => HourComponent) component: HourComponent;
  @Field(() => PracticeSetting, { nullable: true }) setting: PracticeSetting | null;
  @Field(() => Int) requiredMinutes: number;
  @Field(() => Int) approvedMinutes: number;
  @Field(() => Int) pendingMinutes: number;
  @Field() met: boolean;
}

@ObjectType()
export class RotationProgress implements RotationProgressShape {
  @Field(() => [Int], { description: 'Approved minutes per rotation (placement), largest first.' }) rotationMinutes: number[];
  @Field() met: boolean;
  @Field() description: string;
}

@ObjectType()
export class HoursProgress implements Progress {
  @Field(() => Int) requiredMinutes: number;
  @Field(() => Int) approvedMinutes: number;
  @Field(() => Int) pendingMinutes: number;
  @Field(() => [RequirementProgress]) requirements: RequirementProgress[];
  @Field(() => RotationProgress) rotation: RotationProgress;
  @Field(() => Float, { description: 'Minutes per day over the last 14 days.' }) pacePerDay: number;
  @Field(() => String, { nullable: true, description: 'ISO date the requirements would be met at the recent pace.' }) projectedCompletionDate: string | null;
  @Field() complete: boolean;
  @Field({ description: 'Behind: see atRiskReason.' }) atRisk: boolean;
  @Field(() => String, { nullable: true, description: 'Why the student may not finish within the externship window, in one line; null when on track, on leave, done or before the first placement starts.' })
  atRiskReason: string | null;
}
