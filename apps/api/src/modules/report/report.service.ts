import { Injectable } from '@nestjs/common';
import {
  BENCHMARK_LABELS, ENROLLED_STATUSES, Permission, ENROLLMENT_STATUS_LABELS, periodLabel, previousYear, ProgramBenchmarks, rate, REASON_CODE_LABELS,
  ReportPeriod, trendPeriods, UNAVAILABILITY_REASON_LABELS,
} from '@ptp/shared';
import { DataSource } from 'typeorm';
import { assertCan } from '../../common/auth/decorators';
import { recordDisclosure } from '../../common/export/disclosure';
import type { DownloadFile } from '../../common/export/send-file';
import { badInput } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import type { User } from '../../common/auth/user.entity';
import { exportFileName, renderCsvZip, renderPdf, reportDisclosure } from './report.export';
import { ASHP_COHORTS_SQL, FIGURES_SQL, PROGRAMS_SQL } from './report.sql';
import { AshpCohortRow, Computed, DOMAINS, employmentRule, FigureRow, ProgramRow, reportTables } from './report.tables';
import { OutcomeReport, ReportFigure, ReportRate, ReportStudent, ReportTrendPoint } from './report.types';

/** What a report is asked for (validated at the edge: dates, order, span). */
export interface ReportRequest extends ReportPeriod {
  programId?: string | null;
  cohortId?: string | null;
}

/** Which rows a report may count: the caller's programs, and for an instructor only their cohorts. */
export interface ReportScope {
  programIds: string[];
  /** null: every cohort of the programs. */
  cohortIds: string[] | null;
  cohortId: string | null;
  cohortCode: string | null;
}

const LABELS = { status: ENROLLMENT_STATUS_LABELS, reason: REASON_CODE_LABELS, unavailable: UNAVAILABILITY_REASON_LABELS };
/** The figures every report has, in the order they are listed, with their labels. */
const STATIC_FIGURES: [string, string][] = [
  ['status.BE', 'Beginning enrollment (BE)'],
  ['status.NS', 'New starts (NS)'],
  ['status.RE', 'Re-entries (RE)'],
  ['status.cumulative', 'Cumulative enrollment (BE + NS + RE)'],
  ['status.G', 'Graduates (G)'],
  ['status.NGC', 'Non-graduate completers'],
  ['status.W', 'Withdrawals (withdrawn or dismissed)'],
  ['status.T', 'Transferred out'],
  ['status.EE', 'Ending enrollment (EE)'],
  ['abhes.retained', 'Retained: ending enrollment and graduates (EE + G)'],
  ['abhes.F', 'Graduates employed in field (F)'],
  ['abhes.R', 'Graduates employed in a related field (R)'],
  ['abhes.U', 'Graduates documented unavailable for employment (U)'],
  ['abhes.placed', 'Graduates placed (F + R)'],
  ['abhes.placementBase', 'Graduates available for employment (G − U)'],
  ['abhes.notPlaced', 'Graduates not placed (unrelated job, waiting, refused or unknown)'],
  ['coe.completers', 'Completers (graduates and non-graduate completers)'],
  ['coe.exited', 'Left enrollment in the period (cumulative enrollment − still enrolled)'],
  ['coe.inField', 'Completers employed in field'],
  ['coe.related', 'Completers employed in a related field'],
  ['coe.placed', 'Completers employed in field or a related field'],
  ['coe.waiting', 'Completers waiting to take a credentialing exam'],
  ['coe.unavailable', 'Completers documented unavailable for employment'],
  ['coe.refused', 'Completers who refused employment'],
  ['coe.placementBase', 'Completers available for employment (completers − waiting − unavailable − refused)'],
  ['coe.notPlaced', 'Completers not placed (unrelated job or unknown)'],
  ['coe.tookExam', 'Completers who took a credentialing exam'],
  ['coe.passedExam', 'Completers who passed a credentialing exam'],
  ['ptcb.previousYearEnrollment', "Previous year's enrollment (BE + NS + RE of the 12 months before the period)"],
];

@Injectable()
export class ReportService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
  ) {}

  /**
   * The rows the caller may report on, checked with the scope service: an admin their programs, an
   * instructor only their cohorts (without cohortId: all of their cohorts). A program or cohort
   * outside that is NOT_FOUND or FORBIDDEN, as everywhere else.
   */
  async resolveScope(user: User, req: Pick<ReportRequest, 'programId' | 'cohortId'>): Promise<ReportScope> {
    assertCan(user, Permission.REPORT_VIEW, 'Reports are for program directors and instructors.');
    if (req.cohortId) {
      const { programId } = await this.scope.assert(user, 'cohort', req.cohortId);
      if (req.programId && req.programId !== programId) {
        throw badInput('cohortId: this cohort belongs to another program than programId.', [{ field: 'cohortId', message: 'is not a cohort of the program' }]);
      }
      const [cohort]: { code: string }[] = await this.ds.query(`SELECT code FROM cohorts WHERE id = $1`, [req.cohortId]);
      return { programIds: [programId], cohortIds: [req.cohortId], cohortId: req.cohortId, cohortCode: cohort.code };
    }
    if (req.programId) await this.scope.assert(user, 'program', req.programId);
    const programScope = this.scope.condition(user, 'program', 'p', 1);
    const cohortScope = this.scope.condition(user, 'cohort', 'c', 1);
    const [programs, cohorts]: [{ id: string }[], { id: string }[]] = await Promise.all([
      this.ds.query(`SELECT p.id FROM programs p WHERE ($1::uuid IS NULL OR p.id = $1) AND ${programScope.sql} ORDER BY p.id`, [req.programId ?? null, ...programScope.params]),
      this.scope.seesWholePrograms(user)
        ? Promise.resolve([])
        : this.ds.query(`SELECT c.id FROM cohorts c WHERE ($1::uuid IS NULL OR c.program_id = $1) AND ${cohortScope.sql} ORDER BY c.id`, [req.programId ?? null, ...cohortScope.params]),
    ]);
    return {
      programIds: programs.map((p) => p.id),
      cohortIds: this.scope.seesWholePrograms(user) ? null : cohorts.map((c) => c.id),
      cohortId: null,
      cohortCode: null,
    };
  }

  async generate(user: User, req: ReportRequest): Promise<OutcomeReport> {
    return (await this.generateWithScope(user, req)).report;
  }

  /** The report and the rows it was allowed to count (a snapshot stores both). */
  async generateWithScope(user: User, req: ReportRequest): Promise<{ report: OutcomeReport; scope: ReportScope }> {
    const scope = await this.resolveScope(user, req);
    return { report: await this.build(user, scope, req, true), scope };
  }

  /** The same period shifted back 0..periods-1 whole years, oldest first; rates only. */
  async trend(user: User, req: ReportRequest, periods: number): Promise<ReportTrendPoint[]> {
    if (!Number.isInteger(periods) || periods < 1 || periods > 10) {
      throw badInput('periods: ask for 1 to 10 periods.', [{ field: 'periods', message: 'must be between 1 and 10' }]);
    }
    const scope = await this.resolveScope(user, req);
    const points: ReportTrendPoint[] = [];
    for (const period of trendPeriods(req, periods)) {
      const report = await this.build(user, scope, period, false);
      points.push({ ...period, label: periodLabel(period), rates: report.rates });
    }
    return points;
  }

  private async compute(scope: ReportScope, period: ReportPeriod, withStudents: boolean): Promise<Computed> {
    const { programIds, cohortIds } = scope;
    const prev = previousYear(period);
    const [programs, figureRows, exams, ashp] = await Promise.all([
      this.ds.query(PROGRAMS_SQL, [programIds]) as Promise<ProgramRow[]>,
      this.ds.query(FIGURES_SQL, [programIds, cohortIds, period.periodStart, period.periodEnd, prev.periodStart, withStudents, ENROLLED_STATUSES, LABELS]) as Promise<FigureRow[]>,
      this.ds.query(`SELECT code, name, active FROM exams ORDER BY code`) as Promise<{ code: string; name: string; active: boolean }[]>,
      this.ds.query(ASHP_COHORTS_SQL, [programIds, cohortIds, period.periodStart, period.periodEnd]) as Promise<AshpCohortRow[]>,
    ]);
    const figures = new Map(figureRows.map((f) => [f.key, f]));
    // Active exams, and retired ones that someone in the report sat.
    const shown = exams.filter((e) => e.active || figures.has(`exam.${e.code}.attempted`));
    return { programs, figures, exams: shown, ashp };
  }

  private async build(user: User, scope: ReportScope, period: ReportPeriod, withStudents: boolean): Promise<OutcomeReport> {
    const generatedAt = new Date();
    const c = await this.compute(scope, period, withStudents);
    const figures: ReportFigure[] = [];
    const drillDown: Record<string, ReportStudent[]> = {};
    const count = (key: string) => c.figures.get(key)?.count ?? 0;
    const figure = (key: string, label: string) => {
      figures.push({ key, label, count: count(key) });
      drillDown[key] = c.figures.get(key)?.students ?? [];
    };
    for (const [key, label] of STATIC_FIGURES) figure(key, label);
    for (const e of [...c.exams, { code: 'all', name: 'any credentialing exam' }]) {
      const name = e.code === 'all' ? 'Any credentialing exam' : e.code;
      figure(`exam.${e.code}.attempted`, `${name}: graduates who attempted`);
      figure(`exam.${e.code}.firstPassed`, `${name}: graduates who passed their first attempt`);
      figure(`exam.${e.code}.passed`, `${name}: graduates who passed (any attempt)`);
    }
    const multiProgram = c.programs.length > 1;
    const cohortLabel = (row: AshpCohortRow) =>
      multiProgram ? `${row.code} (${c.programs.find((p) => p.id === row.programId)?.name ?? ''})` : row.code;
    for (const row of c.ashp) {
      figure(`ashp.${row.id}.students`, `${cohortLabel(row)}: students counted`);
      figure(`ashp.${row.id}.rotationMet`, `${cohortLabel(row)}: students meeting the rotation rules`);
      for (const d of DOMAINS) figure(`ashp.${row.id}.domain${d}`, `${cohortLabel(row)}: students with every domain ${d} competency signed`);
    }

    // Benchmarks: a program's own; across programs whose benchmarks differ, the most demanding.
    const benchmark = (k: keyof ProgramBenchmarks): number | null =>
      c.programs.length ? Math.max(...c.programs.map((p) => p.benchmarks[k])) : null;
    const differs = (k: keyof ProgramBenchmarks) => new Set(c.programs.map((p) => p.benchmarks[k])).size > 1;
    const rates: ReportRate[] = [];
    const addRate = (
      key: string, label: string, numeratorKey: string, denominatorKey: string, bench: keyof ProgramBenchmarks | null, noun: string,
      denominator = count(denominatorKey),
    ) => {
      const r = rate(count(numeratorKey), Math.max(0, denominator), bench ? benchmark(bench) : null, noun);
      const notes = [r.note, bench && differs(bench) ? `${BENCHMARK_LABELS[bench]} benchmarks differ between the programs; the highest is shown.` : null].filter(Boolean);
      rates.push({
        key, label, numerator: r.numerator, denominator: r.denominator, value: r.value, text: r.text, benchmark: r.benchmark,
        belowBenchmark: r.belowBenchmark, note: notes.length ? notes.join(' ') : null, numeratorKey, denominatorKey,
      });
    };
    const stillEnrolledBase = count('status.cumulative') - count('status.EE');
    addRate('abhes.retention', 'ABHES retention', 'abhes.retained', 'status.cumulative', 'abhesRetention', 'students');
    addRate('abhes.placement', 'ABHES placement', 'abhes.placed', 'abhes.placementBase', 'abhesPlacement', 'graduates available for employment');
    addRate('coe.completion', 'COE completion', 'coe.completers', 'coe.exited', 'coeCompletion', 'students who left enrollment', stillEnrolledBase);
    addRate('coe.placement', 'COE placement', 'coe.placed', 'coe.placementBase', 'coePlacement', 'completers available for employment');
    addRate('coe.licensure', 'COE licensure', 'coe.passedExam', 'coe.tookExam', 'coeLicensure', 'completers who took an exam');
    for (const e of [...c.exams, { code: 'all', name: '' }]) {
      const name = e.code === 'all' ? 'All credentialing exams' : e.code;
      addRate(`exam.${e.code}.participation`, `${name}: participation`, `exam.${e.code}.attempted`, 'status.G', null, 'graduates');
      addRate(`exam.${e.code}.firstAttemptPass`, `${name}: first-attempt pass rate`, `exam.${e.code}.firstPassed`, `exam.${e.code}.attempted`, 'examPass', 'graduates who attempted');
      addRate(`exam.${e.code}.eventualPass`, `${name}: eventual pass rate`, `exam.${e.code}.passed`, `exam.${e.code}.attempted`, 'examPass', 'graduates who attempted');
    }
    addRate('ptcb.completion', 'PTCB completion rate', 'coe.completers', 'coe.exited', null, 'students who left enrollment', stillEnrolledBase);

    const tables = reportTables(c, period, figures, rates, generatedAt, cohortLabel);
    return {
      snapshotId: null,
      programIds: c.programs.map((p) => p.id),
      programNames: c.programs.map((p) => p.name),
      cohortId: scope.cohortId,
      cohortCode: scope.cohortCode,
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
      generatedAt,
      generatedBy: user.displayName,
      employmentRule: employmentRule(c.programs),
      rates,
      figures,
      tables,
      drillDown,
    };
  }

  /**
   * A report as a download (PDF, or a zip of CSV files), written to the disclosure log before it is
   * handed out: the one path of the live and the snapshot exports.
   */
  async exportFile(user: User, requestId: string | null, report: OutcomeReport, e: { format: 'pdf' | 'csv'; purpose: string | null; snapshotTitle: string | null }): Promise<DownloadFile> {
    const meta = { timeZone: await this.timeZoneOf(report.programIds), snapshotTitle: e.snapshotTitle };
    const body = e.format === 'pdf' ? await renderPdf(report, meta) : renderCsvZip(report, meta);
    await recordDisclosure(this.ds, user, requestId, reportDisclosure(report, e.format, e.purpose));
    return e.format === 'pdf'
      ? { filename: exportFileName(report, 'pdf'), body, contentType: 'application/pdf' }
      : { filename: exportFileName(report, 'zip'), body, contentType: 'application/zip' };
  }

  /** The time zone exports print times in: the first program's (by name), else UTC. */
  private async timeZoneOf(programIds: string[]): Promise<string> {
    const [row]: { time_zone: string }[] = await this.ds.query(
      `SELECT time_zone FROM programs WHERE id = ANY($1::uuid[]) ORDER BY lower(name), id LIMIT 1`, [programIds],
    );
    return row?.time_zone ?? 'UTC';
  }
}
