import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { UserStatus } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { SessionService } from '../../common/auth/session.service';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { badInput } from '../../common/graphql/errors';
import { ENV } from '../../config/config.module';
import { Env, publicUrl } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { User } from '../../common/auth/user.entity';
import { passwordChangedEmail, resetEmail } from './account.emails';
import { programNamesOf } from './account-records';
import { InvitationService } from './invitation.service';
import { assertStrongPassword, LinkTokenService } from './link-token.service';

/**
 * Passwords (docs/accounts.md): "Forgot password" and its reset link, and changing the password
 * when signed in. Every change is audited; other sessions end.
 */
@Injectable()
export class PasswordService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly links: LinkTokenService,
    private readonly invitations: InvitationService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Sets a new password from a reset link, ends every other session, and signs the person in. */
  resetPassword(token: string, password: string, ip: string, userAgent: string | undefined) {
    return this.links.setPassword('PASSWORD_RESET', token, password, ip, userAgent);
  }

  /**
   * "Forgot password": the same answer whether or not the email exists (the caller always says
   * "if an account exists, we sent a link"). Deactivated and never-activated accounts get no link:
   * an invited person is sent a fresh invitation instead.
   */
  async requestPasswordReset(emailInput: string, ip: string): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    void ip; // the answer and the work are the same for every caller; per-address limits are below
    await this.ds.transaction(async (em) => {
      const rows: Record<string, unknown>[] = await em.query(`SELECT ${entityColumns(this.ds, User, 'u')} FROM users u WHERE u.email = $1 FOR UPDATE`, [email]);
      if (!rows[0]) return;
      const user = hydrate(this.ds, User, rows[0]);
      if (user.status === UserStatus.DEACTIVATED) return;
      // At most three links an hour to one address, so the form cannot flood an inbox.
      const [recent]: { n: number }[] = await em.query(
        `SELECT count(*)::int AS n FROM outbound_emails WHERE user_id = $1 AND kind IN ('password-reset', 'invitation') AND created_at > now() - interval '1 hour'`,
        [user.id],
      );
      if (recent.n >= 3) return;
      if (user.status === UserStatus.INVITED) {
        await this.invitations.send(em, null, user, await programNamesOf(em, user.id));
        return;
      }
      const link = await this.links.issue(em, null, user.id, 'PASSWORD_RESET', this.env.PASSWORD_RESET_TTL_MINUTES * 60_000);
      await this.mail.enqueue(em, [{ ...resetEmail(user, `${publicUrl(this.env)}/reset-password/${link.token}`, this.env.PASSWORD_RESET_TTL_MINUTES), kind: 'password-reset', userId: user.id }]);
      await this.audit.record(em, null, null, { action: 'user.password.reset-requested', entityType: 'User', entityId: user.id, after: { email } });
    });
  }

  /** Change password when signed in: the current one is required; other sessions end. */
  async changePassword(actor: User, sessionId: string | null, currentPassword: string, newPassword: string): Promise<void> {
    const [row]: { password_hash: string | null }[] = await this.ds.query(`SELECT password_hash FROM users WHERE id = $1`, [actor.id]);
    const ok = row?.password_hash ? await argon2.verify(row.password_hash, currentPassword).catch(() => false) : false;
    if (!ok) throw badInput('currentPassword: this is not your current password.', [{ field: 'currentPassword', message: 'is not your current password' }]);
    if (currentPassword === newPassword) throw badInput('newPassword: choose a password different from the current one.', [{ field: 'newPassword', message: 'is the current password' }]);
    assertStrongPassword(newPassword, actor, 'newPassword');
    const hash = await SessionService.hashPassword(newPassword);
    await this.ds.transaction(async (em) => {
      await em.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [actor.id, hash]);
      const revoked = await this.sessions.revokeAll(actor.id, em, sessionId);
      await em.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND kind = 'PASSWORD_RESET' AND used_at IS NULL`, [actor.id]);
      await this.mail.enqueue(em, [{ ...passwordChangedEmail(actor), kind: 'password-changed', userId: actor.id }]);
      await this.audit.record(em, actor, null, { action: 'user.password.change', entityType: 'User', entityId: actor.id, after: { revokedSessions: revoked } });
    });
  }
}
