import { Injectable } from '@nestjs/common';
import { ASHP_MINIMUMS, DEFAULT_COMPLIANCE_ITEMS } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { containsPattern, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import { badInput } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { insertDefaultEvaluationForms } from '../evaluation/default-forms';
import type { User } from '../../common/auth/user.entity';
import { CreateProgramInput, HourRequirementInput, ProgramBenchmarksInput, ProgramFilter, UpdateProgramInput } from './dto/program.input';
import { Program, ProgramRequirement } from './program.entity';

@Injectable()
export class ProgramService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  list(user: User, page: PageArgs, filter: ProgramFilter = {}) {
    const scope = this.scope.condition(user, 'program', 'p', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.search?.trim()) {
      params.push(containsPattern(filter.search));
      where.push(`p.name ILIKE $${params.length}`);
    }
    return paginate(this.ds, Program, { alias: 'p', from: 'programs p', where, params, sortExpr: 'lower(p.name)', direction: SortDirection.ASC }, page);
  }

  async get(user: User, id: string): Promise<Program> {
    await this.scope.assert(user, 'program', id);
    return this.ds.getRepository(Program).findOneByOrFail({ id });
  }

  async create(user: User, requestId: string | null, input: CreateProgramInput): Promise<Program> {
    const template = ASHP_MINIMUMS[input.level];
    const requirements = input.requirements ?? template.requirements;
    this.checkRequirements(requirements);
    return this.ds.transaction(async (em) => {
      const program = await em.getRepository(Program).save(
        em.getRepository(Program).create({
          name: input.name.trim(),
          level: input.level,
          timeZone: input.timeZone,
          accreditors: input.accreditors ?? ['ASHP/ACPE'],
          minTotalHours: template.minTotalHours,
          minWeeks: template.minWeeks,
          minRotations: template.minRotations,
          minSingleRotationHours: template.minSingleRotationHours,
          minRotationTotalHours: template.minRotationTotalHours,
        }),
      );
      await this.replaceRequirements(em, program.id, requirements);
      // The usual compliance items; the program edits them afterwards.
      await em.query(
        `INSERT INTO compliance_items (program_id, code, name, validity, validity_months, sort_order)
         SELECT $1, code, name, validity::validity_kind, months, ord FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY AS t(code, name, validity, months, ord)`,
        [program.id, DEFAULT_COMPLIANCE_ITEMS.map((i) => i.code), DEFAULT_COMPLIANCE_ITEMS.map((i) => i.name), DEFAULT_COMPLIANCE_ITEMS.map((i) => i.validity), DEFAULT_COMPLIANCE_ITEMS.map((i) => i.validityMonths)],
      );
      await insertDefaultEvaluationForms(em, program.id);
      // The competencies of the level (ADVANCED includes entry).
      await em.query(
        `INSERT INTO program_competencies (program_id, competency_id) SELECT $1, id FROM competencies WHERE active AND (level = 'E' OR $2 = 'ADVANCED')`,
        [program.id, input.level],
      );
      // The director who creates a program administers it.
      await em.query(`INSERT INTO program_admins (program_id, user_id) VALUES ($1, $2)`, [program.id, user.id]);
      await this.audit.record(em, user, requestId, {
        action: 'program.create', entityType: 'Program', entityId: program.id, programId: program.id,
        after: { ...program, requirements },
      });
      return program;
    });
  }

  async update(user: User, requestId: string | null, input: UpdateProgramInput): Promise<Program> {
    await this.scope.assert(user, 'program', input.id);
    if (input.requirements) this.checkRequirements(input.requirements);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Program);
      const before = await repo.findOneOrFail({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      const beforeRequirements = await em.getRepository(ProgramRequirement).findBy({ programId: input.id });
      const changes: Partial<Program> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
      if (input.accreditors !== undefined) changes.accreditors = input.accreditors;
      if (input.expiredCompliancePolicy !== undefined) changes.expiredCompliancePolicy = input.expiredCompliancePolicy;
      if (input.countOnlyVerifiedEmployment !== undefined) changes.countOnlyVerifiedEmployment = input.countOnlyVerifiedEmployment;
      if (Object.keys(changes).length) await repo.update({ id: input.id }, changes);
      if (input.requirements) await this.replaceRequirements(em, input.id, input.requirements);
      const after = await repo.findOneByOrFail({ id: input.id });
      await this.audit.record(em, user, requestId, {
        action: 'program.update', entityType: 'Program', entityId: input.id, programId: input.id,
        before: { ...before, requirements: beforeRequirements },
        after: { ...after, requirements: input.requirements ?? beforeRequirements },
      });
      return after;
    });
  }

  /** Sets the benchmarks shown beside the program's report rates; audited in the same transaction. */
  async updateBenchmarks(user: User, requestId: string | null, programId: string, input: ProgramBenchmarksInput): Promise<Program> {
    await this.scope.assert(user, 'program', programId);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Program);
      const before = await repo.findOneOrFail({ where: { id: programId }, lock: { mode: 'pessimistic_write' } });
      await repo.update({ id: programId }, {
        benchmarkAbhesRetention: input.abhesRetention,
        benchmarkAbhesPlacement: input.abhesPlacement,
        benchmarkCoeCompletion: input.coeCompletion,
        benchmarkCoePlacement: input.coePlacement,
        benchmarkCoeLicensure: input.coeLicensure,
        benchmarkExamPass: input.examPass,
      });
      const after = await repo.findOneByOrFail({ id: programId });
      await this.audit.record(em, user, requestId, {
        action: 'program.benchmarks.update', entityType: 'Program', entityId: programId, programId,
        before: before.benchmarks, after: after.benchmarks,
      });
      return after;
    });
  }

  private checkRequirements(requirements: HourRequirementInput[]) {
    const seen = new Set<string>();
    for (const r of requirements) {
      const key = `${r.component}/${r.setting ?? 'ANY'}`;
      if (seen.has(key)) {
        throw badInput(`requirements: ${r.component}${r.setting ? ` in ${r.setting}` : ''} appears twice; give each component and setting once.`);
      }
      seen.add(key);
    }
  }

  private async replaceRequirements(em: EntityManager, programId: string, requirements: HourRequirementInput[]) {
    await em.query(`DELETE FROM program_requirements WHERE program_id = $1`, [programId]);
    if (!requirements.length) return;
    await em.getRepository(ProgramRequirement).insert(
      requirements.map((r) => ({ programId, component: r.component, setting: r.setting ?? null, minHours: r.minHours })),
    );
  }
}
