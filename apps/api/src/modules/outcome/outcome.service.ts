import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import type { User } from '../../common/auth/user.entity';
import type { AddEmploymentRecordInput, AddOutcomeMarkerInput } from './outcome.input';
import { EmploymentRecord, OutcomeMarker } from './outcome.entity';

/** Employment after the program and outcome markers (waiting for an exam, refused, documented unavailable). */
@Injectable()
export class OutcomeService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async addEmployment(user: User, requestId: string | null, input: AddEmploymentRecordInput): Promise<EmploymentRecord> {
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
      await this.audit.record(em, user, requestId, { action: 'employment.create', entityType: 'EmploymentRecord', entityId: record.id, programId, after: record });
      return record;
    });
  }
  async addMarker(user: User, requestId: string | null, input: AddOutcomeMarkerInput): Promise<OutcomeMarker> {
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
      await this.audit.record(em, user, requestId, { action: 'outcomeMarker.create', entityType: 'OutcomeMarker', entityId: marker.id, programId, after: marker });
      return marker;
    });
  }}
