import { Injectable } from '@nestjs/common';
import {
  addDays, BENCHMARK_LABELS, DisclosureAction, ENROLLED_STATUSES, ENROLLMENT_STATUS_LABELS, formatBenchmark, periodLabel, previousYear,
  ProgramBenchmarks, rate, REASON_CODE_LABELS, ReportPeriod, trendPeriods, UNAVAILABILITY_REASON_LABELS,
} from '@ptp/shared';
import { DataSource } from 'typeorm';
import { entityColumns, hydrate, PageArgs, paginate, SortDirection, type ConnectionShape } from '../../common/graphql/connection';
import { badInput, forbidden, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import type { User } from '../user/user.entity';
import { DisclosureEvent, ReportSnapshot } from './report.entity';
import { ASHP_COHORTS_SQL, FIGURES_SQL, PROGRAMS_SQL } from './report.sql';
import {
  OutcomeReport, ReportCell, ReportFigure, ReportRate, ReportRow, ReportStudent, ReportTable, ReportTrendPoint, StoredReport,
} from './report.types';

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

interface ProgramRow {
  id: string;
  name: string;
  level: string;
  timeZone: string;
  minRotations: number;
  minSingleRotationHours: number | null;
  minRotationTotalHours: number | null;
  minHoursToComplete: number;
  countOnlyVerifiedEmployment: boolean;
  benchmarks: ProgramBenchmarks;
  requiredHours: Partial<Record<'DIDACTIC' | 'SIMULATED' | 'EXPERIENTIAL', number>>;
  domainSizes: Record<string, number>;
}

interface AshpCohortRow {
  id: string;
  programId: string;
  code: string;
  name: string;
  students: number;
  didacticHours: number | null;
  simulatedHours: number | null;
  experientialHours: number | null;
}

const LABELS = { status: ENROLLMENT_STATUS_LABELS, reason: REASON_CODE_LABELS, unavailable: UNAVAILABILITY_REASON_LABELS };
const DOMAINS = [1, 2, 3, 4, 5];
const COMPONENTS = [
  ['DIDACTIC', 'Didactic', 'didacticHours'],
  ['SIMULATED', 'Simulated', 'simulatedHours'],
  ['EXPERIENTIAL', 'Experiential', 'experientialHours'],
] as const;

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

interface FigureRow {
  key: string;
  count: number;
  students: ReportStudent[] | null;
}

interface Computed {
  programs: ProgramRow[];
  figures: Map<string, FigureRow>;
  exams: { code: string; name: string }[];
  ashp: AshpCohortRow[];
}

/** Which employment the placement figures count (the programs' count_only_verified_employment). */
function employmentRule(programs: ProgramRow[]): string {
  const verifiedOnly = programs.filter((p) => p.countOnlyVerifiedEmployment);
  if (!verifiedOnly.length) return 'Placement counts recorded employment, verified or not yet verified.';
  if (verifiedOnly.length === programs.length) return 'Placement counts verified employment only (program setting).';
  return `Placement counts verified employment only for ${verifiedOnly.map((p) => p.name).join(', ')}; recorded employment, verified or not, for the other programs.`;
}

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
    if (user.role !== 'ADMIN' && user.role !== 'INSTRUCTOR') throw forbidden('Reports are for program directors and instructors.');
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
      user.role === 'ADMIN'
        ? Promise.resolve([])
        : this.ds.query(`SELECT c.id FROM cohorts c WHERE ($1::uuid IS NULL OR c.program_id = $1) AND ${cohortScope.sql} ORDER BY c.id`, [req.programId ?? null, ...cohortScope.params]),
    ]);
    return {
      programIds: programs.map((p) => p.id),
      cohortIds: user.role === 'ADMIN' ? null : cohorts.map((c) => c.id),
      cohortId: null,
      cohortCode: null,
    };
  }

  async generate(user: User, req: ReportRequest): Promise<OutcomeReport> {
    const scope = await this.resolveScope(user, req);
    return this.build(user, scope, req, true);
  }

  /** The same period shifted back 0..periods-1 whole years, oldest first; rates only. */
  async trend(user: User, req: ReportRequest, periods: number): Promise<ReportTrendPoint[]> {
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

    const tables = this.tables(c, period, figures, rates, generatedAt, cohortLabel);
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

  private tables(
    c: Computed, period: ReportPeriod, figures: ReportFigure[], rates: ReportRate[], generatedAt: Date, cohortLabel: (row: AshpCohortRow) => string,
  ): ReportTable[] {
    const fig = new Map(figures.map((f) => [f.key, f]));
    const rateOf = new Map(rates.map((r) => [r.key, r]));
    const countCell = (key: string): ReportCell => ({ text: String(fig.get(key)?.count ?? 0), figureKey: key, rateKey: null });
    const rateCell = (key: string): ReportCell => ({ text: rateOf.get(key)!.text, figureKey: null, rateKey: key });
    const text = (t: string): ReportCell => ({ text: t, figureKey: null, rateKey: null });
    const benchCell = (key: string) => {
      const b = rateOf.get(key)!.benchmark;
      return text(b === null ? '' : formatBenchmark(b));
    };
    const figureRow = (key: string, label = fig.get(key)!.label): ReportRow => ({ label, cells: [countCell(key), text('')] });
    const rateRow = (key: string, label: string): ReportRow => ({ label, cells: [rateCell(key), benchCell(key)] });
    const asOf = generatedAt.toISOString().slice(0, 10);
    const bucketNote =
      'Each graduate or completer is counted in one employment outcome only: employed in field, else in a related field, else documented unavailable, else waiting for an exam, else refused employment.';

    const abhes: ReportTable = {
      key: 'abhes',
      title: 'ABHES retention and placement',
      columns: ['ABHES', 'Value', 'Benchmark'],
      rows: [
        figureRow('status.BE'), figureRow('status.NS'), figureRow('status.RE'), figureRow('status.cumulative'),
        figureRow('status.G'), figureRow('status.EE'),
        rateRow('abhes.retention', 'Retention rate: (EE + G) / (BE + NS + RE)'),
        figureRow('abhes.F'), figureRow('abhes.R'), figureRow('abhes.U'), figureRow('abhes.notPlaced'),
        rateRow('abhes.placement', 'Placement rate: (F + R) / (G − U)'),
      ],
      note:
        `BE is enrollment at the close of ${addDays(period.periodStart, -1)}, EE at the close of ${period.periodEnd}; students on leave count as enrolled. ` +
        `Employment and documented unavailability as known on ${asOf}. ${bucketNote}`,
    };

    const coe: ReportTable = {
      key: 'coe',
      title: 'COE completion, placement and licensure',
      columns: ['COE', 'Value', 'Benchmark'],
      rows: [
        figureRow('status.BE', 'Beginning enrollment'), figureRow('status.NS', 'New enrollees'), figureRow('status.RE', 'Re-entries'),
        figureRow('status.cumulative', 'Cumulative enrollment'), figureRow('status.EE', 'Still enrolled'),
        figureRow('status.G', 'Graduates'), figureRow('status.NGC', 'Non-graduate completers'), figureRow('coe.completers', 'Completers'),
        figureRow('status.W', 'Withdrawals (withdrawn or dismissed)'), figureRow('status.T', 'Transferred out'),
        rateRow('coe.completion', 'Completion rate: completers / (cumulative enrollment − still enrolled)'),
        figureRow('coe.inField', 'Employed in field'), figureRow('coe.related', 'Employed in a related field'),
        figureRow('coe.waiting', 'Waiting for an exam'), figureRow('coe.unavailable', 'Unavailable for employment'),
        figureRow('coe.refused', 'Refused employment'), figureRow('coe.notPlaced', 'Not placed (unrelated job or unknown)'),
        rateRow('coe.placement', 'Placement rate: employed in field or related / (completers − waiting − unavailable − refused)'),
        figureRow('coe.tookExam', 'Took a credentialing exam'), figureRow('coe.passedExam', 'Passed a credentialing exam'),
        rateRow('coe.licensure', 'Licensure rate: passed / took an exam'),
      ],
      note: `Completers are graduates and non-graduate completers of ${period.periodStart} – ${period.periodEnd}; outcomes as known on ${asOf}. ${bucketNote}`,
    };

    const examRows = [...c.exams, { code: 'all', name: 'All credentialing exams' }].map((e) => ({
      label: e.code === 'all' ? e.name : `${e.code} (${e.name})`,
      cells: [
        countCell('status.G'),
        countCell(`exam.${e.code}.attempted`), rateCell(`exam.${e.code}.participation`),
        countCell(`exam.${e.code}.firstPassed`), rateCell(`exam.${e.code}.firstAttemptPass`),
        countCell(`exam.${e.code}.passed`), rateCell(`exam.${e.code}.eventualPass`),
      ],
    }));
    const exams: ReportTable = {
      key: 'exams',
      title: 'Credentialing exams (graduates of the period)',
      columns: ['Exam', 'Graduates', 'Attempted', 'Participation', 'Passed first attempt', 'First-attempt pass rate', 'Passed (any attempt)', 'Eventual pass rate'],
      rows: examRows,
      note:
        `An attempt is a sitting with a result of passed or failed (scheduled and no-show sittings do not count), as known on ${asOf}. ` +
        "Per exam, the first attempt is the first sitting of that exam; for all exams, it is the graduate's earliest sitting of any credentialing exam.",
    };

    const prev = previousYear(period);
    const ptcb: ReportTable = {
      key: 'ptcb',
      title: 'PTCB program recognition',
      columns: ['PTCB recognition', 'Value'],
      rows: [
        { label: `Previous year's enrollment (${prev.periodStart} – ${prev.periodEnd})`, cells: [countCell('ptcb.previousYearEnrollment')] },
        { label: 'Completion rate: completers / (cumulative enrollment − still enrolled)', cells: [rateCell('ptcb.completion')] },
        ...c.programs.map((p) => ({
          label: c.programs.length > 1 ? `Minimum hours to complete: ${p.name}` : 'Minimum hours to complete the program',
          cells: [text(`${formatHours(p.minHoursToComplete)} hours`)],
        })),
      ],
      note:
        `Previous year's enrollment is the cumulative enrollment (beginning enrollment + new starts + re-entries) of the 12 months before the period, ${prev.periodStart} – ${prev.periodEnd}. ` +
        "The completion rate is COE's, for this period. Minimum hours: the program's total, or its hour requirements together if larger.",
    };

    const ashpRows: ReportRow[] = c.ashp.map((row) => {
      const program = c.programs.find((p) => p.id === row.programId)!;
      const cells: ReportCell[] = [countCell(`ashp.${row.id}.students`)];
      for (const [component, , field] of COMPONENTS) {
        const required = program.requiredHours[component];
        cells.push(text(required === undefined ? '—' : formatHours(required)));
        cells.push(text(row[field] === null ? 'n/a — no students' : formatHours(row[field]!)));
      }
      cells.push(countCell(`ashp.${row.id}.rotationMet`));
      for (const d of DOMAINS) {
        const size = program.domainSizes[String(d)] ?? 0;
        cells.push(size ? { ...countCell(`ashp.${row.id}.domain${d}`), text: `${fig.get(`ashp.${row.id}.domain${d}`)!.count} of ${row.students}` } : text('—'));
      }
      return { label: cohortLabel(row), cells };
    });
    const rules = c.programs.map((p) => `${c.programs.length > 1 ? `${p.name}: ` : ''}${rotationRule(p)}`).join('; ');
    const domains = c.programs
      .map((p) => `${c.programs.length > 1 ? `${p.name}: ` : ''}${DOMAINS.map((d) => `domain ${d} has ${p.domainSizes[String(d)] ?? 0}`).join(', ')}`)
      .join('; ');
    const ashp: ReportTable = {
      key: 'ashp',
      title: 'ASHP/ACPE curriculum summary per cohort',
      columns: [
        'Cohort', 'Students',
        ...COMPONENTS.flatMap(([, label]) => [`${label} required (h)`, `${label} delivered (avg h)`]),
        'Meeting rotation rules',
        ...DOMAINS.map((d) => `Domain ${d} signed`),
      ],
      rows: ashpRows,
      note:
        `Cohorts running during the period; students are those who have not withdrawn, been dismissed or transferred out. ` +
        `Delivered = average approved hours per student. Rotation rules: ${rules || 'none'}. ` +
        `A domain counts a student when every competency of that domain the program adopted is signed (${domains || 'no competencies'}).`,
    };
    return [abhes, coe, exams, ptcb, ashp];
  }

  /** The time zone exports print times in: the first program's (by name), else UTC. */
  async timeZoneOf(programIds: string[]): Promise<string> {
    const [row]: { time_zone: string }[] = await this.ds.query(
      `SELECT time_zone FROM programs WHERE id = ANY($1::uuid[]) ORDER BY lower(name), id LIMIT 1`, [programIds],
    );
    return row?.time_zone ?? 'UTC';
  }

  // ---- snapshots -------------------------------------------------------------------------------

  async saveSnapshot(user: User, req: ReportRequest, title: string | null | undefined): Promise<ReportSnapshot> {
    const scope = await this.resolveScope(user, req);
    const report = await this.build(user, scope, req, true);
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
    const wholePrograms = user.role === 'ADMIN' ? 'true' : 'false';
    return {
      sql: `(NOT EXISTS (SELECT 1 FROM programs vp WHERE vp.id = ANY(${alias}.program_ids) AND NOT (${programs.sql}))
        AND (CASE WHEN ${alias}.cohort_ids IS NULL THEN ${wholePrograms}
                  ELSE NOT EXISTS (SELECT 1 FROM cohorts vc WHERE vc.id = ANY(${alias}.cohort_ids) AND NOT (${cohorts.sql})) END))`,
      params: programs.params.length ? programs.params : cohorts.params,
    };
  }

  async getSnapshot(user: User, id: string): Promise<ReportSnapshot> {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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
    // The stored report (`data`) can be large: a list reads it only for the rows that ask (snapshotData).
    return paginate(this.ds, ReportSnapshot, { alias: 's', from: 'report_snapshots s', where, params, sortExpr: SNAPSHOT_SORT, direction: SortDirection.DESC, omit: ['data'] }, page);
  }

  /** The stored reports of these snapshots (one statement), for the `report` field of a list. */
  async snapshotData(ids: readonly string[]): Promise<(StoredReport | null)[]> {
    const rows: { id: string; data: StoredReport }[] = await this.ds.query(`SELECT id, data FROM report_snapshots WHERE id = ANY($1::uuid[])`, [ids]);
    const map = new Map(rows.map((r) => [r.id, r.data]));
    return ids.map((id) => map.get(id) ?? null);
  }

  // ---- disclosure log --------------------------------------------------------------------------

  /** Writes who exported what, when and why (FERPA). Never updated or deleted. */
  async recordDisclosure(
    user: User, requestId: string | null,
    entry: { action: DisclosureAction; report: OutcomeReport; purpose: string | null; snapshotId: string | null; format: string },
  ): Promise<void> {
    const { report } = entry;
    const students = new Set(Object.values(report.drillDown).flatMap((rows) => rows.map((s) => s.studentId)));
    const what = `ABHES/COE outcome report, ${report.programNames.join(', ') || 'no programs'}${report.cohortCode ? `, cohort ${report.cohortCode}` : ''}, ${report.periodStart} – ${report.periodEnd}`;
    await this.ds.query(
      `INSERT INTO disclosure_events (actor_id, action, description, purpose, student_count, program_ids, report_input, snapshot_id, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        user.id, entry.action, `${what}${entry.snapshotId ? ` (snapshot ${entry.snapshotId})` : ''}, ${entry.format.toUpperCase()}`,
        entry.purpose?.trim() || null, students.size, report.programIds,
        JSON.stringify({ programIds: report.programIds, cohortId: report.cohortId, periodStart: report.periodStart, periodEnd: report.periodEnd, format: entry.format }),
        entry.snapshotId, requestId,
      ],
    );
  }

  /** Disclosures concerning any of the admin's programs, newest first. */
  async listDisclosures(user: User, page: PageArgs): Promise<ConnectionShape<DisclosureEvent>> {
    const programs = this.scope.condition(user, 'program', 'vp', 0);
    const where = [`EXISTS (SELECT 1 FROM programs vp WHERE vp.id = ANY(d.program_ids) AND ${programs.sql})`];
    return paginate(this.ds, DisclosureEvent, { alias: 'd', from: 'disclosure_events d', where, params: programs.params, sortExpr: DISCLOSURE_SORT, direction: SortDirection.DESC }, page);
  }
}

const SNAPSHOT_SORT = `to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
const DISCLOSURE_SORT = `to_char(d.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** A stored report as the GraphQL type (the same object, with its snapshot id and a Date). */
export function storedToReport(snapshotId: string, data: StoredReport): OutcomeReport {
  return { ...data, snapshotId, generatedAt: new Date(data.generatedAt) };
}

function formatHours(h: number): string {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

/** The program's rotation rule in words (as progress describes it). */
function rotationRule(p: ProgramRow): string {
  if (p.minSingleRotationHours !== null) return `at least one rotation of ${formatHours(p.minSingleRotationHours)} hours or more`;
  return `at least ${p.minRotations} rotations${p.minRotationTotalHours ? `, together ${formatHours(p.minRotationTotalHours)} hours or more` : ''}`;
}
