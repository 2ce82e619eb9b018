import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvaluationKind } from '@ptp/shared';
import { Evaluation, EvaluationForm, EvaluationFormItem } from '../evaluation.entity';

@ObjectType({ description: 'One evaluation a placement calls for, with when it is due and the evaluation once started.' })
export class EvaluationSlot {
  @Field(() => EvaluationKind) kind: EvaluationKind;
  @Field(() => ID) placementId: string;
  @Field(() => ID) enrollmentId: string;
  @Field({ description: "ISO date it is due: the placement's midpoint (midterm) or last day (final, site)." }) dueOn: string;
  @Field({ description: 'Due now: the date has come or the student has logged the hours it waits for.' }) due: boolean;
  @Field({ description: 'Not submitted a week after it was due.' }) overdue: boolean;
  @Field({ description: 'ISO date from which it can be filled.' }) opensOn: string;
  @Field() open: boolean;
  @Field() submitted: boolean;
  @Field(() => Evaluation, { nullable: true, description: 'Null until the evaluator saves a draft.' }) evaluation: Evaluation | null;
  evaluationId: string | null;
}

@ObjectType()
export class EvaluationItemAverage {
  @Field(() => ID) itemId: string;
  @Field() section: string;
  @Field() prompt: string;
  @Field(() => String, { nullable: true }) competencyCode: string | null;
  @Field(() => Float, { description: 'Average rating, two decimals.' }) average: number;
  @Field(() => Int, { description: 'Ratings behind the average.' }) count: number;
}

@ObjectType({ description: 'Average rating per item of the submitted evaluations of one kind at a site or in a cohort.' })
export class EvaluationSummary {
  @Field(() => EvaluationKind) kind: EvaluationKind;
  @Field(() => Int, { description: 'Submitted evaluations counted.' }) responses: number;
  @Field(() => Int, { description: 'Responses needed before averages are shown (site evaluations: 3).' }) minimumResponses: number;
  @Field({ description: 'Averages withheld: too few site evaluations to keep them anonymous.' }) hidden: boolean;
  @Field(() => [EvaluationItemAverage]) items: EvaluationItemAverage[];
}

@ObjectType()
export class RatingOption {
  @Field(() => Int) value: number;
  @Field() label: string;
}

@ObjectType()
export class EvaluationSection {
  @Field() title: string;
  @Field(() => [EvaluationFormItem]) items: EvaluationFormItem[];
}

@ObjectType({ description: 'An evaluation to fill: when it is due, its form, and the draft so far (slot.evaluation).' })
export class EvaluationToFill {
  @Field(() => EvaluationSlot) slot: EvaluationSlot;
  @Field(() => EvaluationForm) form: EvaluationForm;
}
