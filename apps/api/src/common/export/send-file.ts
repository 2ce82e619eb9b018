import type { Response } from 'express';

/** A file the REST exports hand out. */
export interface DownloadFile {
  filename: string;
  body: Buffer;
  /** Defaults to CSV. */
  contentType?: string;
}

/** Sends an export as an attachment, never cached, never sniffed (every CSV, PDF and zip download). */
export function sendFile(res: Response, file: DownloadFile): void {
  res.setHeader('Content-Type', file.contentType ?? 'text/csv; charset=utf-8');
  res.setHeader('Content-Length', String(file.body.length));
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(file.body);
}
