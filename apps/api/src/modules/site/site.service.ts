import { Injectable } from '@nestjs/common';
import { ACTIVE_STATUSES, todayIn } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { containsPattern, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import { badInput, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import { Cohort } from '../cohort/cohort.entity';
import { Enrollment } from '../student/enrollment.entity';
import type { User } from '../../common/auth/user.entity';
import { AddPreceptorInput, CreatePlacementInput, CreateSiteInput, PlacementFilter, SiteFilter, UpdateSiteInput } from './dto/site.input';
import { Placement, Preceptor, Site } from './site.entity';
import { assertCompliancePolicy } from './placement-compliance';

@Injectable()
export class SiteService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  listSites(user: User, page: PageArgs, filter: SiteFilter = {}) {
    const scope = this.scope.condition(user, 'site', 's', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.programId) {
      params.push(filter.programId);
      where.push(`s.program_id = $${params.length}`);
    }
    if (filter.search?.trim()) {
      params.push(containsPattern(filter.search));
      where.push(`(s.name ILIKE $${params.length} OR s.address ILIKE $${params.length})`);
    }
    return paginate(this.ds, Site, { alias: 's', from: 'sites s', where, params, sortExpr: 'lower(s.name)', direction: SortDirection.ASC }, page);
  }

  async getSite(user: User, id: string): Promise<Site> {
    await this.scope.assert(user, 'site', id);
    return this.ds.getRepository(Site).findOneByOrFail({ id });
  }

  async createSite(user: User, requestId: string | null, input: CreateSiteInput): Promise<Site> {
    await this.scope.assert(user, 'program', input.programId);
    this.checkAgreement(input.agreementStartDate, input.agreementEndDate);
    return this.ds.transaction(async (em) => {
      const site = await em.getRepository(Site).save(em.getRepository(Site).create({ ...input, name: input.name.trim(), address: input.address.trim() }));
      await this.audit.record(em, user, requestId, { action: 'site.create', entityType: 'Site', entityId: site.id, programId: site.programId, after: site });
      return site;
    });
  }

  async updateSite(user: User, requestId: string | null, input: UpdateSiteInput): Promise<Site> {
    await this.scope.assert(user, 'site', input.id);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Site);
      const before = await repo.findOneOrFail({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      const { id, ...changes } = input;
      const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as Site;
      this.checkAgreement(merged.agreementStartDate, merged.agreementEndDate);
      await repo.update({ id }, { name: merged.name.trim(), address: merged.address.trim(), setting: merged.setting, capacity: merged.capacity, agreementStartDate: merged.agreementStartDate, agreementEndDate: merged.agreementEndDate });
      const after = await repo.findOneByOrFail({ id });
      await this.audit.record(em, user, requestId, { action: 'site.update', entityType: 'Site', entityId: id, programId: after.programId, before, after });
      return after;
    });
  }

  async addPreceptor(user: User, requestId: string | null, input: AddPreceptorInput): Promise<Preceptor> {
    const { programId } = await this.scope.assert(user, 'site', input.siteId);
    return this.ds.transaction(async (em) => {
      const [u]: { role: string }[] = await em.query(`SELECT role FROM users WHERE id = $1 AND disabled_at IS NULL`, [input.userId]);
      if (!u) throw notFound('User');
      if (u.role !== 'PRECEPTOR') throw badInput('userId: only a user with the preceptor role can be added as a preceptor.', [{ field: 'userId', message: 'must be a preceptor' }]);
      await assertLicenseCurrent(em, programId, input.licenseExpiresOn);
      const preceptor = await em.getRepository(Preceptor).save(
        em.getRepository(Preceptor).create({ programId, siteId: input.siteId, userId: input.userId, licenseNumber: input.licenseNumber.trim(), licenseExpiresOn: input.licenseExpiresOn }),
      );
      await this.audit.record(em, user, requestId, { action: 'preceptor.create', entityType: 'Preceptor', entityId: preceptor.id, programId, after: preceptor });
      return preceptor;
    });
  }

  listPlacements(user: User, page: PageArgs, filter: PlacementFilter = {}) {
    const scope = this.scope.condition(user, 'placement', 'pl', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.siteId) {
      params.push(filter.siteId);
      where.push(`pl.site_id = $${params.length}`);
    }
    if (filter.enrollmentId) {
      params.push(filter.enrollmentId);
      where.push(`pl.enrollment_id = $${params.length}`);
    }
    if (filter.cohortId) {
      params.push(filter.cohortId);
      where.push(`pl.enrollment_id IN (SELECT id FROM enrollments WHERE cohort_id = $${params.length})`);
    }
    return paginate(this.ds, Placement, { alias: 'pl', from: 'placements pl', where, params, sortExpr: `to_char(pl.start_date, 'YYYY-MM-DD')`, direction: SortDirection.DESC }, page);
  }

  /**
   * A placement must fit the cohort's externship window and the site's agreement, have a preceptor
   * of that site, and find the site below capacity on every day it covers. The site row is locked
   * so two placements cannot both take the last seat.
   */
  async createPlacement(user: User, requestId: string | null, input: CreatePlacementInput): Promise<Placement> {
    const { programId } = await this.scope.assert(user, 'enrollment', input.enrollmentId);
    if (input.endDate < input.startDate) {
      throw badInput('endDate: the placement must end on or after its start date.', [{ field: 'endDate', message: 'must be on or after the start date' }]);
    }
    return this.ds.transaction(async (em) => {
      const site = await em.getRepository(Site).findOne({ where: { id: input.siteId }, lock: { mode: 'pessimistic_write' } });
      if (!site || site.programId !== programId) throw notFound('Site');
      const enrollment = await em.getRepository(Enrollment).findOneByOrFail({ id: input.enrollmentId });
      if (!ACTIVE_STATUSES.includes(enrollment.status)) {
        throw badInput(`enrollmentId: the student is not active (status ${enrollment.status.toLowerCase().replace(/_/g, ' ')}); only active students can be placed.`);
      }
      const cohort = await em.getRepository(Cohort).findOneByOrFail({ id: enrollment.cohortId });
      if (input.startDate < cohort.externshipStartDate || input.endDate > cohort.externshipEndDate) {
        throw badInput(
          `startDate: the placement must fall within the cohort's externship window (${cohort.externshipStartDate} to ${cohort.externshipEndDate}).`,
          [{ field: 'startDate', message: `must be within ${cohort.externshipStartDate} – ${cohort.externshipEndDate}` }],
        );
      }
      if (input.startDate < site.agreementStartDate || input.endDate > site.agreementEndDate) {
        throw badInput(
          `siteId: ${site.name}'s affiliation agreement runs ${site.agreementStartDate} to ${site.agreementEndDate} and does not cover these dates.`,
          [{ field: 'siteId', message: 'agreement does not cover the dates' }],
        );
      }
      const preceptor = await em.getRepository(Preceptor).findOneBy({ id: input.preceptorId });
      if (!preceptor || preceptor.siteId !== site.id) {
        throw badInput('preceptorId: choose a preceptor who works at this site.', [{ field: 'preceptorId', message: 'must work at the chosen site' }]);
      }
      if (preceptor.licenseExpiresOn < input.endDate) {
        const [who]: { display_name: string }[] = await em.query(`SELECT display_name FROM users WHERE id = $1`, [preceptor.userId]);
        throw badInput(
          `preceptorId: ${who.display_name}'s license expires on ${preceptor.licenseExpiresOn}, before this placement ends on ${input.endDate}. Record the renewed license first, or choose another preceptor.`,
          [{ field: 'preceptorId', message: 'license expires before the placement ends' }],
        );
      }
      // The busiest day of the new placement: the most placements at the site on any one day.
      const [busiest]: { peak: number; day: string | null }[] = await em.query(
        `SELECT coalesce(max(n), 0)::int AS peak, (array_agg(d ORDER BY n DESC))[1]::date::text AS day FROM (
           SELECT d, count(pl.id) AS n FROM generate_series($2::date, $3::date, interval '1 day') d
           LEFT JOIN placements pl ON pl.site_id = $1 AND d BETWEEN pl.start_date AND pl.end_date
           GROUP BY d) per_day`,
        [site.id, input.startDate, input.endDate],
      );
      if (busiest.peak >= site.capacity) {
        throw badInput(
          `siteId: ${site.name} is full on ${busiest.day} (capacity ${site.capacity}). Choose other dates or another site.`,
          [{ field: 'siteId', message: 'site is full for these dates' }],
        );
      }
      const complianceGaps = await assertCompliancePolicy(em, enrollment.id, input.endDate);
      const placement = await em.getRepository(Placement).save(
        em.getRepository(Placement).create({ programId, enrollmentId: enrollment.id, siteId: site.id, preceptorId: preceptor.id, startDate: input.startDate, endDate: input.endDate, plannedHours: input.plannedHours }),
      );
      await this.audit.record(em, user, requestId, { action: 'placement.create', entityType: 'Placement', entityId: placement.id, programId, after: { ...placement, complianceGaps } });
      await this.notifyPlacement(em, placement, site, preceptor);
      return placement;
    });
  }

  /** The student and the preceptor hear of a new placement (the preceptor's email leaves the student's name to the portal). */
  private async notifyPlacement(em: EntityManager, placement: Placement, site: Site, preceptor: Preceptor) {
    const [people]: { student_user_id: string | null; student_name: string; preceptor_user_id: string; preceptor_name: string }[] = await em.query(
      `SELECT st.user_id AS student_user_id, st.first_name || ' ' || st.last_name AS student_name, u.id AS preceptor_user_id, u.display_name AS preceptor_name
         FROM enrollments e JOIN students st ON st.id = e.student_id CROSS JOIN users u WHERE e.id = $1 AND u.id = $2`,
      [placement.enrollmentId, preceptor.userId],
    );
    const common = { programId: placement.programId, kind: 'PLACEMENT_CREATED' as const, subjectType: 'Placement', subjectId: placement.id };
    const dates = { siteName: site.name, startDate: placement.startDate, endDate: placement.endDate, plannedHours: placement.plannedHours };
    await this.notifications.create(em, [
      ...(people.student_user_id ? [{ ...common, recipientId: people.student_user_id, data: { ...dates, audience: 'STUDENT', preceptorName: people.preceptor_name } }] : []),
      { ...common, recipientId: people.preceptor_user_id, data: { ...dates, audience: 'PRECEPTOR', studentName: people.student_name } },
    ]);
  }

  private checkAgreement(start: string, end: string) {
    if (end < start) {
      throw badInput('agreementEndDate: the agreement must end on or after it starts.', [{ field: 'agreementEndDate', message: 'must be on or after the start date' }]);
    }
  }
}

/**
 * A preceptor must hold a current license (docs/design.md §3.2): one that expired before today in
 * the program's time zone is refused when a preceptor is added or invited.
 */
export async function assertLicenseCurrent(db: { query: EntityManager['query'] }, programId: string, licenseExpiresOn: string): Promise<void> {
  const [program]: { time_zone: string }[] = await db.query(`SELECT time_zone FROM programs WHERE id = $1`, [programId]);
  const today = todayIn(program.time_zone);
  if (licenseExpiresOn < today) {
    throw badInput(`licenseExpiresOn: this license expired on ${licenseExpiresOn}. A preceptor needs a current license; enter the renewed license's expiry date.`, [
      { field: 'licenseExpiresOn', message: 'is in the past' },
    ]);
  }
}
