import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { containsPattern, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import { badInput } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import type { User } from '../../common/auth/user.entity';
import { Cohort } from './cohort.entity';
import { AssignInstructorsInput, CohortFilter, CreateCohortInput, UpdateCohortInput } from './dto/cohort.input';

type CohortDates = Pick<Cohort, 'startDate' | 'expectedEndDate' | 'externshipStartDate' | 'externshipEndDate'>;

@Injectable()
export class CohortService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  list(user: User, page: PageArgs, filter: CohortFilter = {}) {
    const scope = this.scope.condition(user, 'cohort', 'c', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.programId) {
      params.push(filter.programId);
      where.push(`c.program_id = $${params.length}`);
    }
    if (filter.search?.trim()) {
      params.push(containsPattern(filter.search));
      where.push(`(c.code ILIKE $${params.length} OR c.name ILIKE $${params.length})`);
    }
    // Newest cohorts first; the sort key is text so the cursor round-trips exactly.
    return paginate(this.ds, Cohort, { alias: 'c', from: 'cohorts c', where, params, sortExpr: `to_char(c.start_date, 'YYYY-MM-DD') || c.code`, direction: SortDirection.DESC }, page);
  }

  async get(user: User, id: string): Promise<Cohort> {
    await this.scope.assert(user, 'cohort', id);
    return this.ds.getRepository(Cohort).findOneByOrFail({ id });
  }

  async create(user: User, requestId: string | null, input: CreateCohortInput): Promise<Cohort> {
    await this.scope.assert(user, 'program', input.programId);
    this.checkDates(input);
    return this.ds.transaction(async (em) => {
      const { instructorIds, ...fields } = input;
      const cohort = await em.getRepository(Cohort).save(em.getRepository(Cohort).create({ ...fields, code: fields.code.trim(), name: fields.name.trim() }));
      const instructors = await this.setInstructors(em, cohort.id, instructorIds ?? []);
      await this.audit.record(em, user, requestId, {
        action: 'cohort.create', entityType: 'Cohort', entityId: cohort.id, programId: cohort.programId,
        after: { ...cohort, instructorIds: instructors },
      });
      return cohort;
    });
  }

  async update(user: User, requestId: string | null, input: UpdateCohortInput): Promise<Cohort> {
    await this.scope.assert(user, 'cohort', input.id);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Cohort);
      const before = await repo.findOneOrFail({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      const { id, ...changes } = input;
      const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as Cohort;
      this.checkDates(merged);
      await repo.update({ id }, { code: merged.code.trim(), name: merged.name.trim(), startDate: merged.startDate, expectedEndDate: merged.expectedEndDate, externshipStartDate: merged.externshipStartDate, externshipEndDate: merged.externshipEndDate });
      const after = await repo.findOneByOrFail({ id });
      await this.audit.record(em, user, requestId, { action: 'cohort.update', entityType: 'Cohort', entityId: id, programId: after.programId, before, after });
      return after;
    });
  }

  async assignInstructors(user: User, requestId: string | null, input: AssignInstructorsInput): Promise<Cohort> {
    const { programId } = await this.scope.assert(user, 'cohort', input.cohortId);
    return this.ds.transaction(async (em) => {
      await em.query(`SELECT 1 FROM cohorts WHERE id = $1 FOR UPDATE`, [input.cohortId]);
      const before: { user_id: string }[] = await em.query(`SELECT user_id FROM cohort_instructors WHERE cohort_id = $1 ORDER BY user_id`, [input.cohortId]);
      await em.query(`DELETE FROM cohort_instructors WHERE cohort_id = $1`, [input.cohortId]);
      const after = await this.setInstructors(em, input.cohortId, input.instructorIds);
      await this.audit.record(em, user, requestId, {
        action: 'cohort.assignInstructors', entityType: 'Cohort', entityId: input.cohortId, programId,
        before: { instructorIds: before.map((r) => r.user_id) }, after: { instructorIds: after },
      });
      return em.getRepository(Cohort).findOneByOrFail({ id: input.cohortId });
    });
  }

  private async setInstructors(em: EntityManager, cohortId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)].sort();
    if (!unique.length) return [];
    const found: { id: string }[] = await em.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND role = 'INSTRUCTOR' AND disabled_at IS NULL`, [unique]);
    if (found.length !== unique.length) {
      throw badInput('instructorIds: every instructor must be an active user with the instructor role.');
    }
    await em.query(`INSERT INTO cohort_instructors (cohort_id, user_id) SELECT $1, unnest($2::uuid[])`, [cohortId, unique]);
    return unique;
  }

  private checkDates(d: CohortDates) {
    if (d.expectedEndDate < d.startDate) throw badInput('expectedEndDate: the cohort must end on or after its start date.', [{ field: 'expectedEndDate', message: 'must be on or after the start date' }]);
    if (d.externshipEndDate < d.externshipStartDate) throw badInput('externshipEndDate: the externship window must end on or after it starts.', [{ field: 'externshipEndDate', message: 'must be on or after the externship start' }]);
    if (d.externshipStartDate < d.startDate || d.externshipEndDate > d.expectedEndDate) {
      throw badInput('externshipStartDate: the externship window must lie within the cohort dates.', [{ field: 'externshipStartDate', message: 'must lie within the cohort dates' }]);
    }
  }
}
