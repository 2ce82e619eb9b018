import { notifications } from '@mantine/notifications';
import { useState } from 'react';

/*
 * Downloads from the REST exports (CSV, PDF, zip): fetched first, so that a refusal shows as a
 * message on the page rather than a JSON file in the Downloads folder.
 */

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

/**
 * One download button's state: which of its downloads is running, and the last error. `download`
 * fetches and saves the file, shows a success toast, and answers whether it worked.
 */
export function useDownload<K extends string = string>(failureMessage: string) {
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(key: K, url: string, fallbackName: string, done: { title: string; message: (filename: string) => string }): Promise<boolean> {
    setBusy(key);
    setError(null);
    try {
      const filename = await downloadExport(url, fallbackName);
      notifications.show({ color: 'green', title: done.title, message: done.message(filename) });
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : failureMessage);
      return false;
    } finally {
      setBusy(null);
    }
  }

  return { busy, error, download };
}
