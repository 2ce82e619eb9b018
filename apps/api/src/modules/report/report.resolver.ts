import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { Connection, IdArgs } from '../../common/graphql/connection';
import type { GqlContext } from '../../graphql/context';
import { badInput } from '../../common/graphql/errors';
import { FIELD_COST } from '../../common/graphql/limits';
import type { User } from '../../common/auth/user.entity';
import { DisclosureLogArgs, ReportInput, ReportSnapshotsArgs } from './dto/report.input';
import { DisclosureEvent, ReportSnapshot } from './report.entity';
import { ReportArchiveService, storedToReport } from './report-archive.service';
import { ReportService } from './report.service';
import { OutcomeReport, ReportStudent, ReportTrendPoint } from './report.types';

const ReportSnapshotConnection = Connection(ReportSnapshot);
const DisclosureEventConnection = Connection(DisclosureEvent);

@Resolver(() => OutcomeReport)
export class ReportResolver {
  constructor(private readonly service: ReportService) {}

  @Query(() => OutcomeReport, { complexity: FIELD_COST.report, description: 'ABHES, COE, credentialing exam, PTCB and ASHP figures of a period, computed from the status log.' })
  @Can(Permission.REPORT_VIEW)
  outcomeReport(@CurrentUser() user: User, @Args('input') input: ReportInput) {
    return this.service.generate(user, input);
  }

  @Query(() => [ReportTrendPoint], { complexity: FIELD_COST.trend, description: 'The same period shifted back 0..periods-1 whole years, oldest first.' })
  @Can(Permission.REPORT_VIEW)
  reportTrend(
    @CurrentUser() user: User,
    @Args('input') input: ReportInput,
    @Args('periods', { type: () => Int, nullable: true, defaultValue: 5, description: 'How many periods, 1 to 10.' }) periods: number | null,
  ) {
    return this.service.trend(user, input, periods ?? 5);
  }

  @ResolveField(() => [ReportStudent], { description: 'The students a figure counts (drill-down).' })
  students(@Parent() report: OutcomeReport, @Args('figureKey') figureKey: string) {
    const rows = report.drillDown[figureKey];
    if (!rows) throw badInput(`figureKey: this report has no figure "${figureKey.slice(0, 100)}".`, [{ field: 'figureKey', message: 'is not a figure of this report' }]);
    return rows;
  }
}

@Resolver(() => ReportSnapshot)
export class ReportSnapshotResolver {
  constructor(private readonly service: ReportArchiveService) {}

  @Query(() => ReportSnapshotConnection, { description: 'Saved reports the caller may see, newest first.' })
  @Can(Permission.REPORT_VIEW)
  reportSnapshots(@CurrentUser() user: User, @Args() args: ReportSnapshotsArgs) {
    return this.service.listSnapshots(user, args.programId, args);
  }

  @Query(() => ReportSnapshot)
  @Can(Permission.REPORT_VIEW)
  reportSnapshot(@CurrentUser() user: User, @Args() { id }: IdArgs) {
    return this.service.getSnapshot(user, id);
  }

  @Mutation(() => ReportSnapshot, { complexity: FIELD_COST.report, description: 'Generates the report and saves it as it is now (inputs, figures, students, who, when).' })
  @Can(Permission.REPORT_SNAPSHOT_SAVE)
  saveReportSnapshot(
    @CurrentUser() user: User,
    @Args('input') input: ReportInput,
    @Args('title', { type: () => String, nullable: true, description: 'At most 200 characters; the report is named by its program and period without one.' }) title?: string | null,
  ) {
    return this.service.saveSnapshot(user, input, title);
  }

  @ResolveField(() => String, { description: 'Full name of who saved it.' })
  async createdBy(@Parent() snapshot: ReportSnapshot, @Context() ctx: GqlContext) {
    return (await ctx.loaders.user.load(snapshot.createdById))?.displayName ?? '';
  }

  @ResolveField(() => OutcomeReport, { description: 'The report exactly as it was generated.' })
  async report(@Parent() snapshot: ReportSnapshot, @Context() ctx: GqlContext): Promise<OutcomeReport> {
    const data = snapshot.data ?? (await ctx.loaders.snapshotData.load(snapshot.id));
    if (!data) throw new Error(`Report snapshot ${snapshot.id} has no stored report`);
    return storedToReport(snapshot.id, data);
  }
}

@Resolver(() => DisclosureEvent)
export class DisclosureEventResolver {
  constructor(private readonly service: ReportArchiveService) {}

  @Query(() => DisclosureEventConnection, { description: 'Exports of student records concerning your programs, newest first (FERPA).' })
  @Can(Permission.DISCLOSURE_LOG_READ)
  disclosureLog(@CurrentUser() user: User, @Args() args: DisclosureLogArgs) {
    return this.service.listDisclosures(user, args);
  }

  @ResolveField(() => String)
  async actorName(@Parent() event: DisclosureEvent, @Context() ctx: GqlContext) {
    return (await ctx.loaders.user.load(event.actorId))?.displayName ?? '';
  }
}
