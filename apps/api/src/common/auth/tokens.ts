import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 hex of a secret token: what the database keeps of sessions, links and API tokens. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A fresh random secret (256 bits, URL-safe) with its hash. */
export function newToken(prefix = ''): { token: string; hash: string } {
  const token = prefix + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}
