import type { ReportInput } from '../../gql/graphql';

/** Where a report on screen comes from: generated now from its inputs, or read back from a saved snapshot. */
export type ReportSource = { kind: 'live'; input: ReportInput } | { kind: 'snapshot'; id: string };

export type ExportFormat = 'pdf' | 'csv';

/** The REST export of a report (docs/design.md §4, §5): the server logs every call as a disclosure. */
export function exportUrl(source: ReportSource, format: ExportFormat, purpose: string): string {
  const params = new URLSearchParams({ format });
  let path = '/api/reports/export';
  if (source.kind === 'live') {
    const { programId, cohortId, periodStart, periodEnd } = source.input;
    if (programId) params.set('programId', String(programId));
    if (cohortId) params.set('cohortId', String(cohortId));
    params.set('periodStart', periodStart);
    params.set('periodEnd', periodEnd);
  } else {
    path = `/api/reports/snapshots/${encodeURIComponent(source.id)}/export`;
  }
  if (purpose.trim()) params.set('purpose', purpose.trim());
  return `${path}?${params.toString()}`;
}
