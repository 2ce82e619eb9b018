/** Accepted document types, recognised by their first bytes (never by name or declared type). */
const SIGNATURES: { type: string; ext: string; bytes: number[] }[] = [
  { type: 'application/pdf', ext: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', ext: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', ext: 'jpg', bytes: [0xff, 0xd8, 0xff] },
];

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function sniffDocumentType(content: Buffer): { type: string; ext: string } | null {
  const match = SIGNATURES.find((s) => content.length >= s.bytes.length && s.bytes.every((b, i) => content[i] === b));
  return match ? { type: match.type, ext: match.ext } : null;
}
