import { Args, Context, Int, Mutation, Parent, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { AGREEMENT_WARNING_DAYS, AgreementStatus, agreementStatus, daysBetween, Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { Connection, IdArgs } from '../../common/graphql/connection';
import { GqlContext, programToday, requestIdOf } from '../../graphql/context';
import { AccountService } from '../account/account.service';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';
import { AddPreceptorInput, CreatePlacementInput, CreateSiteInput, PlacementsArgs, SitesArgs, UpdateSiteInput } from './dto/site.input';
import { Placement, Preceptor, Site } from './site.entity';
import { gapsVisibleTo } from './placement-compliance';
import { SiteService } from './site.service';

registerEnumType(AgreementStatus, { name: 'AgreementStatus', description: `ENDING_SOON: the agreement ends within ${AGREEMENT_WARNING_DAYS} days.` });

const SiteConnection = Connection(Site);
const PlacementConnection = Connection(Placement);

@Resolver(() => Site)
export class SiteResolver {
  constructor(
    private readonly service: SiteService,
    private readonly accounts: AccountService,
  ) {}

  @Query(() => SiteConnection)
  @Can(Permission.SITE_READ)
  sites(@CurrentUser() user: User, @Args() args: SitesArgs) {
    return this.service.listSites(user, args, args.filter ?? {});
  }

  @Query(() => Site)
  @Can(Permission.SITE_READ)
  site(@CurrentUser() user: User, @Args() { id }: IdArgs) {
    return this.service.getSite(user, id);
  }

  @Query(() => [User], { description: "Active preceptors of the caller's programs, to add to a site (invite new ones from Users)." })
  @Can(Permission.SITE_MANAGE)
  preceptorUsers(@CurrentUser() user: User): Promise<User[]> {
    return this.accounts.lookUp(user, 'PRECEPTOR');
  }

  @Mutation(() => Site)
  @Can(Permission.SITE_MANAGE)
  createSite(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: CreateSiteInput) {
    return this.service.createSite(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Site)
  @Can(Permission.SITE_MANAGE)
  updateSite(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: UpdateSiteInput) {
    return this.service.updateSite(user, requestIdOf(ctx), input);
  }

  @Mutation(() => Preceptor)
  @Can(Permission.SITE_MANAGE)
  addPreceptor(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: AddPreceptorInput) {
    return this.service.addPreceptor(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => AgreementStatus)
  async agreementStatus(@Parent() site: Site, @Context() ctx: GqlContext): Promise<AgreementStatus> {
    return agreementStatus(await programToday(ctx, site.programId), site);
  }

  @ResolveField(() => Int, { description: 'Days until the agreement ends (negative once it has ended).' })
  async agreementDaysLeft(@Parent() site: Site, @Context() ctx: GqlContext): Promise<number> {
    return daysBetween(await programToday(ctx, site.programId), site.agreementEndDate);
  }

  @ResolveField(() => [Preceptor])
  preceptors(@Parent() site: Site, @Context() ctx: GqlContext) {
    return ctx.loaders.preceptorsBySite.load(site.id);
  }

  @ResolveField(() => Int, { description: 'Placements at the site that cover today.' })
  activePlacementCount(@Parent() site: Site, @Context() ctx: GqlContext) {
    return ctx.loaders.activePlacementCountBySite.load(site.id);
  }
}

@Resolver(() => Preceptor)
export class PreceptorResolver {
  @ResolveField(() => User)
  user(@Parent() p: Preceptor, @Context() ctx: GqlContext) {
    return ctx.loaders.user.load(p.userId);
  }

  @ResolveField(() => Site)
  site(@Parent() p: Preceptor, @Context() ctx: GqlContext) {
    return ctx.loaders.site.load(p.siteId);
  }
}

@Resolver(() => Placement)
export class PlacementResolver {
  constructor(private readonly service: SiteService) {}

  @Query(() => PlacementConnection)
  @Can(Permission.HOURS_READ)
  placements(@CurrentUser() user: User, @Args() args: PlacementsArgs) {
    return this.service.listPlacements(user, args, args.filter ?? {});
  }

  @Mutation(() => Placement)
  @Can(Permission.PLACEMENT_MANAGE)
  createPlacement(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: CreatePlacementInput) {
    return this.service.createPlacement(user, requestIdOf(ctx), input);
  }

  @ResolveField(() => Enrollment)
  enrollment(@Parent() p: Placement, @Context() ctx: GqlContext) {
    return ctx.loaders.enrollment.load(p.enrollmentId);
  }

  // A hot review-queue field: GraphQL's (parent, args, context) as is, so Nest calls it directly (see Enrollment.student).
  @ResolveField(() => Site)
  site(p: Placement, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.site.get(p.siteId);
  }

  @ResolveField(() => Preceptor)
  preceptor(@Parent() p: Placement, @Context() ctx: GqlContext) {
    return ctx.loaders.preceptor.load(p.preceptorId);
  }

  @ResolveField(() => Boolean, { description: "The preceptor's license expires before the placement ends (placements made before the rule, or a license not renewed)." })
  async preceptorLicenseLapses(@Parent() p: Placement, @Context() ctx: GqlContext) {
    const preceptor = await ctx.loaders.preceptor.load(p.preceptorId);
    return !!preceptor && preceptor.licenseExpiresOn < p.endDate;
  }

  @ResolveField(() => [String], {
    description: "What keeps the student from being compliance-cleared through the placement's end, from current data (empty: cleared). Preceptors see one line without the items.",
  })
  async complianceGaps(@Parent() p: Placement, @Context() ctx: GqlContext) {
    return gapsVisibleTo(ctx.req.user, await ctx.loaders.placementComplianceGaps.load(p.id));
  }
}
