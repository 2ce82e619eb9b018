import { Args, Context, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ExamResult, Permission, retakeStatus } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { GqlContext, requestIdOf } from '../../graphql/context';
import { Enrollment } from '../student/enrollment.entity';
import { Student } from '../student/student.entity';
import { User } from '../../common/auth/user.entity';
import { AddCredentialInput, ExamInput, RecordExamAttemptInput, RecordExamResultInput } from './dto/exam.input';
import { Credential, Exam, ExamAttempt } from './exam.entity';
import { ExamService } from './exam.service';

@ObjectType({ description: "Where a student stands with one exam (libs/shared retakeStatus)." })
export class ExamStanding {
  @Field(() => Exam) exam: Exam;
  @Field(() => Int, { description: 'Attempts sat (passed or failed).' }) attempts: number;
  @Field() passed: boolean;
  @Field(() => ExamResult, { nullable: true }) firstAttemptResult: ExamResult | null;
  @Field(() => Int) nextAttemptNumber: number;
  @Field(() => String, { nullable: true, description: 'Earliest ISO date of the next attempt.' }) nextAllowedOn: string | null;
  @Field({ description: 'Every allowed attempt is used; a petition is needed.' }) exhausted: boolean;
  @Field() scheduled: boolean;
}

@Resolver(() => Exam)
export class ExamResolver {
  constructor(private readonly service: ExamService) {}

  @Query(() => [Exam], { description: 'The certification exams (reference data).' })
  exams() {
    return this.service.listExams();
  }

  @Mutation(() => Exam, { description: 'Adds an exam, or edits one when id is given.' })
  @Can(Permission.REFERENCE_DATA_MANAGE)
  saveExam(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: ExamInput) {
    return this.service.saveExam(user, requestIdOf(ctx), input);
  }

  @Mutation(() => ExamAttempt, { description: 'Records a scheduled or taken sitting; the server numbers it and applies the retake rules.' })
  @Can(Permission.OUTCOME_RECORD)
  recordExamAttempt(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: RecordExamAttemptInput) {
    return this.service.recordAttempt(user, requestIdOf(ctx), input);
  }

  @Mutation(() => ExamAttempt, { description: 'Records the outcome of a scheduled sitting.' })
  @Can(Permission.OUTCOME_RECORD)
  recordExamResult(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: RecordExamResultInput) {
    return this.service.recordResult(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Credential)
  @Can(Permission.OUTCOME_RECORD)
  addCredential(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: AddCredentialInput) {
    return this.service.addCredential(user, requestIdOf(ctx), input);
  }
}

@Resolver(() => ExamAttempt)
export class ExamAttemptResolver {
  @ResolveField(() => Exam)
  exam(@Parent() a: ExamAttempt, @Context() ctx: GqlContext) {
    return ctx.loaders.exam.load(a.examId);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentExamsResolver {
  @ResolveField(() => [ExamAttempt], { description: 'Exam sittings, oldest first.' })
  examAttempts(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    return ctx.loaders.examAttemptsByEnrollment.load(e.id);
  }

  @ResolveField(() => [ExamStanding], { description: 'One line per exam attempted or scheduled.' })
  async examStandings(@Parent() e: Enrollment, @Context() ctx: GqlContext): Promise<ExamStanding[]> {
    const attempts = await ctx.loaders.examAttemptsByEnrollment.load(e.id);
    const examIds = [...new Set(attempts.map((a) => a.examId))];
    const exams = (await ctx.loaders.exam.loadMany(examIds)).filter((x): x is Exam => Boolean(x) && !(x instanceof Error));
    return exams.map((exam) => ({ exam, ...retakeStatus(exam, attempts.filter((a) => a.examId === exam.id)) }));
  }
}

@Resolver(() => Student)
export class StudentCredentialsResolver {
  @ResolveField(() => [Credential])
  credentials(@Parent() s: Student, @Context() ctx: GqlContext) {
    return ctx.loaders.credentialsByStudent.load(s.id);
  }
}
