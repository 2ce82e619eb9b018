import type { Client, Harness } from './harness';

/** A minimal PDF, as a student's scanned card would upload. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Uploads a compliance document through the REST route, as the web app does. */
export async function upload(h: Harness, c: Client, enrollmentId: string, content: Buffer = PDF, name = 'card.pdf') {
  const form = new FormData();
  form.append('enrollmentId', enrollmentId);
  form.append('file', new Blob([content]), name);
  const res = await fetch(h.url.replace('/graphql', '/api/documents'), { method: 'POST', body: form, headers: c.cookie ? { cookie: c.cookie } : {} });
  return { status: res.status, body: (await res.json()) as { id?: string; code?: string; message?: string } };
}
