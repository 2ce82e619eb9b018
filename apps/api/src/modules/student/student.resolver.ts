import type { GraphQLResolveInfo } from 'graphql';
import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allowedNextStatuses, EnrollmentStatus, Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { Connection, IdArgs, selectsField, selectsPath } from '../../common/graphql/connection';
import { GqlContext, requestIdOf } from '../../graphql/context';
import { Cohort } from '../cohort/cohort.entity';
import { User } from '../../common/auth/user.entity';
import {
  CorrectStatusEventInput, EnrollmentsArgs, EnrollStudentInput, RecordStatusChangeInput, StudentsArgs, UpdateStudentInput,
} from './dto/student.input';
import { Enrollment, EnrollmentStatusEvent } from './enrollment.entity';
import { Student } from './student.entity';
import { EnrollmentStatusService } from './enrollment-status.service';
import { StudentService } from './student.service';

const StudentConnection = Connection(Student);
const EnrollmentConnection = Connection(Enrollment);

@Resolver(() => Student)
export class StudentResolver {
  constructor(private readonly service: StudentService) {}

  @Query(() => StudentConnection)
  @Can(Permission.STUDENT_READ)
  students(@CurrentUser() user: User, @Args() args: StudentsArgs, @Info() info: GraphQLResolveInfo) {
    return this.service.listStudents(user, { ...args, withTotalCount: selectsField(info, 'totalCount') }, args.filter ?? {});
  }

  @Query(() => Student)
  @Can(Permission.STUDENT_READ)
  student(@CurrentUser() user: User, @Args() { id }: IdArgs) {
    return this.service.getStudent(user, id);
  }

  @Mutation(() => Student)
  @Can(Permission.STUDENT_UPDATE)
  updateStudent(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: UpdateStudentInput) {
    return this.service.updateStudent(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => [Enrollment], { description: 'Enrollments the caller may see, oldest first.' })
  enrollments(@Parent() student: Student, @Context() ctx: GqlContext) {
    return ctx.loaders.enrollmentsByStudent.load(student.id);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  constructor(
    private readonly service: StudentService,
    private readonly status: EnrollmentStatusService,
  ) {}

  @Query(() => EnrollmentConnection, { description: 'Enrollments, e.g. a cohort roster (filter.cohortId).' })
  @Can(Permission.STUDENT_READ)
  enrollments(@CurrentUser() user: User, @Args() args: EnrollmentsArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    return this.service.listEnrollments(user, { ...args, withTotalCount: selectsField(info, 'totalCount') }, args.filter ?? {}, args.orderBy, {
      loaders: ctx.loaders,
      student: selectsPath(info, ['edges', 'node', 'student']),
      progress: selectsPath(info, ['edges', 'node', 'progress']),
    });
  }

  @Query(() => Enrollment)
  @Can(Permission.STUDENT_READ)
  enrollment(@CurrentUser() user: User, @Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    return this.service.getEnrollment(user, id, { loaders: ctx.loaders, progress: selectsField(info, 'progress'), placements: selectsField(info, 'placements') });
  }

  @Mutation(() => Enrollment)
  @Can(Permission.STUDENT_ENROLL)
  enrollStudent(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: EnrollStudentInput) {
    return this.service.enroll(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Enrollment)
  @Can(Permission.ENROLLMENT_STATUS_CHANGE)
  recordStatusChange(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: RecordStatusChangeInput) {
    return this.status.recordStatusChange(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Enrollment, { description: 'Void a wrong status event (kept in history) and optionally record the right status (admins).' })
  @Can(Permission.ENROLLMENT_STATUS_CORRECT)
  correctStatusEvent(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: CorrectStatusEventInput) {
    return this.status.correctStatusEvent(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => [String], { description: 'Program requirements a graduation today would leave unmet (empty: may graduate).' })
  graduationGaps(@Parent() e: Enrollment) {
    return this.status.graduationGaps(e);
  }

  // Hot roster fields take GraphQL's (parent, args, context) as is: without parameter decorators
  // Nest calls them directly, with no pipes or context creation per row (nestjs/graphql#1770).
  @ResolveField(() => Student)
  student(e: Enrollment, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.student.get(e.studentId);
  }

  @ResolveField(() => Cohort)
  cohort(e: Enrollment, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.cohort.get(e.cohortId);
  }

  @ResolveField(() => [EnrollmentStatusEvent], { description: 'The status log, oldest first.' })
  statusHistory(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    return ctx.loaders.statusHistory.load(e.id);
  }

  @ResolveField(() => [EnrollmentStatus], { description: 'Statuses this enrollment may move to next.' })
  allowedNextStatuses(@Parent() e: Enrollment) {
    return allowedNextStatuses(e.status);
  }
}

@Resolver(() => EnrollmentStatusEvent)
export class EnrollmentStatusEventResolver {
  @ResolveField(() => User, { nullable: true })
  recordedBy(@Parent() ev: EnrollmentStatusEvent, @Context() ctx: GqlContext) {
    return ev.recordedById ? ctx.loaders.user.load(ev.recordedById) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'The admin who voided the event.' })
  voidedBy(@Parent() ev: EnrollmentStatusEvent, @Context() ctx: GqlContext) {
    return ev.voidedById ? ctx.loaders.user.load(ev.voidedById) : null;
  }
}
