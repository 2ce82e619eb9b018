import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SessionService } from '../../common/auth/session.service';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { badInput, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { User } from '../../common/auth/user.entity';
import { SetSystemAdminInput } from './dto/system-admin.input';

/**
 * Granting and revoking system administrator (the account flag behind the shared reference data,
 * docs/security.md). Only a system administrator may do it (SYSTEM_ADMIN_GRANT); the flag goes to
 * active program-director accounts; the last active system administrator cannot be revoked.
 */
@Injectable()
export class SystemAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async set(actor: User, requestId: string | null, input: SetSystemAdminInput): Promise<User> {
    await this.scope.assertUser(actor, input.userId);
    const reason = input.reason.trim();
    if (reason.length < 3) throw badInput('reason: say why system administrator is granted or revoked (at least 3 characters).', [{ field: 'reason', message: 'is required' }]);
    return this.ds.transaction(async (em) => {
      // Lock every system administrator (and the target) so two revocations cannot both leave none.
      const rows: Record<string, unknown>[] = await em.query(
        `SELECT ${entityColumns(this.ds, User, 'u')} FROM users u WHERE u.id = $1 OR u.is_system_admin ORDER BY u.id FOR UPDATE`,
        [input.userId],
      );
      const users = rows.map((r) => hydrate(this.ds, User, r));
      const target = users.find((u) => u.id === input.userId);
      if (!target) throw notFound('User');
      if (target.isSystemAdmin === input.systemAdmin) {
        throw badInput(`systemAdmin: ${target.displayName} ${input.systemAdmin ? 'is already' : 'is not'} a system administrator.`, [{ field: 'systemAdmin', message: 'nothing to change' }]);
      }
      if (input.systemAdmin) {
        if (target.disabledAt) throw badInput(`userId: ${target.displayName}'s account is deactivated: reactivate it first.`, [{ field: 'userId', message: 'is deactivated' }]);
        if (target.role !== 'ADMIN') {
          throw badInput(`userId: only a program director (admin) account can be a system administrator; ${target.displayName} is ${target.role.toLowerCase()}.`, [
            { field: 'userId', message: 'must be an admin account' },
          ]);
        }
      } else if (!users.some((u) => u.id !== target.id && u.isSystemAdmin && !u.disabledAt)) {
        throw badInput(
          `userId: ${target.id === actor.id ? 'you are' : `${target.displayName} is`} the only active system administrator. Grant another director system administrator first, so someone can still manage the shared reference data.`,
          [{ field: 'userId', message: 'is the last system administrator' }],
        );
      }
      await em.query(`UPDATE users SET is_system_admin = $2, updated_at = now() WHERE id = $1`, [target.id, input.systemAdmin]);
      this.sessions.forgetUser(target.id);
      await this.audit.record(em, actor, requestId, {
        action: input.systemAdmin ? 'user.systemAdmin.grant' : 'user.systemAdmin.revoke', entityType: 'User', entityId: target.id,
        before: { isSystemAdmin: target.isSystemAdmin }, after: { isSystemAdmin: input.systemAdmin, reason },
      });
      const [after]: Record<string, unknown>[] = await em.query(`SELECT ${entityColumns(this.ds, User, 'u')} FROM users u WHERE u.id = $1`, [target.id]);
      return hydrate(this.ds, User, after);
    });
  }
}

/**
 * Refuses to take away the last active system administrator by other means (deactivating the
 * account, or changing its role away from admin). Locks the system administrators' rows, so two
 * such changes cannot both pass.
 */
export async function assertNotLastSystemAdmin(em: EntityManager, user: Pick<User, 'id' | 'displayName' | 'isSystemAdmin'>, change: string): Promise<void> {
  if (!user.isSystemAdmin) return;
  const others: unknown[] = await em.query(
    `SELECT id FROM users WHERE is_system_admin AND disabled_at IS NULL AND id <> $1 ORDER BY id FOR UPDATE`,
    [user.id],
  );
  if (!others.length) {
    throw badInput(
      `userId: ${user.displayName} is the only active system administrator, so you cannot ${change}. Grant another director system administrator first.`,
      [{ field: 'userId', message: 'is the last system administrator' }],
    );
  }
}
