import { Args, Context, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ComplianceState, Permission } from '@ptp/shared';
import { registerEnumType } from '@nestjs/graphql';
import { assertCan, Can, CurrentUser } from '../../common/auth/decorators';
import { Connection } from '../../common/graphql/connection';
import { GqlContext, programToday, requestIdOf } from '../../graphql/context';
import { Program } from '../program/program.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';
import { ComplianceItem, ComplianceRecord, Reminder } from './compliance.entity';
import { ComplianceService } from './compliance.service';
import { ComplianceRecordsArgs, ReviewComplianceRecordInput, SaveComplianceItemInput, SubmitComplianceRecordInput } from './dto/compliance.input';

const NOT_FOR_PRECEPTORS = 'Preceptors see whether a student is cleared, not their compliance records.';

registerEnumType(ComplianceState, { name: 'ComplianceState' });

@ObjectType({ description: "One required item's state for a student (libs/shared itemCompliance)." })
export class ItemComplianceStatus {
  @Field(() => ComplianceItem) item: ComplianceItem;
  @Field(() => ComplianceState) state: ComplianceState;
  @Field(() => String, { nullable: true, description: 'ISO date the accepted record is valid through.' }) validThrough: string | null;
  @Field(() => Int, { nullable: true }) daysLeft: number | null;
  @Field({ description: "Stays valid through the end of the student's latest placement." }) coversUntil: boolean;
  @Field(() => [ComplianceRecord], { description: 'Submissions for this item, newest first.' }) records: ComplianceRecord[];
}

const ComplianceRecordConnection = Connection(ComplianceRecord);

@Resolver(() => ComplianceRecord)
export class ComplianceRecordResolver {
  constructor(private readonly service: ComplianceService) {}

  @Query(() => ComplianceRecordConnection, { description: 'Compliance submissions; the review queue is statuses: [PENDING] (oldest first).' })
  @Can(Permission.COMPLIANCE_READ)
  complianceRecords(@CurrentUser() user: User, @Args() args: ComplianceRecordsArgs) {
    return this.service.listRecords(user, args, args.filter ?? {});
  }

  @Mutation(() => ComplianceItem, { description: 'Adds or edits a required compliance item of a program.' })
  @Can(Permission.COMPLIANCE_MANAGE)
  saveComplianceItem(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SaveComplianceItemInput) {
    return this.service.saveItem(user, requestIdOf(ctx), input);
  }

  @Mutation(() => ComplianceRecord, { description: 'Submits evidence of an item (upload the document first at POST /api/documents).' })
  @Can(Permission.COMPLIANCE_SUBMIT)
  submitComplianceRecord(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: SubmitComplianceRecordInput) {
    return this.service.submit(user, requestIdOf(ctx), input);
  }

  @Mutation(() => ComplianceRecord)
  @Can(Permission.COMPLIANCE_REVIEW)
  reviewComplianceRecord(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: ReviewComplianceRecordInput) {
    return this.service.review(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Int, { description: 'Runs the daily reminder job now (it also runs every morning); returns how many reminders were new.' })
  @Can(Permission.COMPLIANCE_MANAGE)
  runComplianceReminders() {
    return this.service.runDailyReminders();
  }

  @ResolveField(() => ComplianceItem)
  item(@Parent() r: ComplianceRecord, @Context() ctx: GqlContext) {
    return ctx.loaders.complianceItem.load(r.itemId);
  }

  @ResolveField(() => Enrollment)
  enrollment(@Parent() r: ComplianceRecord, @Context() ctx: GqlContext) {
    return ctx.loaders.enrollment.load(r.enrollmentId);
  }

  @ResolveField(() => User, { nullable: true })
  reviewedBy(@Parent() r: ComplianceRecord, @Context() ctx: GqlContext) {
    return r.reviewedById ? ctx.loaders.user.load(r.reviewedById) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Where to download the document (same-origin, signed-in).' })
  documentUrl(@Parent() r: ComplianceRecord) {
    return r.documentId ? `/api/documents/${r.documentId}` : null;
  }
}

@Resolver(() => Program)
export class ProgramComplianceResolver {
  @ResolveField(() => [ComplianceItem], { description: 'Required compliance items (active and inactive).' })
  complianceItems(@Parent() p: Program, @Context() ctx: GqlContext) {
    return ctx.loaders.complianceItemsByProgram.load(p.id);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentComplianceResolver {
  private async states(e: Enrollment, ctx: GqlContext) {
    const [items, records, placements] = await Promise.all([
      ctx.loaders.complianceItemsByProgram.load(e.programId),
      ctx.loaders.complianceRecordsByEnrollment.load(e.id),
      ctx.loaders.placementsByEnrollment.load(e.id),
    ]);
    return ComplianceService.itemStates(items, records, await programToday(ctx, e.programId), ComplianceService.coverUntil(placements));
  }

  @ResolveField(() => [ItemComplianceStatus], { description: 'Every required item with its state. Not for preceptors.' })
  async compliance(@Parent() e: Enrollment, @Context() ctx: GqlContext): Promise<ItemComplianceStatus[]> {
    assertCan(ctx.req.user, Permission.COMPLIANCE_READ, NOT_FOR_PRECEPTORS);
    return (await this.states(e, ctx)).map((s) => ({ ...s, records: [...s.records].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()) }));
  }

  @ResolveField(() => Boolean, { description: 'Every required compliance item is valid today.' })
  async complianceCleared(@Parent() e: Enrollment, @Context() ctx: GqlContext): Promise<boolean> {
    return ComplianceService.cleared(await this.states(e, ctx));
  }

  @ResolveField(() => [Reminder], { description: 'Compliance reminders the daily job found due, newest first.' })
  reminders(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    assertCan(ctx.req.user, Permission.COMPLIANCE_READ, NOT_FOR_PRECEPTORS);
    return ctx.loaders.remindersByEnrollment.load(e.id);
  }
}

@Resolver(() => Reminder)
export class ReminderResolver {
  @ResolveField(() => ComplianceItem)
  item(@Parent() r: Reminder, @Context() ctx: GqlContext) {
    return ctx.loaders.complianceItem.load(r.itemId);
  }
}
