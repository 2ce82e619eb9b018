import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { API_TOKEN_PREFIX } from '../../common/auth/session.service';
import { newToken } from '../../common/auth/tokens';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { badInput, conflict, notFound } from '../../common/graphql/errors';
import { AuditService } from '../audit/audit.service';
import { User } from '../../common/auth/user.entity';
import { ApiToken } from './account.entity';
import { ApiTokenStatus, CreateApiTokenInput } from './dto/api-token.input';

/** More than this many working tokens per person is a sign of tokens being handed around. */
export const MAX_ACTIVE_API_TOKENS = 20;

/** A token's status now: revoked, past its expiry, or active (the guard refuses the first two). */
export function tokenStatus(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now = new Date()): ApiTokenStatus {
  if (token.revokedAt) return ApiTokenStatus.REVOKED;
  return token.expiresAt.getTime() <= now.getTime() ? ApiTokenStatus.EXPIRED : ApiTokenStatus.ACTIVE;
}
/** `ptp_` and 8 characters of the secret: enough to tell tokens apart, far too little to guess one. */
const PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * When a token created today with `expiresOn` stops working (the end of that day, UTC), or a
 * BAD_USER_INPUT unless the day is from tomorrow to one year from today.
 */
export function apiTokenExpiry(expiresOn: string, now = new Date()): Date {
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const inAYear = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  if (expiresOn < utcDay(tomorrow) || expiresOn > utcDay(inAYear)) {
    const message = `choose a day from ${utcDay(tomorrow)} to ${utcDay(inAYear)} (tokens last one day to one year)`;
    throw badInput(`expiresOn: ${message}.`, [{ field: 'expiresOn', message }]);
  }
  const [y, m, d] = expiresOn.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1));
}

/**
 * Personal API tokens (admins' scripts): `Authorization: Bearer ptp_…` acts as the owner with the
 * owner's scope (the AuthGuard resolves it through SessionService.resolveApiToken). Only the SHA-256
 * of a token is stored; the secret is returned once, at creation, and never written to the audit trail.
 */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: User): Promise<ApiToken[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${entityColumns(this.ds, ApiToken, 't')} FROM api_tokens t WHERE t.user_id = $1 ORDER BY t.created_at DESC, t.id LIMIT 500`,
      [actor.id],
    );
    return rows.map((r) => hydrate(this.ds, ApiToken, r));
  }

  async create(actor: User, requestId: string | null, input: CreateApiTokenInput): Promise<{ token: string; apiToken: ApiToken }> {
    const name = input.name.trim();
    if (!name) throw badInput('name: give the token a name that says what it is for.', [{ field: 'name', message: 'must not be empty' }]);
    const expiresAt = apiTokenExpiry(input.expiresOn);
    return this.ds.transaction(async (em) => {
      // One creation at a time per person, so the count below holds.
      await em.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [actor.id]);
      const [active]: { n: number }[] = await em.query(
        `SELECT count(*)::int AS n FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()`,
        [actor.id],
      );
      if (active.n >= MAX_ACTIVE_API_TOKENS) {
        throw conflict(`You already have ${MAX_ACTIVE_API_TOKENS} working API tokens: revoke one you no longer use first.`);
      }
      const { token, hash } = newToken(API_TOKEN_PREFIX);
      const rows: Record<string, unknown>[] = await em.query(
        `INSERT INTO api_tokens (user_id, name, token_hash, prefix, expires_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING ${entityColumns(this.ds, ApiToken, 'api_tokens')}`,
        [actor.id, name, hash, token.slice(0, PREFIX_LENGTH), expiresAt],
      );
      const apiToken = hydrate(this.ds, ApiToken, rows[0]);
      await this.audit.record(em, actor, requestId, {
        action: 'api-token.create', entityType: 'ApiToken', entityId: apiToken.id,
        after: { name, prefix: apiToken.prefix, expiresAt: apiToken.expiresAt },
      });
      return { token, apiToken };
    });
  }

  /** Revokes one of the caller's tokens: the next request with it is refused. Revoking twice changes nothing. */
  async revoke(actor: User, requestId: string | null, id: string): Promise<ApiToken> {
    return this.ds.transaction(async (em) => {
      const [row]: Record<string, unknown>[] = await em.query(
        `SELECT ${entityColumns(this.ds, ApiToken, 't')} FROM api_tokens t WHERE t.id = $1 AND t.user_id = $2 FOR UPDATE`,
        [id, actor.id],
      );
      if (!row) throw notFound('API token');
      const apiToken = hydrate(this.ds, ApiToken, row);
      if (apiToken.revokedAt) return apiToken;
      const [{ revoked_at }]: { revoked_at: Date }[] = await em.query(
        `WITH r AS (UPDATE api_tokens SET revoked_at = now() WHERE id = $1 RETURNING revoked_at) SELECT revoked_at FROM r`,
        [id],
      );
      apiToken.revokedAt = revoked_at;
      await this.audit.record(em, actor, requestId, {
        action: 'api-token.revoke', entityType: 'ApiToken', entityId: id, before: { name: apiToken.name, prefix: apiToken.prefix, lastUsedAt: apiToken.lastUsedAt },
      });
      return apiToken;
    });
  }
}
