import { Injectable } from '@nestjs/common';
import { Permission, Role, userCan, UserStatus } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { SessionService } from '../../common/auth/session.service';
import { badInput, conflict, forbidden } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { User } from '../../common/auth/user.entity';
import { assertLicenseCurrent } from '../site/site.service';
import { InviteUserInput, UpdateUserAccessInput } from './dto/account.input';
import { AccessSnapshot, accessOf, Db, loadUser, programNamesOf } from './account-records';
import { InvitationService } from './invitation.service';
import { assertNotLastSystemAdmin } from './system-admin.service';

const STAFF_ROLES: Role[] = ['ADMIN', 'INSTRUCTOR', 'PRECEPTOR'];

/**
 * Account administration (docs/accounts.md): inviting staff, resending invitations, deactivating
 * and reactivating accounts, and changing an account's role and scope. Every change is audited in
 * the same transaction.
 */
@Injectable()
export class AccountAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
  ) {}

  async invite(actor: User, requestId: string | null, input: InviteUserInput): Promise<User> {
    if (!userCan(actor, Permission.STAFF_MANAGE)) throw forbidden('Instructors invite students by enrolling them in a cohort; ask your program director to invite staff.');
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
        before = await accessOf(em, userId);
      } else {
        const [row]: { id: string }[] = await em.query(
          `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, $3, NULL) RETURNING id`,
          [email, input.displayName.trim(), input.role],
        );
        userId = row.id;
      }
      await this.grant(em, userId, input.role, access, input);
      const user = await loadUser(this.ds, em, userId);
      const after = await accessOf(em, userId);
      await this.audit.record(em, actor, requestId, {
        action: existing ? 'user.access.grant' : 'user.invite', entityType: 'User', entityId: userId, programId: access.programIds[0] ?? null,
        before: before ? { ...before } : undefined, after: { email, displayName: user.displayName, ...after },
      });
      // A person who already signed in is told nothing new; an invited one gets a fresh link.
      if (user.status === UserStatus.INVITED) await this.invitations.send(em, actor, user, access.programNames);
      return user;
    });
  }

  async resendInvitation(actor: User, requestId: string | null, userId: string): Promise<User> {
    await this.assertManageable(actor, userId);
    return this.ds.transaction(async (em) => {
      const user = await loadUser(this.ds, em, userId, true);
      if (user.status !== UserStatus.INVITED) {
        throw conflict(
          user.status === UserStatus.ACTIVE
            ? `${user.displayName} has already set a password. If they forgot it, they can use "Forgot password" on the sign-in page.`
            : `${user.displayName}'s account is deactivated: reactivate it first.`,
        );
      }
      await this.invitations.send(em, actor, user, await programNamesOf(em, userId));
      await this.audit.record(em, actor, requestId, { action: 'user.invite.resend', entityType: 'User', entityId: userId, after: { email: user.email } });
      return user;
    });
  }

  async setActive(actor: User, requestId: string | null, userId: string, active: boolean): Promise<User> {
    await this.assertManageable(actor, userId);
    if (!active && userId === actor.id) throw badInput('userId: you cannot deactivate your own account. Ask another program director.', [{ field: 'userId', message: 'is you' }]);
    return this.ds.transaction(async (em) => {
      const user = await loadUser(this.ds, em, userId, true);
      if (active === !user.disabledAt) return user;
      if (!active) await assertNotLastSystemAdmin(em, user, 'deactivate the account');
      await em.query(`UPDATE users SET disabled_at = ${active ? 'NULL' : 'now()'}, updated_at = now() WHERE id = $1`, [userId]);
      this.sessions.forgetUser(userId);
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
      return loadUser(this.ds, em, userId);
    });
  }

  async updateAccess(actor: User, requestId: string | null, input: UpdateUserAccessInput): Promise<User> {
    if (!userCan(actor, Permission.STAFF_MANAGE)) throw forbidden('Only a program director can change what an account may see.');
    await this.scope.assertUser(actor, input.userId);
    return this.ds.transaction(async (em) => {
      const user = await loadUser(this.ds, em, input.userId, true);
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
      const before = { displayName: user.displayName, ...(await accessOf(em, user.id)), ...(endsSystemAdmin ? { isSystemAdmin: true } : {}) };
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
      this.sessions.forgetUser(user.id);
      if (role !== user.role) await this.sessions.revokeAll(user.id, em); // permissions change: sign in again
      const after = { displayName: input.displayName?.trim() ?? user.displayName, ...(await accessOf(em, user.id)), ...(endsSystemAdmin ? { isSystemAdmin: false } : {}) };
      await this.audit.record(em, actor, requestId, { action: 'user.access.update', entityType: 'User', entityId: user.id, before, after });
      return loadUser(this.ds, em, user.id);
    });
  }

  /** Instructors manage only their cohorts' student accounts; admins the accounts of their programs. */
  private async assertManageable(actor: User, userId: string): Promise<void> {
    await this.scope.assertUser(actor, userId);
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