import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { newToken } from '../../common/auth/tokens';
import { ENV } from '../../config/config.module';
import { Env, publicUrl } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { MailDraft, MailService } from '../mail/mail.service';
import { User } from '../../common/auth/user.entity';
import { invitationEmail } from './account.emails';
import { LinkTokenService } from './link-token.service';

/** A student who needs a sign-in (enrollment, CSV import). */
export interface StudentAccountRequest {
  studentId: string;
  email: string;
  displayName: string;
  programName: string;
}

/**
 * Invitations (docs/accounts.md): the emailed link to set a first password, for staff invited from
 * the Users area and for the student accounts that enrollment and CSV import create.
 */
@Injectable()
export class InvitationService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly links: LinkTokenService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** For the set-password page: who the link is for, or NOT_FOUND when it is unknown, used or expired. */
  async invitation(token: string) {
    const row = await this.links.find(this.ds, token, 'INVITATION');
    return { email: row.email, displayName: row.display_name, role: row.role, expiresAt: row.expires_at };
  }

  /** Sets the first password from an invitation link and signs the person in. */
  acceptInvitation(token: string, password: string, ip: string, userAgent: string | undefined) {
    return this.links.setPassword('INVITATION', token, password, ip, userAgent);
  }

  /** Emails a fresh invitation link to the account (the previous one stops working). */
  async send(em: EntityManager, actor: User | null, user: User, programNames: string[]): Promise<void> {
    const link = await this.links.issue(em, actor, user.id, 'INVITATION', this.env.INVITATION_TTL_DAYS * 86_400_000);
    await this.mail.enqueue(em, [
      { ...invitationEmail(user, actor, programNames, `${publicUrl(this.env)}/invitation/${link.token}`, link.expiresAt), kind: 'invitation', userId: user.id },
    ]);
  }

  /**
   * Gives each new student a sign-in: links an existing student account with the same email, or
   * creates one and emails an invitation. Staff emails are left unlinked (one person, one role).
   * Set-based, inside the caller's transaction (enrollment and CSV import).
   */
  async provisionStudentAccounts(em: EntityManager, actor: User, requestId: string | null, students: StudentAccountRequest[]): Promise<{ invited: number; linked: number }> {
    if (students.length === 0) return { invited: 0, linked: 0 };
    const emails = students.map((s) => s.email.trim().toLowerCase());
    const created: { id: string; email: string }[] = await em.query(
      `INSERT INTO users (email, display_name, role, password_hash)
       SELECT e, n, 'STUDENT', NULL FROM unnest($1::varchar[], $2::varchar[]) AS x(e, n)
       ON CONFLICT (email) DO NOTHING RETURNING id, email`,
      [emails, students.map((s) => s.displayName.slice(0, 120))],
    );
    const linked: { student_id: string; user_id: string; email: string; status: string }[] = await em.query(
      `WITH req AS (SELECT * FROM unnest($1::uuid[], $2::varchar[]) AS x(student_id, email))
       , upd AS (
         UPDATE students s SET user_id = u.id, updated_at = now()
           FROM req JOIN users u ON u.email = req.email AND u.role = 'STUDENT'
          WHERE s.id = req.student_id AND s.user_id IS NULL
         RETURNING s.id AS student_id, u.id AS user_id, u.email,
                   CASE WHEN u.disabled_at IS NOT NULL THEN 'DEACTIVATED' WHEN u.activated_at IS NULL THEN 'INVITED' ELSE 'ACTIVE' END AS status)
       SELECT * FROM upd`,
      [students.map((s) => s.studentId), emails],
    );
    const createdIds = new Set(created.map((c) => c.id));
    const byEmail = new Map(students.map((s, i) => [emails[i], s]));
    // Invite the new accounts and any linked account still waiting for its first password.
    const toInvite = linked.filter((l) => l.status === 'INVITED');
    const drafts: MailDraft[] = [];
    const tokens: { userId: string; hash: string }[] = [];
    const expires = new Date(Date.now() + this.env.INVITATION_TTL_DAYS * 86_400_000);
    for (const l of toInvite) {
      const s = byEmail.get(l.email)!;
      const { token, hash } = newToken();
      tokens.push({ userId: l.user_id, hash });
      drafts.push({
        ...invitationEmail({ displayName: s.displayName, role: 'STUDENT', email: l.email }, actor, [s.programName], `${publicUrl(this.env)}/invitation/${token}`, expires),
        kind: 'invitation', userId: l.user_id,
      });
    }
    if (tokens.length) {
      await em.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = ANY($1::uuid[]) AND kind = 'INVITATION' AND used_at IS NULL`, [tokens.map((t) => t.userId)]);
      await em.query(
        `INSERT INTO user_tokens (user_id, kind, token_hash, expires_at, created_by)
         SELECT u, 'INVITATION', h, $3, $4 FROM unnest($1::uuid[], $2::char(64)[]) AS x(u, h)`,
        [tokens.map((t) => t.userId), tokens.map((t) => t.hash), expires, actor.id],
      );
    }
    await this.mail.enqueue(em, drafts);
    await this.audit.recordMany(
      em, actor, requestId,
      linked.map((l) => ({
        action: createdIds.has(l.user_id) ? 'user.invite' : 'user.link', entityType: 'User', entityId: l.user_id,
        after: { email: l.email, role: 'STUDENT', studentId: l.student_id, invited: l.status === 'INVITED' },
      })),
    );
    return { invited: toInvite.length, linked: linked.length };
  }
}
