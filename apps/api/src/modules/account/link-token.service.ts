import { Injectable } from '@nestjs/common';
import { Role } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { SessionService } from '../../common/auth/session.service';
import { hashToken, newToken } from '../../common/auth/tokens';
import { badInput, DomainError } from '../../common/graphql/errors';
import { AuditService } from '../audit/audit.service';
import { User } from '../../common/auth/user.entity';
import { Db, loadUser } from './account-records';
import { passwordProblem } from './password-policy';

/** What an emailed link is for. */
export type LinkTokenKind = 'INVITATION' | 'PASSWORD_RESET';

/** BAD_USER_INPUT on `field` when the password fails the policy (docs/accounts.md). */
export function assertStrongPassword(password: string, who: { displayName: string; email: string }, field: string): void {
  const problem = passwordProblem(password, [who.displayName, who.email]);
  if (problem) throw badInput(`${field}: ${problem}`, [{ field, message: problem }]);
}

/**
 * The single-use, expiring links of invitations and password resets: issued with only their hash
 * stored, checked, and spent to set a password and sign the person in.
 */
@Injectable()
export class LinkTokenService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  /** Sets a password from a link, ends every session, audits it, and signs the person in. */
  async setPassword(kind: LinkTokenKind, token: string, password: string, ip: string, userAgent: string | undefined) {
    return this.ds.transaction(async (em) => {
      const row = await this.find(em, token, kind, true);
      assertStrongPassword(password, { displayName: row.display_name, email: row.email }, 'password');
      const hash = await SessionService.hashPassword(password);
      await em.query(`UPDATE user_tokens SET used_at = now() WHERE id = $1`, [row.token_id]);
      // Any other outstanding link of the same kind dies with this one.
      await em.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.user_id]);
      await em.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [row.user_id, hash]);
      const revoked = await this.sessions.revokeAll(row.user_id, em);
      const session = await this.sessions.createSession(row.user_id, ip, userAgent, em);
      await this.audit.record(em, { id: row.user_id }, null, {
        action: kind === 'INVITATION' ? 'user.invite.accept' : 'user.password.reset', entityType: 'User', entityId: row.user_id, after: { revokedSessions: revoked },
      });
      return { user: await loadUser(this.ds, em, row.user_id), ...session };
    });
  }

  /** The link's token and account, or NOT_FOUND when it is unknown, used, replaced or expired. */
  async find(db: Db, token: string, kind: LinkTokenKind, lock = false) {
    const rows: { token_id: string; user_id: string; email: string; display_name: string; role: Role; expires_at: Date; used_at: Date | null; disabled_at: Date | null }[] = await db.query(
      `SELECT t.id AS token_id, t.user_id, u.email, u.display_name, u.role, t.expires_at, t.used_at, u.disabled_at
         FROM user_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.kind = $2 ${lock ? 'FOR UPDATE OF t, u' : ''}`,
      [hashToken(token), kind],
    );
    const row = rows[0];
    const what = kind === 'INVITATION' ? 'invitation' : 'password reset link';
    const again = kind === 'INVITATION' ? 'Ask your program director or instructor to send a new invitation.' : 'Ask for a new link with "Forgot password" on the sign-in page.';
    if (!row || row.disabled_at) throw new DomainError('NOT_FOUND', `This ${what} is not valid. ${again}`);
    if (row.used_at) throw new DomainError('NOT_FOUND', `This ${what} was already used or replaced by a newer one. ${kind === 'INVITATION' ? 'If you set your password, sign in; otherwise ask for a new invitation.' : again}`);
    if (row.expires_at.getTime() <= Date.now()) throw new DomainError('NOT_FOUND', `This ${what} expired on ${row.expires_at.toISOString().slice(0, 16).replace('T', ' ')} UTC. ${again}`);
    return row;
  }

  /** A new link of `kind` for the account; its earlier links of that kind stop working. */
  async issue(em: Db, actor: User | null, userId: string, kind: LinkTokenKind, ttlMs: number) {
    await em.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND kind = $2 AND used_at IS NULL`, [userId, kind]);
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    await em.query(`INSERT INTO user_tokens (user_id, kind, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5)`, [userId, kind, hash, expiresAt, actor?.id ?? null]);
    return { token, expiresAt };
  }
}
