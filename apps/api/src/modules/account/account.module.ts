import { Module } from '@nestjs/common';
import { AccountResolver } from './account.resolver';
import { AccountAdminService } from './account-admin.service';
import { AccountService } from './account.service';
import { ApiTokenResolver } from './api-token.resolver';
import { ApiTokenService } from './api-token.service';
import { AuthConfigResolver } from './auth-config.resolver';
import { InvitationService } from './invitation.service';
import { LinkTokenService } from './link-token.service';
import { PasswordService } from './password.service';
import { SsoController } from './sso.controller';
import { SsoService } from './sso.service';
import { SystemAdminResolver } from './system-admin.resolver';
import { SystemAdminService } from './system-admin.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const ACCOUNT_RESOLVERS = [AccountResolver, ApiTokenResolver, AuthConfigResolver, SystemAdminResolver];

/** Accounts: invitations, passwords, API tokens and single sign-on. */
@Module({
  controllers: [SsoController],
  providers: [AccountService, AccountAdminService, InvitationService, LinkTokenService, PasswordService, ApiTokenService, SsoService, SystemAdminService, ...ACCOUNT_RESOLVERS],
  exports: [AccountService, InvitationService],
})
export class AccountModule {}
