import { addDays, formatBenchmark, hoursText, previousYear, rotationRuleText, todayIn, type ProgramBenchmarks, type ReportPeriod } from '@ptp/shared';
import type { ReportCell, ReportFigure, ReportRate, ReportRow, ReportStudent, ReportTable } from './report.types';

/**
 * How a computed report is presented: the tables a surveyor reads (labels, notes, cells linked to
 * their figures and rates). Pure: the figures come from report.sql.ts via ReportService.
 */

export interface ProgramRow {
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

export interface AshpCohortRow {
  id: string;
  programId: string;
  code: string;
  name: string;
  students: number;
  didacticHours: number | null;
  simulatedHours: number | null;
  experientialHours: number | null;
}

export const DOMAINS = [1, 2, 3, 4, 5];
const COMPONENTS = [
  ['DIDACTIC', 'Didactic', 'didacticHours'],
  ['SIMULATED', 'Simulated', 'simulatedHours'],
  ['EXPERIENTIAL', 'Experiential', 'experientialHours'],
] as const;

export interface FigureRow {
  key: string;
  count: number;
  students: ReportStudent[] | null;
}

export interface Computed {
  programs: ProgramRow[];
  figures: Map<string, FigureRow>;
  exams: { code: string; name: string }[];
  ashp: AshpCohortRow[];
}

/** Which employment the placement figures count (the programs' count_only_verified_employment). */
export function employmentRule(programs: ProgramRow[]): string {
  const verifiedOnly = programs.filter((p) => p.countOnlyVerifiedEmployment);
  if (!verifiedOnly.length) return 'Placement counts recorded employment, verified or not yet verified.';
  if (verifiedOnly.length === programs.length) return 'Placement counts verified employment only (program setting).';
  return `Placement counts verified employment only for ${verifiedOnly.map((p) => p.name).join(', ')}; recorded employment, verified or not, for the other programs.`;
}

export function reportTables(
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
  // "As known on" the program's day (the first program by name, as exports print times), not the UTC one.
  const zone = [...c.programs].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))[0]?.timeZone ?? 'UTC';
  const asOf = todayIn(zone, generatedAt);
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
        cells: [text(`${hoursText(p.minHoursToComplete)} hours`)],
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
      cells.push(text(required === undefined ? '—' : hoursText(required)));
      cells.push(text(row[field] === null ? 'n/a — no students' : hoursText(row[field]!)));
    }
    cells.push(countCell(`ashp.${row.id}.rotationMet`));
    for (const d of DOMAINS) {
      const size = program.domainSizes[String(d)] ?? 0;
      cells.push(size ? { ...countCell(`ashp.${row.id}.domain${d}`), text: `${fig.get(`ashp.${row.id}.domain${d}`)!.count} of ${row.students}` } : text('—'));
    }
    return { label: cohortLabel(row), cells };
  });
  const rules = c.programs.map((p) => `${c.programs.length > 1 ? `${p.name}: ` : ''}${lowerFirst(rotationRuleText(p))}`).join('; ');
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

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
