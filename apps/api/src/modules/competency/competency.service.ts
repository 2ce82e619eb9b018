import { Injectable } from '@nestjs/common';
import { todayIn } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/graphql/errors';
import type { Loaders } from '../../graphql/loaders';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { Program } from '../program/program.entity';
import type { Enrollment } from '../student/enrollment.entity';
import { placementMinutesSql } from '../hours/progress.sql';
import { Placement } from '../site/site.entity';
import type { User } from '../../common/auth/user.entity';
import { Competency, CompetencySignoff } from './competency.entity';
import type { SaveCompetencyInput, SetPlacementCompetenciesInput, SetProgramCompetenciesInput, SignOffCompetencyInput, TrainingPlan } from './dto/competency.input';

/** The shared competency library, what each program adopts, and students' sign-offs. */
@Injectable()
export class CompetencyService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  library(): Promise<Competency[]> {
    return this.ds.getRepository(Competency).find({ order: { domainNumber: 'ASC', sortOrder: 'ASC', code: 'ASC' } });
  }

  async save(user: User, requestId: string | null, input: SaveCompetencyInput): Promise<Competency> {
    if (!input.code.endsWith(input.level) || !input.code.startsWith(`${input.domainNumber}.`)) {
      throw badInput('code: the code must start with the domain number and end with the level (e.g. 4.2E).');
    }
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Competency);
      const before = input.id ? await repo.findOneBy({ id: input.id }) : null;
      if (input.id && !before) throw notFound('Competency');
      const { id: _id, ...fields } = input;
      const saved = before ? await repo.save({ ...before, ...fields }) : await repo.save(repo.create({ ...fields, sortOrder: 1000 }));
      await this.audit.record(em, user, requestId, { action: before ? 'competency.update' : 'competency.create', entityType: 'Competency', entityId: saved.id, before: before ?? undefined, after: saved });
      return saved;
    });
  }

  async setForProgram(user: User, requestId: string | null, input: SetProgramCompetenciesInput): Promise<Program> {
    await this.scope.assert(user, 'program', input.programId);
    return this.ds.transaction(async (em) => {
      const before: { competency_id: string }[] = await em.query(`SELECT competency_id FROM program_competencies WHERE program_id = $1`, [input.programId]);
      await em.query(`DELETE FROM program_competencies WHERE program_id = $1`, [input.programId]);
      const ids = [...new Set(input.competencyIds)];
      const found: unknown[] = await em.query(`SELECT id FROM competencies WHERE id = ANY($1::uuid[])`, [ids]);
      if (found.length !== ids.length) throw badInput('competencyIds: some ids are not competencies of the library.');
      await em.query(`INSERT INTO program_competencies (program_id, competency_id) SELECT $1, unnest($2::uuid[])`, [input.programId, ids]);
      await this.audit.record(em, user, requestId, { action: 'program.competencies', entityType: 'Program', entityId: input.programId, programId: input.programId, before: { competencyIds: before.map((b) => b.competency_id) }, after: { competencyIds: ids } });
      return em.getRepository(Program).findOneByOrFail({ id: input.programId });
    });
  }

  /** Replaces the competencies a rotation is to cover (its training plan); each must be one the program adopted. Audited. */
  async setForPlacement(user: User, requestId: string | null, input: SetPlacementCompetenciesInput): Promise<Placement> {
    const { programId } = await this.scope.assert(user, 'placement', input.placementId);
    const ids = [...new Set(input.competencyIds)];
    const adopted: unknown[] = await this.ds.query(`SELECT 1 FROM program_competencies WHERE program_id = $1 AND competency_id = ANY($2::uuid[])`, [programId, ids]);
    if (adopted.length !== ids.length) throw badInput("competencyIds: some of these competencies are not part of the student's program.");
    return this.ds.transaction(async (em) => {
      const before: { competency_id: string }[] = await em.query(`SELECT competency_id FROM placement_competencies WHERE placement_id = $1 ORDER BY 1`, [input.placementId]);
      await em.query(`DELETE FROM placement_competencies WHERE placement_id = $1`, [input.placementId]);
      await em.query(`INSERT INTO placement_competencies (placement_id, competency_id) SELECT $1, unnest($2::uuid[])`, [input.placementId, ids]);
      await this.audit.record(em, user, requestId, {
        action: 'placement.competencies', entityType: 'Placement', entityId: input.placementId, programId, before: { competencyIds: before.map((b) => b.competency_id) }, after: { competencyIds: ids },
      });
      return em.getRepository(Placement).findOneByOrFail({ id: input.placementId });
    });
  }

  /** A sign-off is dated on or before today in the program's time zone, once per competency and student. */
  async signOff(user: User, requestId: string | null, input: SignOffCompetencyInput): Promise<CompetencySignoff> {
    const { programId, timeZone } = await this.scope.assert(user, 'enrollment', input.enrollmentId);
    const [adopted]: unknown[] = await this.ds.query(
      `SELECT 1 FROM program_competencies WHERE program_id = $1 AND competency_id = $2`,
      [programId, input.competencyId],
    );
    if (!adopted) throw badInput("competencyId: this competency is not part of the student's program.");
    if (input.signedOn > todayIn(timeZone)) throw badInput('signedOn: a sign-off cannot be dated in the future.');
    return this.ds.transaction(async (em) => {
      const rows: Record<string, unknown>[] = await em.query(
        `INSERT INTO competency_signoffs (program_id, enrollment_id, competency_id, signed_by, signed_on, note)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT competency_signoffs_once_key DO NOTHING RETURNING id`,
        [programId, input.enrollmentId, input.competencyId, user.id, input.signedOn, input.note?.trim() || null],
      );
      if (!rows[0]) throw conflict('This competency is already signed off for this student.');
      const signoff = await em.getRepository(CompetencySignoff).findOneByOrFail({ id: rows[0].id as string });
      await this.audit.record(em, user, requestId, { action: 'competency.signoff', entityType: 'CompetencySignoff', entityId: signoff.id, programId, after: signoff });
      return signoff;
    });
  }

  /** The enrollment's rotations with the competencies each is to cover, their sign-offs and the hours logged on each (maintained totals). */
  async trainingPlan(loaders: Loaders, e: Enrollment): Promise<TrainingPlan> {
    const [competencies, signoffs, placements] = await Promise.all([
      loaders.competenciesByProgram.load(e.programId),
      loaders.signoffsByEnrollment.load(e.id),
      loaders.placementsByEnrollment.load(e.id),
    ]);
    const ids = placements.map((p) => p.id);
    const [links, hours]: [{ placement_id: string; competency_id: string }[], { placement_id: string; approved: number; pending: number }[]] = ids.length
      ? await Promise.all([
          this.ds.query(`SELECT placement_id, competency_id FROM placement_competencies WHERE placement_id = ANY($1::uuid[])`, [ids]),
          this.ds.query(
            `SELECT pl.id AS placement_id, round(m.approved_minutes / 60.0, 2)::float AS approved, round(m.pending_minutes / 60.0, 2)::float AS pending
               FROM unnest($2::uuid[]) pl(id) CROSS JOIN LATERAL (${placementMinutesSql('$1::uuid', 'pl.id')}) m`,
            [e.id, ids],
          ),
        ])
      : [[], []];
    const signoffOf = new Map(signoffs.map((s) => [s.competencyId, s]));
    const item = (c: (typeof competencies)[number]) => ({ competency: c, signoff: signoffOf.get(c.id) ?? null });
    const planned = new Set(links.map((l) => l.competency_id));
    const rotations = placements.map((placement) => {
      const mine = new Set(links.filter((l) => l.placement_id === placement.id).map((l) => l.competency_id));
      const h = hours.find((x) => x.placement_id === placement.id);
      return {
        placement, approvedHours: h?.approved ?? 0, pendingHours: h?.pending ?? 0,
        competencies: competencies.filter((c) => mine.has(c.id)).map(item),
      };
    });
    const plannedItems = competencies.filter((c) => planned.has(c.id));
    return {
      rotations,
      unplanned: competencies.filter((c) => !planned.has(c.id)).map(item),
      plannedCount: plannedItems.length,
      plannedSignedOffCount: plannedItems.filter((c) => signoffOf.has(c.id)).length,
    };
  }
}
