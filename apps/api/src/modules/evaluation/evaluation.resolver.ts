import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EvaluationKind, Permission, SCALE_RATINGS } from '@ptp/shared';
import { assertCan, Can, CurrentUser } from '../../common/auth/decorators';
import { GqlContext, requestIdOf } from '../../graphql/context';
import { CohortDashboard } from '../cohort/dto/cohort-dashboard.types';
import { Placement } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';
import { AcknowledgeEvaluationInput, EvaluationSummaryInput, SaveEvaluationFormInput, SaveEvaluationInput } from './dto/evaluation.input';
import { EvaluationSection, EvaluationSlot, EvaluationSummary, EvaluationToFill, RatingOption } from './dto/evaluation.types';
import { Evaluation, EvaluationAnswer, EvaluationForm } from './evaluation.entity';
import { EvaluationFormService } from './evaluation-form.service';
import { EvaluationSummaryService } from './evaluation-summary.service';
import { EvaluationService } from './evaluation.service';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  constructor(private readonly service: EvaluationService) {}

  @Query(() => [EvaluationSlot], { description: "What the signed-in person has to do: a preceptor's evaluations to fill, a student's site evaluations to fill and evaluations to acknowledge." })
  @Can(Permission.EVALUATION_READ)
  myEvaluationTasks(@CurrentUser() user: User) {
    return this.service.tasks(user);
  }

  @Query(() => Evaluation)
  @Can(Permission.EVALUATION_READ)
  evaluation(@CurrentUser() user: User, @Args('id', { type: () => ID }) id: string) {
    return this.service.one(user, id);
  }

  @Query(() => EvaluationToFill, { description: 'An evaluation the signed-in person fills (the placement’s preceptor: MIDTERM, FINAL; its student: SITE).' })
  @Can(Permission.EVALUATION_FILL)
  evaluationToFill(
    @CurrentUser() user: User,
    @Args('placementId', { type: () => ID }) placementId: string,
    @Args('kind', { type: () => EvaluationKind }) kind: EvaluationKind,
  ) {
    return this.service.toFill(user, placementId, kind);
  }

  @Query(() => [EvaluationSlot], { description: "A cohort's preceptor evaluations, placement by placement (overdueOnly: those a week past due)." })
  @Can(Permission.EVALUATION_READ)
  cohortEvaluations(
    @CurrentUser() user: User,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('overdueOnly', { defaultValue: false }) overdueOnly: boolean,
  ) {
    return this.service.forCohort(user, cohortId, overdueOnly);
  }

  @Mutation(() => Evaluation, { description: 'Saves a draft of an evaluation, or submits it (then it is locked).' })
  @Can(Permission.EVALUATION_FILL)
  saveEvaluation(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SaveEvaluationInput) {
    return this.service.save(user, requestIdOf(ctx), input);
  }

  // EVALUATION_ACKNOWLEDGE is the service's check, after the evaluation is found: one the caller cannot see stays NOT_FOUND.
  @Mutation(() => Evaluation, { description: 'The student acknowledges a submitted evaluation of them, with an optional comment.' })
  @Can(Permission.EVALUATION_READ)
  acknowledgeEvaluation(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: AcknowledgeEvaluationInput) {
    return this.service.acknowledge(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => EvaluationForm)
  async form(@Parent() e: Evaluation, @Context() ctx: GqlContext) {
    return (await ctx.loaders.evaluationForm.load(e.formId))!;
  }

  @ResolveField(() => [EvaluationAnswer])
  answers(@Parent() e: Evaluation, @Context() ctx: GqlContext) {
    return ctx.loaders.evaluationAnswers.load(e.id);
  }

  @ResolveField(() => Placement)
  async placement(@Parent() e: Evaluation, @Context() ctx: GqlContext) {
    return (await ctx.loaders.placement.load(e.placementId))!;
  }

  @ResolveField(() => String, { description: 'Who filled it: the preceptor, or for a site evaluation the student.' })
  async evaluatorName(@Parent() e: Evaluation, @Context() ctx: GqlContext) {
    return (await ctx.loaders.user.load(e.evaluatorId))?.displayName ?? '';
  }
}

@Resolver(() => EvaluationSlot)
export class EvaluationSlotResolver {
  @ResolveField(() => Placement)
  async placement(@Parent() s: EvaluationSlot, @Context() ctx: GqlContext) {
    return (await ctx.loaders.placement.load(s.placementId))!;
  }
}

@Resolver(() => EvaluationForm)
export class EvaluationFormResolver {
  constructor(private readonly forms: EvaluationFormService) {}

  @Query(() => [EvaluationForm], { description: "The program's active evaluation forms." })
  @Can(Permission.EVALUATION_READ)
  evaluationForms(@CurrentUser() user: User, @Args('programId', { type: () => ID }) programId: string) {
    return this.forms.forms(user, programId);
  }

  @Mutation(() => EvaluationForm, { description: "Replaces a program's evaluation form of a kind (evaluations already started keep theirs)." })
  @Can(Permission.PROGRAM_MANAGE)
  saveEvaluationForm(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SaveEvaluationFormInput) {
    return this.forms.saveForm(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => [RatingOption], { description: 'The ratings of the scale, lowest first.' })
  ratings(@Parent() f: EvaluationForm) {
    return SCALE_RATINGS[f.scale];
  }

  @ResolveField(() => [EvaluationSection], { description: 'The items, section by section, in form order.' })
  async sections(@Parent() f: EvaluationForm, @Context() ctx: GqlContext): Promise<EvaluationSection[]> {
    const sections: EvaluationSection[] = [];
    for (const item of await ctx.loaders.evaluationItemsByForm.load(f.id)) {
      const last = sections[sections.length - 1];
      if (last?.title === item.section) last.items.push(item);
      else sections.push({ title: item.section, items: [item] });
    }
    return sections;
  }
}

/** Evaluations of a site or a cohort taken together: averages and the evaluations behind them. */
@Resolver(() => EvaluationSummary)
export class EvaluationSummaryResolver {
  constructor(private readonly summaries: EvaluationSummaryService) {}

  @Query(() => EvaluationSummary, { description: 'Average rating per item at a site or in a cohort; site evaluations only from 3 responses (administrators: from the first).' })
  @Can(Permission.EVALUATION_READ)
  evaluationSummary(@CurrentUser() user: User, @Args('input') input: EvaluationSummaryInput) {
    return this.summaries.summary(user, input);
  }

  @Query(() => [Evaluation], { description: 'The submitted evaluations behind a summary (site evaluations: administrators only).' })
  @Can(Permission.EVALUATION_READ)
  submittedEvaluations(@CurrentUser() user: User, @Args('input') input: EvaluationSummaryInput) {
    return this.summaries.submitted(user, input);
  }
}

@Resolver(() => CohortDashboard)
export class CohortDashboardEvaluationsResolver {
  constructor(private readonly service: EvaluationService) {}

  @ResolveField(() => [EvaluationSlot], { description: 'Preceptor evaluations not submitted a week after they were due.' })
  overdueEvaluations(@Parent() d: CohortDashboard, @Context() ctx: GqlContext) {
    return this.service.forCohort(assertCan(ctx.req.user, Permission.EVALUATION_READ, 'You cannot see evaluations.'), d.cohortId, true);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentEvaluationsResolver {
  constructor(private readonly service: EvaluationService) {}

  @ResolveField(() => [EvaluationSlot], { description: "The evaluations of the student's placements the signed-in person may see." })
  evaluations(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    return this.service.forEnrollment(assertCan(ctx.req.user, Permission.EVALUATION_READ, 'You cannot see evaluations.'), e.id);
  }
}
