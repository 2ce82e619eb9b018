import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { Role, UserStatus } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { SessionService } from '../../common/auth/session.service';
import { hashToken, newToken } from '../../common/auth/tokens';
import { containsPattern, entityColumns, hydrate, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import { badInput, conflict, DomainError, forbidden, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { ENV } from '../../config/config.module';
import { Env, publicUrl } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { MailDraft, MailService } from '../mail/mail.service';
import { User } from '../user/user.entity';
import { assertLicenseCurrent } from '../site/site.service';
import { InviteUserInput, UpdateUserAccessInput, UserFilter } from './dto/account.input';
import { invitationEmail, passwordChangedEmail, resetEmail } from './account.emails';
import { passwordProblem } from './password-policy';
import { assertNotLastSystemAdmin } from './system-admin.service';

type Db = Pick<EntityManager, 'query'>;

/** An account's role and scope, as audited before and after a change. */
export interface AccessSnapshot {
  role: Role;
  programIds: string[];
  cohortIds: string[];
  siteIds: string[];
}

/** A student who needs a sign-in (enrollment, CSV import). */
export interface StudentAccountRequest {
  studentId: string;
  email: string;
  displayName: string;
  programName: string;
}

const STAFF_ROLES: Role[] = ['ADMIN', 'INSTRUCTOR', 'PRECEPTOR'];
const STATUS_SQL: Record<UserStatus, string> = {
  INVITED: 'u.disabled_at IS NULL AND u.activated_at IS NULL',
  ACTIVE: 'u.disabled_at IS NULL AND u.activated_at IS NOT NULL',
  DEACTIVATED: 'u.disabled_at IS NOT NULL',
};

/**
 * Accounts and onboarding (docs/accounts.md): the Users area, invitations, password reset and
 * change, and the student accounts that enrollment creates. Every change is audited in the same
 * transaction; every emailed link is single-use, expiring, and stored only as a hash.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  listUsers(actor: User, page: PageArgs & { withTotalCount?: boolean }, filter: UserFilter = {}) {
    const scope = this.scope.userCondition(actor, 'u', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.role) {
      params.push(filter.role);
      where.push(`u.role = $${params.length}`);
    }
    if (filter.status) where.push(STATUS_SQL[filter.status]);
    if (filter.programId) {
      params.push(filter.programId);
      where.push(this.scope.userInPrograms('u', `($${params.length}::uuid)`));
    }
    if (filter.search?.trim()) {
      params.push(containsPattern(filter.search));
      where.push(`(lower(u.display_name) LIKE lower($${params.length}) OR u.email LIKE lower($${params.length}))`);
    }
    return paginate(this.ds, User, { alias: 'u', from: 'users u', where, params, sortExpr: 'lower(u.display_name)', direction: SortDirection.ASC, omit: ['passwordHash'] }, page);
  }

  /** Active people of one role inside the caller's scope (instructors to assign, preceptors to add). */
  async lookUp(actor: User, role: 'INSTRUCTOR' | 'PRECEPTOR'): Promise<User[]> {
    // Instructors look up colleagues of their programs; admins the people of theirs.
    const programs =
      actor.role === 'ADMIN'
        ? `(SELECT pa.program_id FROM program_admins pa WHERE pa.user_id = $2)`
        : `(SELECT c.program_id FROM cohorts c JOIN cohort_instructors ci ON ci.cohort_id = c.id WHERE ci.user_id = $2)`;
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${entityColumns(this.ds, User, 'u')} FROM users u
        WHERE u.role = $1 AND u.disabled_at IS NULL AND ${this.scope.userInPrograms('u', programs)}
        ORDER BY u.display_name LIMIT 500`,
      [role, actor.id],
    );
    return rows.map((r) => hydrate(this.ds, User, r));
  }

  async getUser(actor: User, id: string): Promise<User> {
    await this.scope.assertUser(actor, id);
    return this.loadUser(this.ds, id);
  }

  async invite(actor: User, requestId: string | null, input: InviteUserInput): Promise<User> {
    if (actor.role !== 'ADMIN') throw forbidden('Instructors invite students by enrolling them in a cohort; ask your program director to invite staff.');
    if (input.role === 'STUDENT') {
      throw badInput('role: students are invited when they are enrolled in a cohort (one by one or by CSV import).', [{ field: 'role', message: 'enroll students instead' }]);
    }
    const email = input.email.trim().toLowerCase();
    return this.ds.transaction(async (em) => {
      const access = await this.checkAccessInput(em, actor, input.role, input);
      const [existing]: { id: string; role: Role }[] = await em.query(`SELECT id, role FROM users WHERE email = $1 FOR UPDATE`, [email]);
      if (existing && existing.role !== input.role) {
        throw conflict(`email: ${email} already has a ${existing.role.toLowerCase()} account; one person has one role. Change that account's role instead.`);
      }
      let userId: string;
      let before: AccessSnapshot | null = null;
      if (existing) {
        userId = existing.id;
        before = await this.accessOf(em, userId);
      } else {
        const [row]: { id: string }[] = await em.query(
          `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, $3, NULL) RETURNING id`,
          [email, input.displayName.trim(), input.role],
        );
        userId = row.id;
      }
      await this.grant(em, userId, input.role, access, input);
      const user = await this.loadUser(em, userId);
      const after = await this.accessOf(em, userId);
      await this.audit.record(em, actor, requestId, {
        action: existing ? 'user.access.grant' : 'user.invite', entityType: 'User', entityId: userId, programId: access.programIds[0] ?? null,
        before: before ? { ...before } : undefined, after: { email, displayName: user.displayName, ...after },
      });
      // A person who already signed in is told nothing new; an invited one gets a fresh link.
      if (user.status === UserStatus.INVITED) await this.sendInvitation(em, actor, user, access.programNames);
      return user;
    });
  }

  async resendInvitation(actor: User, requestId: string | null, userId: string): Promise<User> {
    await this.assertManageable(actor, userId);
    return this.ds.transaction(async (em) => {
      const user = await this.loadUser(em, userId, true);
      if (user.status !== UserStatus.INVITED) {
        throw conflict(
          user.status === UserStatus.ACTIVE
            ? `${user.displayName} has already set a password. If they forgot it, they can use "Forgot password" on the sign-in page.`
            : `${user.displayName}'s account is deactivated: reactivate it first.`,
        );
      }
      await this.sendInvitation(em, actor, user, await this.programNamesOf(em, userId));
      await this.audit.record(em, actor, requestId, { action: 'user.invite.resend', entityType: 'User', entityId: userId, after: { email: user.email } });
      return user;
    });
  }

  async setActive(actor: User, requestId: string | null, userId: string, active: boolean): Promise<User> {
    await this.assertManageable(actor, userId);
    if (!active && userId === actor.id) throw badInput('userId: you cannot deactivate your own account. Ask another program director.', [{ field: 'userId', message: 'is you' }]);
    return this.ds.transaction(async (em) => {
      const user = await this.loadUser(em, userId, true);
      if (active === !user.disabledAt) return user;
      if (!active) await assertNotLastSystemAdmin(em, user, 'deactivate the account');
      await em.query(`UPDATE users SET disabled_at = ${active ? 'NULL' : 'now()'}, updated_at = now() WHERE id = $1`, [userId]);
      let revokedSessions = 0;
      if (!active) {
        revokedSessions = await this.sessions.revokeAll(userId, em);
        await em.query(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
        await em.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
      }
      await this.audit.record(em, actor, requestId, {
        action: active ? 'user.reactivate' : 'user.deactivate', entityType: 'User', entityId: userId,
        before: { status: user.status }, after: { status: active ? (user.activatedAt ? UserStatus.ACTIVE : UserStatus.INVITED) : UserStatus.DEACTIVATED, revokedSessions },
      });
      return this.loadUser(em, userId);
    });
  }

  async updateAccess(actor: User, requestId: string | null, input: UpdateUserAccessInput): Promise<User> {
    if (actor.role !== 'ADMIN') throw forbidden('Only a program director can change what an account may see.');
    await this.scope.assertUser(actor, input.userId);
    return this.ds.transaction(async (em) => {
      const user = await this.loadUser(em, input.userId, true);
      if (user.role === 'STUDENT') {
        throw badInput("userId: a student's access follows their enrollment; change it on the cohort or the student's record.", [{ field: 'userId', message: 'is a student' }]);
      }
      const role = input.role ?? user.role;
      if (role === 'STUDENT') throw badInput('role: a staff account cannot become a student account.', [{ field: 'role', message: 'must be a staff role' }]);
      if (role === user.role && input.programIds === undefined && input.cohortIds === undefined && input.siteId === undefined && input.displayName === undefined) {
        throw badInput('Nothing to change: give a new role, scope or name.');
      }
      // A system administrator is a program director: another role ends it (never for the last one).
      const endsSystemAdmin = user.isSystemAdmin && role !== 'ADMIN';
      if (endsSystemAdmin) await assertNotLastSystemAdmin(em, user, `make them ${role.toLowerCase()}`);
      const before = { displayName: user.displayName, ...(await this.accessOf(em, user.id)), ...(endsSystemAdmin ? { isSystemAdmin: true } : {}) };
      const scopeChanges = role !== user.role || input.programIds !== undefined || input.cohortIds !== undefined || input.siteId !== undefined;
      if (scopeChanges) {
        const access = await this.checkAccessInput(em, actor, role, input);
        await this.revokeScopeWithin(em, actor, user.id, role);
        await this.grant(em, user.id, role, access, input);
      }
      await em.query(
        `UPDATE users SET role = $2, display_name = coalesce($3, display_name), is_system_admin = is_system_admin AND $4, updated_at = now() WHERE id = $1`,
        [user.id, role, input.displayName?.trim() ?? null, !endsSystemAdmin],
      );
      if (role !== user.role) await this.sessions.revokeAll(user.id, em); // permissions change: sign in again
      const after = { displayName: input.displayName?.trim() ?? user.displayName, ...(await this.accessOf(em, user.id)), ...(endsSystemAdmin ? { isSystemAdmin: false } : {}) };
      await this.audit.record(em, actor, requestId, { action: 'user.access.update', entityType: 'User', entityId: user.id, before, after });
      return this.loadUser(em, user.id);
    });
  }

  /** For the set-password page: who the link is for, or NOT_FOUND when it is unknown, used or expired. */
  async invitation(token: string) {
    const row = await this.findLinkToken(this.ds, token, 'INVITATION');
    return { email: row.email, displayName: row.display_name, role: row.role, expiresAt: row.expires_at };
  }

  /** Sets the first password from an invitation link and signs the person in. */
  acceptInvitation(token: string, password: string, ip: string, userAgent: string | undefined) {
    return this.setPasswordWithToken('INVITATION', token, password, ip, userAgent);
  }

  /** Sets a new password from a reset link, ends every other session, and signs the person in. */
  resetPassword(token: string, password: string, ip: string, userAgent: string | undefined) {
    return this.setPasswordWithToken('PASSWORD_RESET', token, password, ip, userAgent);
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
        await this.sendInvitation(em, null, user, await this.programNamesOf(em, user.id));
        return;
      }
      const link = await this.issueLinkToken(em, null, user.id, 'PASSWORD_RESET', this.env.PASSWORD_RESET_TTL_MINUTES * 60_000);
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
    this.assertStrong(newPassword, actor, 'newPassword');
    const hash = await SessionService.hashPassword(newPassword);
    await this.ds.transaction(async (em) => {
      await em.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [actor.id, hash]);
      const revoked = await this.sessions.revokeAll(actor.id, em, sessionId);
      await em.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND kind = 'PASSWORD_RESET' AND used_at IS NULL`, [actor.id]);
      await this.mail.enqueue(em, [{ ...passwordChangedEmail(actor), kind: 'password-changed', userId: actor.id }]);
      await this.audit.record(em, actor, null, { action: 'user.password.change', entityType: 'User', entityId: actor.id, after: { revokedSessions: revoked } });
    });
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

  // ---------------------------------------------------------------------------------------------

  private async setPasswordWithToken(kind: 'INVITATION' | 'PASSWORD_RESET', token: string, password: string, ip: string, userAgent: string | undefined) {
    return this.ds.transaction(async (em) => {
      const row = await this.findLinkToken(em, token, kind, true);
      this.assertStrong(password, { displayName: row.display_name, email: row.email }, 'password');
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
      return { user: await this.loadUser(em, row.user_id), ...session };
    });
  }

  private async findLinkToken(db: Db, token: string, kind: 'INVITATION' | 'PASSWORD_RESET', lock = false) {
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

  private assertStrong(password: string, who: { displayName: string; email: string }, field: string): void {
    const problem = passwordProblem(password, [who.displayName, who.email]);
    if (problem) throw badInput(`${field}: ${problem}`, [{ field, message: problem }]);
  }

  private async issueLinkToken(em: Db, actor: User | null, userId: string, kind: 'INVITATION' | 'PASSWORD_RESET', ttlMs: number) {
    await em.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND kind = $2 AND used_at IS NULL`, [userId, kind]);
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    await em.query(`INSERT INTO user_tokens (user_id, kind, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5)`, [userId, kind, hash, expiresAt, actor?.id ?? null]);
    return { token, expiresAt };
  }

  private async sendInvitation(em: EntityManager, actor: User | null, user: User, programNames: string[]): Promise<void> {
    const link = await this.issueLinkToken(em, actor, user.id, 'INVITATION', this.env.INVITATION_TTL_DAYS * 86_400_000);
    await this.mail.enqueue(em, [
      { ...invitationEmail(user, actor, programNames, `${publicUrl(this.env)}/invitation/${link.token}`, link.expiresAt), kind: 'invitation', userId: user.id },
    ]);
  }

  /** Instructors manage only their cohorts' student accounts; admins the accounts of their programs. */
  private async assertManageable(actor: User, userId: string): Promise<void> {
    await this.scope.assertUser(actor, userId);
  }

  private async loadUser(db: Db, id: string, lock = false): Promise<User> {
    const rows: Record<string, unknown>[] = await db.query(`SELECT ${entityColumns(this.ds, User, 'u')} FROM users u WHERE u.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    if (!rows[0]) throw notFound('User');
    return hydrate(this.ds, User, rows[0]);
  }

  async accessOf(db: Db, userId: string): Promise<AccessSnapshot> {
    const [row]: { role: Role; programs: string[]; cohorts: string[]; sites: string[] }[] = await db.query(
      `SELECT u.role,
              array(SELECT program_id::text FROM program_admins WHERE user_id = u.id ORDER BY 1) AS programs,
              array(SELECT cohort_id::text FROM cohort_instructors WHERE user_id = u.id ORDER BY 1) AS cohorts,
              array(SELECT site_id::text FROM preceptors WHERE user_id = u.id ORDER BY 1) AS sites
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    return { role: row.role, programIds: row.programs, cohortIds: row.cohorts, siteIds: row.sites };
  }

  private async programNamesOf(db: Db, userId: string): Promise<string[]> {
    const rows: { name: string }[] = await db.query(
      `SELECT DISTINCT p.name FROM programs p
        WHERE p.id IN (SELECT program_id FROM program_admins WHERE user_id = $1)
           OR p.id IN (SELECT c.program_id FROM cohorts c JOIN cohort_instructors ci ON ci.cohort_id = c.id WHERE ci.user_id = $1)
           OR p.id IN (SELECT program_id FROM preceptors WHERE user_id = $1)
           OR p.id IN (SELECT program_id FROM students WHERE user_id = $1)
        ORDER BY p.name`,
      [userId],
    );
    return rows.map((r) => r.name);
  }

  /** Checks the scope that goes with `role` is given and lies inside the actor's programs. */
  private async checkAccessInput(db: Db, actor: User, role: Role, input: { programIds?: string[]; cohortIds?: string[]; siteId?: string; licenseNumber?: string; licenseExpiresOn?: string }) {
    if (!STAFF_ROLES.includes(role)) throw badInput('role must be ADMIN, INSTRUCTOR or PRECEPTOR.', [{ field: 'role', message: 'must be a staff role' }]);
    const mine = `(SELECT program_id FROM program_admins WHERE user_id = $2)`;
    const need = (field: string, message: string) => badInput(`${field}: ${message}`, [{ field, message }]);
    if (role === 'ADMIN') {
      const ids = [...new Set(input.programIds ?? [])];
      if (!ids.length) throw need('programIds', 'choose at least one program this director will see.');
      const rows: { id: string; name: string }[] = await db.query(`SELECT id, name FROM programs WHERE id = ANY($1::uuid[]) AND id IN ${mine} ORDER BY name`, [ids, actor.id]);
      if (rows.length !== ids.length) throw forbidden('programIds: you can give access only to programs you direct.');
      return { programIds: ids, cohortIds: [] as string[], siteId: null as string | null, programNames: rows.map((r) => r.name) };
    }
    if (role === 'INSTRUCTOR') {
      const ids = [...new Set(input.cohortIds ?? [])];
      if (!ids.length) throw need('cohortIds', 'choose at least one cohort this instructor teaches.');
      const rows: { id: string; name: string; program_id: string }[] = await db.query(
        `SELECT c.id, p.name, c.program_id FROM cohorts c JOIN programs p ON p.id = c.program_id WHERE c.id = ANY($1::uuid[]) AND c.program_id IN ${mine}`,
        [ids, actor.id],
      );
      if (rows.length !== ids.length) throw forbidden("cohortIds: you can give access only to your programs' cohorts.");
      return { programIds: [...new Set(rows.map((r) => r.program_id))], cohortIds: ids, siteId: null, programNames: [...new Set(rows.map((r) => r.name))] };
    }
    if (!input.siteId) throw need('siteId', 'choose the site where this preceptor works.');
    if (!input.licenseNumber) throw need('licenseNumber', "enter the preceptor's license number.");
    if (!input.licenseExpiresOn) throw need('licenseExpiresOn', "enter the date the preceptor's license expires.");
    const [site]: { program_id: string; program_name: string }[] = await db.query(
      `SELECT s.program_id, p.name AS program_name FROM sites s JOIN programs p ON p.id = s.program_id WHERE s.id = $1 AND s.program_id IN ${mine}`,
      [input.siteId, actor.id],
    );
    if (!site) throw forbidden("siteId: you can give access only to your programs' sites.");
    await assertLicenseCurrent(db, site.program_id, input.licenseExpiresOn);
    return { programIds: [site.program_id], cohortIds: [], siteId: input.siteId, programNames: [site.program_name] };
  }

  private async grant(
    em: Db, userId: string, role: Role,
    access: { programIds: string[]; cohortIds: string[]; siteId: string | null },
    input: { licenseNumber?: string; licenseExpiresOn?: string },
  ): Promise<void> {
    if (role === 'ADMIN') {
      await em.query(`INSERT INTO program_admins (program_id, user_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`, [access.programIds, userId]);
    } else if (role === 'INSTRUCTOR') {
      await em.query(`INSERT INTO cohort_instructors (cohort_id, user_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`, [access.cohortIds, userId]);
    } else if (role === 'PRECEPTOR' && access.siteId) {
      await em.query(
        `INSERT INTO preceptors (program_id, site_id, user_id, license_number, license_expires_on) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site_id, user_id) DO UPDATE SET license_number = coalesce($4, preceptors.license_number), license_expires_on = coalesce($5, preceptors.license_expires_on)`,
        [access.programIds[0], access.siteId, userId, input.licenseNumber?.trim() ?? null, input.licenseExpiresOn ?? null],
      );
    }
  }

  /**
   * Removes an account's scope inside the actor's programs before the new scope is granted. A
   * preceptor's site with placements stays (placements name their preceptor), so such a preceptor
   * cannot change role until the placements are reassigned.
   */
  private async revokeScopeWithin(em: Db, actor: User, userId: string, newRole: Role): Promise<void> {
    const mine = `(SELECT program_id FROM program_admins WHERE user_id = $2)`;
    await em.query(`DELETE FROM program_admins WHERE user_id = $1 AND program_id IN ${mine}`, [userId, actor.id]);
    await em.query(`DELETE FROM cohort_instructors WHERE user_id = $1 AND cohort_id IN (SELECT id FROM cohorts WHERE program_id IN ${mine})`, [userId, actor.id]);
    await em.query(
      `DELETE FROM preceptors pr WHERE pr.user_id = $1 AND pr.program_id IN ${mine} AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.preceptor_id = pr.id)`,
      [userId, actor.id],
    );
    const [busy]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM preceptors WHERE user_id = $1 AND program_id IN ${mine}`, [userId, actor.id]);
    if (busy.n > 0 && newRole !== 'PRECEPTOR') {
      throw conflict('This preceptor has placements at their site; they stay a preceptor until those placements are reassigned.');
    }
  }
}
