import { Injectable } from '@nestjs/common';
import { UserStatus } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { containsPattern, entityColumns, hydrate, PageArgs, paginate, SortDirection } from '../../common/graphql/connection';
import { ScopeService } from '../../common/scope/scope.service';
import { User } from '../../common/auth/user.entity';
import { UserFilter } from './dto/account.input';
import { loadUser } from './account-records';

const STATUS_SQL: Record<UserStatus, string> = {
  INVITED: 'u.disabled_at IS NULL AND u.activated_at IS NULL',
  ACTIVE: 'u.disabled_at IS NULL AND u.activated_at IS NOT NULL',
  DEACTIVATED: 'u.disabled_at IS NOT NULL',
};

/**
 * Accounts and onboarding (docs/accounts.md), reading side: the Users area and the people to pick
 * from. Changes live next door: AccountAdminService (invite, deactivate, role and scope),
 * InvitationService (invitation links, student accounts) and PasswordService (reset and change).
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
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
    // The people of the caller's programs (the scope service's: an admin's, or those of an instructor's cohorts).
    const scope = this.scope.condition(actor, 'program', 'sp', 1);
    const programs = `(SELECT sp.id FROM programs sp WHERE ${scope.sql})`;
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${entityColumns(this.ds, User, 'u')} FROM users u
        WHERE u.role = $1 AND u.disabled_at IS NULL AND ${this.scope.userInPrograms('u', programs)}
        ORDER BY u.display_name LIMIT 500`,
      [role, ...scope.params],
    );
    return rows.map((r) => hydrate(this.ds, User, r));
  }

  async getUser(actor: User, id: string): Promise<User> {
    await this.scope.assertUser(actor, id);
    return loadUser(this.ds, this.ds, id);
  }
}
