import type { GraphQLResolveInfo } from 'graphql';
import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CanAny, CurrentUser } from '../../common/auth/decorators';
import { Connection, IdArgs, selectedFields, selectsField, selectsPath } from '../../common/graphql/connection';
import { GqlContext, requestIdOf } from '../../graphql/context';
import { Placement } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';
import {
  ApproveHourEntriesInput, ClockInInput, ClockOutInput, HourEntriesArgs, LogHoursInput, ReopenHourEntryInput, ReviewHourEntryInput, UpdateHourEntryInput,
} from './dto/hours.input';
import { ApproveHourEntriesResult, CancelClockInArgs } from './dto/approve-result';
import { ClockIn, HourEntry } from './hour-entry.entity';
import { enrollmentProgress } from './enrollment-progress';
import { ClockService } from './clock.service';
import { HourReviewService } from './hour-review.service';
import { HoursService } from './hours.service';
import { HoursProgress } from './progress.types';

const HourEntryConnection = Connection(HourEntry);

@Resolver(() => HourEntry)
export class HourEntryResolver {
  constructor(
    private readonly service: HoursService,
    private readonly clock: ClockService,
    private readonly reviews: HourReviewService,
  ) {}

  @Query(() => HourEntryConnection, { description: 'Hour entries the caller may see; the review queue is statuses: [SUBMITTED], direction: ASC.' })
  @Can(Permission.HOURS_READ)
  hourEntries(@CurrentUser() user: User, @Args() args: HourEntriesArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    return this.service.list(user, { ...args, withTotalCount: selectsField(info, 'totalCount') }, args.filter ?? {}, args.direction, {
      loaders: ctx.loaders,
      fields: selectedFields(info, ['edges', 'node']),
      enrollment: selectsPath(info, ['edges', 'node', 'enrollment']),
      student: selectsPath(info, ['edges', 'node', 'enrollment', 'student']),
      placement: selectsPath(info, ['edges', 'node', 'placement']),
      site: selectsPath(info, ['edges', 'node', 'placement', 'site']),
    });
  }

  @Query(() => HourEntry)
  @Can(Permission.HOURS_READ)
  hourEntry(@CurrentUser() user: User, @Args() { id }: IdArgs) {
    return this.service.get(user, id);
  }

  /** Students log their own hours; instructors and admins may log on a student's behalf (checked in the service). */
  @Mutation(() => HourEntry)
  @CanAny(Permission.HOURS_LOG, Permission.HOURS_LOG_FOR_STUDENT)
  logHours(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: LogHoursInput) {
    return this.service.log(user, requestIdOf(ctx), input);
  }

  @Mutation(() => HourEntry)
  @CanAny(Permission.HOURS_LOG, Permission.HOURS_LOG_FOR_STUDENT)
  updateHourEntry(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: UpdateHourEntryInput) {
    return this.service.update(user, requestIdOf(ctx), input);
  }

  @Mutation(() => ClockIn, { description: 'Starts a shift at server time.' })
  @CanAny(Permission.HOURS_LOG, Permission.HOURS_LOG_FOR_STUDENT)
  clockIn(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: ClockInInput) {
    return this.clock.clockIn(user, requestIdOf(ctx), input);
  }

  @Mutation(() => HourEntry, { description: 'Ends the open shift at server time and submits it for review.' })
  @CanAny(Permission.HOURS_LOG, Permission.HOURS_LOG_FOR_STUDENT)
  clockOut(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: ClockOutInput) {
    return this.clock.clockOut(user, requestIdOf(ctx), input);
  }

  @Mutation(() => ClockIn, { description: 'Cancels an accidental clock-in: no hours are logged. Answers the cancelled clock-in.' })
  @CanAny(Permission.HOURS_LOG, Permission.HOURS_LOG_FOR_STUDENT)
  cancelClockIn(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args() { enrollmentId }: CancelClockInArgs) {
    return this.clock.cancelClockIn(user, requestIdOf(ctx), enrollmentId);
  }

  @Mutation(() => HourEntry)
  @Can(Permission.HOURS_REVIEW)
  reviewHourEntry(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: ReviewHourEntryInput) {
    return this.reviews.review(user, requestIdOf(ctx), input);
  }

  @Mutation(() => ApproveHourEntriesResult, { description: 'Approves every listed entry that can be approved; each other one comes back with its reason.' })
  @Can(Permission.HOURS_REVIEW)
  approveHourEntries(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: ApproveHourEntriesInput) {
    return this.reviews.approveMany(user, requestIdOf(ctx), input);
  }

  @Mutation(() => HourEntry, { description: 'Unlocks an approved entry (back to waiting for review), with a reason.' })
  @Can(Permission.HOURS_REOPEN)
  reopenHourEntry(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: ReopenHourEntryInput) {
    return this.reviews.reopen(user, requestIdOf(ctx), input);
  }

  // Field resolvers take GraphQL's (parent, args, context) as is: without parameter decorators Nest
  // calls them directly, with no pipes or context creation per row (nestjs/graphql#1770). The columns each
  // reads are in hour-entry.fields.ts: a page of entries brings only the columns its selected fields read.
  @ResolveField(() => User, { nullable: true })
  reviewedBy(h: HourEntry, _args: unknown, ctx: GqlContext) {
    return h.reviewedById ? ctx.loaders.user.load(h.reviewedById) : null;
  }

  @ResolveField(() => User)
  loggedBy(h: HourEntry, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.user.load(h.loggedById);
  }

  @ResolveField(() => Boolean, { description: 'Logged by staff on the student’s behalf.' })
  loggedOnBehalf(h: HourEntry, _args: unknown, ctx: GqlContext) {
    return this.service.loggedOnBehalf(h, ctx.loaders);
  }

  @ResolveField(() => Enrollment)
  enrollment(h: HourEntry, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.enrollment.get(h.enrollmentId);
  }

  @ResolveField(() => Placement, { nullable: true })
  placement(h: HourEntry, _args: unknown, ctx: GqlContext) {
    return h.placementId ? ctx.loaders.placement.get(h.placementId) : null;
  }
}

@Resolver(() => ClockIn)
export class ClockInResolver {
  @ResolveField(() => Placement)
  placement(@Parent() c: ClockIn, @Context() ctx: GqlContext) {
    return ctx.loaders.placement.load(c.placementId);
  }
}

/** Externship fields on an enrollment. */
@Resolver(() => Enrollment)
export class EnrollmentHoursResolver {
  @ResolveField(() => HoursProgress, { description: 'Progress toward every hour requirement (maintained totals: one statement per page).' })
  progress(e: Enrollment, _args: unknown, ctx: GqlContext): HoursProgress | Promise<HoursProgress> {
    return enrollmentProgress(ctx.loaders, e);
  }

  @ResolveField(() => [Placement])
  placements(e: Enrollment, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.placementsByEnrollment.get(e.id);
  }

  @ResolveField(() => ClockIn, { nullable: true, description: 'The open clock-in, when the student is clocked in.' })
  openClockIn(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    return ctx.loaders.openClockIn.load(e.id);
  }
}
