import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LIMITS, Permission, todayIn } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { GqlContext, requestIdOf } from '../../common/graphql/context';
import { badInput, conflict, notFound } from '../../common/graphql/errors';
import { IsIsoDate } from '../../common/graphql/validators';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { Program } from '../program/program.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../user/user.entity';
import { Competency, CompetencySignoff } from './competency.entity';

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

@Resolver(() => Competency)
export class CompetencyResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => [Competency], { description: 'The competency library, by domain and code.' })
  competencies() {
    return this.ds.getRepository(Competency).find({ order: { domainNumber: 'ASC', sortOrder: 'ASC', code: 'ASC' } });
  }

  @Mutation(() => Competency, { description: 'Adds or edits a competency of the shared library (system administrators).' })
  @Can(Permission.REFERENCE_DATA_MANAGE)
  async saveCompetency(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SaveCompetencyInput) {
    if (!input.code.endsWith(input.level) || !input.code.startsWith(`${input.domainNumber}.`)) {
      throw badInput('code: the code must start with the domain number and end with the level (e.g. 4.2E).');
    }
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Competency);
      const before = input.id ? await repo.findOneBy({ id: input.id }) : null;
      if (input.id && !before) throw notFound('Competency');
      const { id: _id, ...fields } = input;
      const saved = before ? await repo.save({ ...before, ...fields }) : await repo.save(repo.create({ ...fields, sortOrder: 1000 }));
      await this.audit.record(em, user, requestIdOf(ctx), { action: before ? 'competency.update' : 'competency.create', entityType: 'Competency', entityId: saved.id, before: before ?? undefined, after: saved });
      return saved;
    });
  }

  @Mutation(() => Program, { description: "Replaces the program's adopted competencies." })
  @Can(Permission.COMPETENCY_MANAGE)
  async setProgramCompetencies(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SetProgramCompetenciesInput) {
    await this.scope.assert(user, 'program', input.programId);
    return this.ds.transaction(async (em) => {
      const before: { competency_id: string }[] = await em.query(`SELECT competency_id FROM program_competencies WHERE program_id = $1`, [input.programId]);
      await em.query(`DELETE FROM program_competencies WHERE program_id = $1`, [input.programId]);
      const ids = [...new Set(input.competencyIds)];
      const found: unknown[] = await em.query(`SELECT id FROM competencies WHERE id = ANY($1::uuid[])`, [ids]);
      if (found.length !== ids.length) throw badInput('competencyIds: some ids are not competencies of the library.');
      await em.query(`INSERT INTO program_competencies (program_id, competency_id) SELECT $1, unnest($2::uuid[])`, [input.programId, ids]);
      await this.audit.record(em, user, requestIdOf(ctx), { action: 'program.competencies', entityType: 'Program', entityId: input.programId, programId: input.programId, before: before.map((b) => b.competency_id), after: ids });
      return em.getRepository(Program).findOneByOrFail({ id: input.programId });
    });
  }

  @Mutation(() => CompetencySignoff, { description: 'Signs off a competency for a student (preceptors: students placed with them).' })
  @Can(Permission.COMPETENCY_SIGNOFF)
  async signOffCompetency(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SignOffCompetencyInput) {
    const { programId, timeZone } = await this.scope.assert(user, 'enrollment', input.enrollmentId);
    const [adopted]: unknown[] = await this.ds.query(
      `SELECT 1 FROM program_competencies WHERE program_id = $1 AND competency_id = $2`,
      [programId, input.competencyId],
    );
    if (!adopted) throw badInput("competencyId: this competency is not part of the student's program.");
    if (input.signedOn > todayIn(timeZone)) throw badInput('signedOn: a sign-off cannot be dated in the future.');
    return this.ds.transaction(async (em) => {
      const rows: Record<string, unknown>[] = await em.query(
        `INSERT INTO competency_signoffs (program_id, enrollment_id, competency_id, signed_by, signed_on, note)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT competency_signoffs_once_key DO NOTHING RETURNING id`,
        [programId, input.enrollmentId, input.competencyId, user.id, input.signedOn, input.note?.trim() || null],
      );
      if (!rows[0]) throw conflict('This competency is already signed off for this student.');
      const signoff = await em.getRepository(CompetencySignoff).findOneByOrFail({ id: rows[0].id as string });
      await this.audit.record(em, user, requestIdOf(ctx), { action: 'competency.signoff', entityType: 'CompetencySignoff', entityId: signoff.id, programId, after: signoff });
      return signoff;
    });
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
