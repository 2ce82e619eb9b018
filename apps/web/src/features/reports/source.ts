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

function filenameFrom(disposition: string | null, fallback: string): string {
  const match = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

async function refusal(response: Response): Promise<string> {
  let message = '';
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') message = body.message;
    else if (Array.isArray(body.message)) message = body.message.join('; ');
  } catch {
    // not JSON: explained by the status below
  }
  switch (response.status) {
    case 400:
      return message || 'The report inputs were not accepted. Check the period and try again.';
    case 401:
      return 'Your session has ended. Sign in again, then export.';
    case 403:
      return message || 'Your account may not export this report. Ask your program director if you need it.';
    case 404:
      return message || 'This report or snapshot no longer exists.';
    default:
      return message || `The server could not build the export (HTTP ${response.status}). Try again in a moment.`;
  }
}

/**
 * Fetches an export and hands it to the browser as a download. Fetching first (rather than a
 * plain link) lets a refusal show as a message on the page instead of a JSON file in Downloads.
 */
export async function downloadExport(url: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new Error('Could not reach the server. Check your connection and try again.');
  }
  if (!response.ok) throw new Error(await refusal(response));
  const filename = filenameFrom(response.headers.get('Content-Disposition'), fallbackName);
  saveBlob(await response.blob(), filename);
  return filename;
}

/** Hands a file made in the page (or fetched) to the browser as a download. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
