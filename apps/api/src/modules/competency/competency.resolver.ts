import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { GqlContext, requestIdOf } from '../../graphql/context';
import { Program } from '../program/program.entity';
import { Placement } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';
import { Competency, CompetencySignoff } from './competency.entity';
import { CompetencyService } from './competency.service';
import {
  CompetencyChecklistItem, SaveCompetencyInput, SetPlacementCompetenciesInput, SetProgramCompetenciesInput, SignOffCompetencyInput, TrainingPlan,
} from './dto/competency.input';

@Resolver(() => Competency)
export class CompetencyResolver {
  constructor(private readonly service: CompetencyService) {}

  @Query(() => [Competency], { description: 'The competency library, by domain and code.' })
  competencies() {
    return this.service.library();
  }

  @Mutation(() => Competency, { description: 'Adds or edits a competency of the shared library (system administrators).' })
  @Can(Permission.REFERENCE_DATA_MANAGE)
  saveCompetency(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SaveCompetencyInput) {
    return this.service.save(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Program, { description: "Replaces the program's adopted competencies." })
  @Can(Permission.COMPETENCY_MANAGE)
  setProgramCompetencies(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SetProgramCompetenciesInput) {
    return this.service.setForProgram(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Placement, { description: "Sets the competencies a rotation is to cover: the student's training plan." })
  @Can(Permission.PLACEMENT_MANAGE)
  setPlacementCompetencies(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SetPlacementCompetenciesInput) {
    return this.service.setForPlacement(user, requestIdOf(ctx), input);
  }

  @Mutation(() => CompetencySignoff, { description: 'Signs off a competency for a student (preceptors: students placed with them).' })
  @Can(Permission.COMPETENCY_SIGNOFF)
  signOffCompetency(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SignOffCompetencyInput) {
    return this.service.signOff(user, requestIdOf(ctx), input);
  }
}

@Resolver(() => CompetencySignoff)
export class CompetencySignoffResolver {
  @ResolveField(() => User)
  signedBy(@Parent() s: CompetencySignoff, @Context() ctx: GqlContext) {
    return ctx.loaders.user.load(s.signedById);
  }
}

@Resolver(() => Program)
export class ProgramCompetenciesResolver {
  @ResolveField(() => [Competency], { description: 'The competencies the program has adopted.' })
  competencies(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.competenciesByProgram.load(p.id);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentCompetenciesResolver {
  constructor(private readonly service: CompetencyService) {}

  @ResolveField(() => TrainingPlan, { description: 'The planned rotations and the competencies each is to cover, against the sign-offs and the hours logged.' })
  trainingPlan(@Parent() e: Enrollment, @Context() ctx: GqlContext): Promise<TrainingPlan> {
    return this.service.trainingPlan(ctx.loaders, e);
  }

  @ResolveField(() => [CompetencyChecklistItem], { description: "The program's competencies with this student's sign-offs." })
  async competencyChecklist(@Parent() e: Enrollment, @Context() ctx: GqlContext): Promise<CompetencyChecklistItem[]> {
    const [competencies, signoffs] = await Promise.all([
      ctx.loaders.competenciesByProgram.load(e.programId),
      ctx.loaders.signoffsByEnrollment.load(e.id),
    ]);
    const byCompetency = new Map(signoffs.map((s) => [s.competencyId, s]));
    return competencies.map((competency) => ({ competency, signoff: byCompetency.get(competency.id) ?? null }));
  }
}
