import { Injectable, type Type } from '@nestjs/common';
import { HourEntryStatus } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../common/database/prepared';
import { hydrateJson, KeysetQuery, pagePrimer, PageArgs, paginate, rowJson, SortDirection, unreadProperties } from '../../common/graphql/connection';
import type { Loaders } from '../../graphql/loaders';
import { badInput, conflict, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { Placement, Site } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { Student } from '../student/student.entity';
import type { User } from '../../common/auth/user.entity';
import { HourEntryFilter, LogHoursInput, UpdateHourEntryInput } from './dto/hours.input';
import { HourEntry } from './hour-entry.entity';
import { HOUR_ENTRY_FIELD_READS, HOUR_ENTRY_PAGE_KEEPS } from './hour-entry.fields';
import { clockedEditReason, EntryDraft, SCOPE_OFFSET } from './hour-rules';
import { writeEntry } from './hour-write';

const STATUSES: readonly string[] = Object.values(HourEntryStatus);

/** Hour entries: the lists (the review queue among them), logging a shift and editing a waiting one. */
@Injectable()
export class HoursService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
  ) {}

  /**
   * Hour entries, e.g. the review queue. `preload` fetches, in the page statement itself, the
   * enrollment and student, and the placement and site, that the queue shows for each entry, and
   * primes the request's loaders with them (those fields then cost no further statement); with the
   * selected `fields`, it reads only the columns those fields need (hour-entry.fields.ts).
   */
  list(
    user: User,
    page: PageArgs & { withTotalCount?: boolean },
    filter: HourEntryFilter = {},
    direction = SortDirection.DESC,
    preload?: { loaders: Loaders; enrollment: boolean; student: boolean; placement: boolean; site: boolean; fields?: Set<string> },
  ) {
    const scope = this.scope.condition(user, 'hourEntry', 'h', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.enrollmentId) {
      params.push(filter.enrollmentId);
      where.push(`h.enrollment_id = $${params.length}`);
    }
    if (filter.cohortId) {
      params.push(filter.cohortId);
      where.push(`h.enrollment_id IN (SELECT id FROM enrollments WHERE cohort_id = $${params.length})`);
    }
    if (filter.siteId) {
      params.push(filter.siteId);
      where.push(`h.placement_id IN (SELECT id FROM placements WHERE site_id = $${params.length})`);
    }
    if (filter.statuses?.length) {
      // Literals, not a parameter: the prepared page statement's generic plan then knows the status
      // and reads the queue's few entries through the index instead of filtering the cohort's all
      // (docs/performance.md §4). The values are the enum's, checked by GraphQL and again here.
      const statuses = filter.statuses.filter((st) => STATUSES.includes(st));
      where.push(statuses.length ? `h.status IN (${statuses.map((st) => `'${st}'`).join(', ')})` : 'false');
    }
    return paginate(
      this.ds,
      HourEntry,
      { alias: 'h', from: 'hour_entries h', where, params, sortExpr: 'h.started_at', direction,
        omit: preload?.fields && unreadProperties(this.ds, HourEntry, preload.fields, HOUR_ENTRY_FIELD_READS, HOUR_ENTRY_PAGE_KEEPS),
        ...(preload ? this.listPreload(preload) : {}) },
      page,
    );
  }

  private listPreload(o: { loaders: Loaders; enrollment: boolean; student: boolean; placement: boolean; site: boolean }): Pick<KeysetQuery<HourEntry>, 'related' | 'onRow'> {
    const student = o.enrollment && o.student;
    const site = o.placement && o.site;
    const select: string[] = [];
    const joins: string[] = [];
    if (o.enrollment) {
      select.push(rowJson('qe', 'e__json'), 'qe.student_id AS "e__studentId"');
      joins.push('JOIN enrollments qe ON qe.id = h."enrollmentId"');
    }
    if (student) {
      select.push(rowJson('qs', 's__json'));
      joins.push('JOIN students qs ON qs.id = qe.student_id');
    }
    if (o.placement) {
      select.push(rowJson('qp', 'p__json'), 'qp.site_id AS "p__siteId"');
      joins.push('LEFT JOIN placements qp ON qp.id = h."placementId"');
    }
    if (site) {
      select.push(rowJson('qsi', 'si__json'));
      joins.push('LEFT JOIN sites qsi ON qsi.id = qp.site_id');
    }
    const prime = pagePrimer();
    const json = <T>(entity: Type<T>, value: unknown) => () => hydrateJson(this.ds, entity, value);
    return {
      related: select.length ? { select, joins: joins.join(' ') } : undefined,
      onRow: (row, h) => {
        if (o.enrollment) prime(o.loaders.enrollment, h.enrollmentId, json(Enrollment, row.e__json));
        if (student) prime(o.loaders.student, row.e__studentId as string, json(Student, row.s__json));
        if (o.placement) prime(o.loaders.placement, h.placementId, json(Placement, row.p__json));
        if (site) prime(o.loaders.site, row.p__siteId as string | null, json(Site, row.si__json));
      },
    };
  }

  /**
   * Logged by someone other than the student (staff on their behalf), as the audit decides between
   * hours.log and hours.logOnBehalf (hour-write.ts). The queue and lists prime the loaders read here.
   */
  async loggedOnBehalf(h: HourEntry, loaders: Loaders): Promise<boolean> {
    const enrollment = await loaders.enrollment.load(h.enrollmentId);
    const student = enrollment ? await loaders.student.load(enrollment.studentId) : null;
    return h.loggedById !== student?.userId;
  }

    async get(user: User, id: string): Promise<HourEntry> {
    await this.scope.assert(user, 'hourEntry', id);
    return this.ds.getRepository(HourEntry).findOneByOrFail({ id });
  }

  /**
   * Logs one entry in one statement (one round trip, one transaction): the hour rules in SQL, and
   * the entry, its audit row and the preceptor's notification written only when every rule passes
   * (the exclusion constraint refuses overlaps). A refusal names the first rule that failed.
   */
  async log(user: User, requestId: string | null, input: LogHoursInput): Promise<HourEntry> {
    const draft: EntryDraft = { ...input, placementId: input.placementId ?? null, activityNote: input.activityNote.trim() };
    const scope = this.scope.condition(user, 'enrollment', 'e', SCOPE_OFFSET);
    const { entry } = await writeEntry(this.ds, (text, params) => preparedQuery(this.ds, text, params), user, draft, scope, { kind: 'insert', requestId });
    return entry!;
  }

  /**
   * The student edits a waiting entry (or answers "needs info"): back to SUBMITTED, version bumped.
   * The entry is locked and its version and status checked first (those refusals need its state);
   * then one statement applies the hour rules and writes the entry, its audit row and, for an
   * answer, the preceptor's notification.
   */
  async update(user: User, requestId: string | null, input: UpdateHourEntryInput): Promise<HourEntry> {
    await this.scope.assert(user, 'hourEntry', input.id);
    return this.ds.transaction(async (em) => {
      const before = await em.getRepository(HourEntry).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw notFound('Hour entry');
      if (before.version !== input.version) throw conflict('This entry changed since you opened it (it may have been reviewed). Reload it and try again.');
      if (before.status !== 'SUBMITTED' && before.status !== 'NEEDS_INFO') {
        throw badInput(`status: an entry that is ${before.status === 'APPROVED' ? 'approved is locked; ask your instructor to reopen it' : 'rejected cannot be edited; log the shift again'}.`);
      }
      const draft: EntryDraft = {
        enrollmentId: before.enrollmentId,
        component: input.component ?? before.component,
        placementId: input.placementId !== undefined ? input.placementId : before.placementId,
        startedAt: input.startedAt ?? before.startedAt,
        endedAt: input.endedAt ?? before.endedAt,
        activityNote: (input.activityNote ?? before.activityNote).trim(),
      };
      if (input.component && input.component !== 'EXPERIENTIAL' && input.placementId === undefined) draft.placementId = null;
      const editReason = clockedEditReason(before, draft, input.editReason);
      const scope = this.scope.condition(user, 'enrollment', 'e', SCOPE_OFFSET);
      const { entry: after } = await writeEntry(this.ds, (text, params) => em.query(text, params), user, draft, scope, { kind: 'update', entryId: before.id, editReason, requestId });
      return after!;
    });
  }

}
