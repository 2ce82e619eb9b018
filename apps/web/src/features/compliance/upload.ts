/** Uploads a compliance document; the answer's id goes into submitComplianceRecord. */

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const ALLOWED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const ALLOWED_EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

export interface UploadedDocument {
  id: string;
  contentType: string;
  sizeBytes: number;
  originalName: string;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** A message when the file cannot be sent, or null when it looks acceptable. */
export function checkDocumentFile(file: File | null | undefined): string | null {
  if (!file) return 'Choose the document to upload';
  const typeOk = ALLOWED_TYPES.includes(file.type) || (!file.type && ALLOWED_EXTENSIONS.test(file.name));
  if (!typeOk) return 'Only PDF, JPEG or PNG files can be uploaded';
  if (file.size > MAX_DOCUMENT_BYTES) return 'The file is larger than 10 MB; upload a smaller scan or photo';
  if (file.size === 0) return 'The file is empty';
  return null;
}

function messageFor(status: number, body: { code?: unknown; message?: unknown } | null): string {
  if (status === 413) return 'The file is larger than 10 MB; upload a smaller scan or photo.';
  if (body && typeof body.message === 'string' && body.message) return body.message;
  if (status === 401) return 'Your session has ended. Sign in again, then retry.';
  if (status === 403) return 'Your account may not upload documents for this enrollment.';
  return `The document could not be uploaded (HTTP ${status}). Try again in a moment.`;
}

export async function uploadDocument(enrollmentId: string, file: File): Promise<UploadedDocument> {
  const form = new FormData();
  form.append('enrollmentId', enrollmentId);
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch('/api/documents', { method: 'POST', body: form, credentials: 'include' });
  } catch {
    throw new UploadError('Could not reach the server. Check your connection and try again.', 'NETWORK');
  }
  let body: Record<string, unknown> | null = null;
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const code = body && typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
    throw new UploadError(messageFor(response.status, body), code);
  }
  if (!body || typeof body.id !== 'string') {
    throw new UploadError('The server did not confirm the upload. Try again.', 'UNKNOWN');
  }
  return body as unknown as UploadedDocument;
}
