/** Report data for the reports tests, shaped like the API's answers. */
import type { ReportRateFieldsFragment } from '../../gql/graphql';

export const PERIOD = { periodStart: '2025-07-01', periodEnd: '2026-06-30' };
export const LIVE_INPUT = { programId: 'p-1', cohortId: null, ...PERIOD };

export function rateOf(overrides: Partial<ReportRateFieldsFragment> & Pick<ReportRateFieldsFragment, 'key' | 'label'>): ReportRateFieldsFragment & { __typename: 'ReportRate' } {
  return {
    __typename: 'ReportRate',
    numerator: 0,
    denominator: 0,
    value: null,
    benchmark: null,
    belowBenchmark: false,
    note: null,
    numeratorKey: null,
    denominatorKey: null,
    ...overrides,
  };
}

const figure = (key: string, label: string, count: number) => ({ __typename: 'ReportFigure' as const, key, label, count });
const cell = (text: string, keys: { figureKey?: string; rateKey?: string } = {}) => ({
  __typename: 'ReportCell' as const,
  text,
  figureKey: keys.figureKey ?? null,
  rateKey: keys.rateKey ?? null,
});

export const RETENTION = rateOf({
  key: 'abhes.retention',
  label: 'ABHES retention',
  numerator: 12,
  denominator: 15,
  value: 0.8,
  benchmark: 0.7,
  numeratorKey: 'abhes.retained',
  denominatorKey: 'abhes.base',
});
export const PLACEMENT = rateOf({
  key: 'abhes.placement',
  label: 'ABHES placement',
  numerator: 3,
  denominator: 6,
  value: 0.5,
  benchmark: 0.7,
  belowBenchmark: true,
  numeratorKey: 'abhes.placed',
  denominatorKey: 'abhes.available',
});
export const LICENSURE = rateOf({
  key: 'coe.licensure',
  label: 'COE licensure',
  benchmark: 0.7,
  note: 'No completers took a credentialing exam (0)',
});

export const REPORT = {
  __typename: 'OutcomeReport' as const,
  snapshotId: null,
  programIds: ['p-1'],
  programNames: ['Demo Pharmacy Technician Program'],
  cohortId: null,
  cohortCode: null,
  ...PERIOD,
  generatedAt: '2026-12-02T15:04:00.000Z',
  generatedBy: 'Dana Director',
  employmentRule: 'Placement counts verified employment only (program setting).',
  rates: [RETENTION, PLACEMENT, LICENSURE],
  figures: [
    figure('abhes.graduates', 'Graduates (G)', 6),
    figure('abhes.retained', 'Retained (EE + G)', 12),
    figure('abhes.base', 'Beginning enrollment + new starts + re-entries', 15),
    figure('abhes.placed', 'Employed in field or related (F + R)', 3),
    figure('abhes.available', 'Graduates available for employment (G − U)', 6),
    figure('abhes.unavailable', 'Unavailable for employment (U)', 0),
  ],
  tables: [
    {
      __typename: 'ReportTable',
      key: 'abhes',
      title: 'ABHES retention and placement',
      columns: ['Measure', 'Count', 'Rate'],
      note: 'On leave and on externship count as enrolled.',
      rows: [
        { __typename: 'ReportRow', label: 'Graduates (G)', cells: [cell('6', { figureKey: 'abhes.graduates' }), cell('')] },
        { __typename: 'ReportRow', label: 'Unavailable for employment (U)', cells: [cell('0', { figureKey: 'abhes.unavailable' }), cell('')] },
        { __typename: 'ReportRow', label: 'Retention', cells: [cell('12 / 15'), cell('80.0%', { rateKey: 'abhes.retention' })] },
        { __typename: 'ReportRow', label: 'Placement', cells: [cell('3 / 6'), cell('50.0%', { rateKey: 'abhes.placement' })] },
      ],
    },
    {
      __typename: 'ReportTable',
      key: 'coe',
      title: 'COE completion, placement and licensure',
      columns: ['Measure', 'Rate'],
      note: null,
      rows: [{ __typename: 'ReportRow', label: 'Licensure', cells: [cell('n/a — no completers', { rateKey: 'coe.licensure' })] }],
    },
  ],
};

export const GRADUATES = [
  {
    __typename: 'ReportStudent' as const,
    enrollmentId: 'e-1',
    studentId: 's-1',
    studentName: 'Ana Diaz',
    cohortCode: 'PT-2026-SP',
    evidence: 'GRADUATED on 2026-06-26',
    evidenceDate: '2026-06-26',
  },
  {
    __typename: 'ReportStudent' as const,
    enrollmentId: 'e-2',
    studentId: 's-2',
    studentName: 'Ben Okafor',
    cohortCode: 'PT-2026-SP',
    evidence: 'GRADUATED on 2026-06-26',
    evidenceDate: '2026-06-26',
  },
];
