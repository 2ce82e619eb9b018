import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { GqlContext, requestIdOf } from '../../common/graphql/context';
import { badInput } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../user/user.entity';
import { AddEmploymentRecordInput, AddOutcomeMarkerInput } from './outcome.input';
import { EmploymentRecord, OutcomeMarker } from './outcome.entity';

@Resolver(() => Enrollment)
export class OutcomeResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  @Mutation(() => EmploymentRecord)
  @Can(Permission.OUTCOME_RECORD)
  async addEmploymentRecord(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: AddEmploymentRecordInput) {
    const { programId } = await this.scope.assert(user, 'enrollment', input.enrollmentId);
    if (input.verifiedOn && !input.verificationSource?.trim()) {
      throw badInput('verificationSource: say how the employment was verified (employer call, pay stub, survey…).', [{ field: 'verificationSource', message: 'is required when verifiedOn is given' }]);
    }
    return this.ds.transaction(async (em) => {
      const record = await em.getRepository(EmploymentRecord).save(
        em.getRepository(EmploymentRecord).create({
          programId, enrollmentId: input.enrollmentId, employer: input.employer.trim(), jobTitle: input.jobTitle.trim(), relation: input.relation,
          startDate: input.startDate, verifiedOn: input.verifiedOn ?? null, verificationSource: input.verificationSource?.trim() || null,
        }),
      );
      await this.audit.record(em, user, requestIdOf(ctx), { action: 'employment.create', entityType: 'EmploymentRecord', entityId: record.id, programId, after: record });
      return record;
    });
  }

  @Mutation(() => OutcomeMarker)
  @Can(Permission.OUTCOME_RECORD)
  async addOutcomeMarker(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: AddOutcomeMarkerInput) {
    const { programId } = await this.scope.assert(user, 'enrollment', input.enrollmentId);
    if ((input.kind === 'UNAVAILABLE') !== Boolean(input.unavailabilityReason)) {
      throw badInput(
        input.kind === 'UNAVAILABLE'
          ? 'unavailabilityReason: unavailability counts only with a documented reason (health, military, incarceration, continuing education, death, pregnancy, family care).'
          : 'unavailabilityReason: only an "unavailable" marker has an unavailability reason.',
        [{ field: 'unavailabilityReason', message: input.kind === 'UNAVAILABLE' ? 'is required' : 'must be empty' }],
      );
    }
    return this.ds.transaction(async (em) => {
      const marker = await em.getRepository(OutcomeMarker).save(
        em.getRepository(OutcomeMarker).create({
          programId, enrollmentId: input.enrollmentId, kind: input.kind, unavailabilityReason: input.unavailabilityReason ?? null,
          documentedOn: input.documentedOn, note: input.note?.trim() || null,
        }),
      );
      await this.audit.record(em, user, requestIdOf(ctx), { action: 'outcomeMarker.create', entityType: 'OutcomeMarker', entityId: marker.id, programId, after: marker });
      return marker;
    });
  }

  @ResolveField(() => [EmploymentRecord])
  employmentRecords(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    return ctx.loaders.employmentByEnrollment.load(e.id);
  }

  @ResolveField(() => [OutcomeMarker])
  outcomeMarkers(@Parent() e: Enrollment, @Context() ctx: GqlContext) {
    return ctx.loaders.outcomeMarkersByEnrollment.load(e.id);
  }
}
