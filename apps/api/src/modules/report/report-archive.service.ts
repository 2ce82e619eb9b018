import { Injectable } from '@nestjs/common';
import { periodLabel } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { entityColumns, hydrate, PageArgs, paginate, SortDirection, type ConnectionShape } from '../../common/graphql/connection';
import { badInput, forbidden, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import type { User } from '../../common/auth/user.entity';
import { DisclosureEvent, ReportSnapshot } from './report.entity';
import { ReportService, type ReportRequest } from './report.service';
import type { OutcomeReport, StoredReport } from './report.types';
import { UUID } from '../../common/graphql/input-values';

const SNAPSHOT_SORT = `to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
const DISCLOSURE_SORT = `to_char(d.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/**
 * What is kept of reports: saved snapshots (the report exactly as generated) and the disclosure log
 * of every export of student records (FERPA; written by common/export/disclosure.ts).
 */
@Injectable()
export class ReportArchiveService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly reports: ReportService,
  ) {}

  async saveSnapshot(user: User, req: ReportRequest, title: string | null | undefined): Promise<ReportSnapshot> {
    if (title && title.length > 200) throw badInput('title: at most 200 characters.', [{ field: 'title', message: 'must be at most 200 characters' }]);
    const { report, scope } = await this.reports.generateWithScope(user, req);
    const { snapshotId: _none, generatedAt, ...rest } = report;
    const data: StoredReport = { ...rest, generatedAt: generatedAt.toISOString() };
    const defaultTitle = `${report.programNames.join(', ') || 'No programs'}${report.cohortCode ? ` — ${report.cohortCode}` : ''}, ${periodLabel(req)}`;
    const [row]: { id: string }[] = await this.ds.query(
      `INSERT INTO report_snapshots (program_ids, program_names, cohort_id, cohort_code, cohort_ids, period_start, period_end, title, created_by, created_at, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [report.programIds, report.programNames, scope.cohortId, scope.cohortCode, scope.cohortIds, req.periodStart, req.periodEnd,
        (title?.trim() || defaultTitle).slice(0, 200), user.id, generatedAt, JSON.stringify(data)],
    );
    return this.getSnapshot(user, row.id);
  }

  /**
   * A snapshot is visible to whoever may see everything it counts: an admin of every program in it;
   * an instructor only when it was restricted to cohorts that are all theirs.
   */
  private visibility(user: User, alias: string, offset: number): { sql: string; params: unknown[] } {
    const programs = this.scope.condition(user, 'program', 'vp', offset);
    const cohorts = this.scope.condition(user, 'cohort', 'vc', offset);
    const wholePrograms = this.scope.seesWholePrograms(user) ? 'true' : 'false';
    return {
      sql: `(NOT EXISTS (SELECT 1 FROM programs vp WHERE vp.id = ANY(${alias}.program_ids) AND NOT (${programs.sql}))
        AND (CASE WHEN ${alias}.cohort_ids IS NULL THEN ${wholePrograms}
                  ELSE NOT EXISTS (SELECT 1 FROM cohorts vc WHERE vc.id = ANY(${alias}.cohort_ids) AND NOT (${cohorts.sql})) END))`,
      params: programs.params.length ? programs.params : cohorts.params,
    };
  }

  async getSnapshot(user: User, id: string): Promise<ReportSnapshot> {
    if (!UUID.test(id)) throw notFound('Report snapshot');
    const vis = this.visibility(user, 's', 1);
    const rows: (Record<string, unknown> & { visible: boolean })[] = await this.ds.query(
      `SELECT ${entityColumns(this.ds, ReportSnapshot, 's')}, (${vis.sql}) AS visible FROM report_snapshots s WHERE s.id = $1`,
      [id, ...vis.params],
    );
    if (!rows[0]) throw notFound('Report snapshot');
    if (!rows[0].visible) throw forbidden('This report snapshot covers programs or cohorts outside those you have access to.');
    return hydrate(this.ds, ReportSnapshot, rows[0]);
  }

  async listSnapshots(user: User, programId: string | null | undefined, page: PageArgs): Promise<ConnectionShape<ReportSnapshot>> {
    const vis = this.visibility(user, 's', 0);
    const where = [vis.sql];
    const params = [...vis.params];
    if (programId) {
      params.push(programId);
      where.push(`$${params.length}::uuid = ANY(s.program_ids)`);
    }
    // The stored report (`data`) can be large: a list reads it only for the rows that ask (the snapshotData loader).
    return paginate(this.ds, ReportSnapshot, { alias: 's', from: 'report_snapshots s', where, params, sortExpr: SNAPSHOT_SORT, direction: SortDirection.DESC, omit: ['data'] }, page);
  }

  /** Disclosures concerning any of the admin's programs, newest first. */
  async listDisclosures(user: User, page: PageArgs): Promise<ConnectionShape<DisclosureEvent>> {
    const programs = this.scope.condition(user, 'program', 'vp', 0);
    const where = [`EXISTS (SELECT 1 FROM programs vp WHERE vp.id = ANY(d.program_ids) AND ${programs.sql})`];
    return paginate(this.ds, DisclosureEvent, { alias: 'd', from: 'disclosure_events d', where, params: programs.params, sortExpr: DISCLOSURE_SORT, direction: SortDirection.DESC }, page);
  }
}

/** A stored report as the GraphQL type (the same object, with its snapshot id and a Date). */
export function storedToReport(snapshotId: string, data: StoredReport): OutcomeReport {
  return { ...data, snapshotId, generatedAt: new Date(data.generatedAt) };
}
