import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser, Public } from '../../common/auth/decorators';
import { SessionOnly } from '../../common/auth/session-only';
import { SESSION_COOKIE, sessionCookieOptions } from '../../common/auth/session.service';
import { type GqlContext, requestIdOf } from '../../graphql/context';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { AuthPayload } from '../user/dto/auth.input';
import { User } from '../../common/auth/user.entity';
import {
  ChangePasswordInput, InvitationInfo, InviteUserInput, LinkTokenArgs, RequestPasswordResetInput, SetPasswordWithTokenInput,
  UpdateUserAccessInput, UserAccess, UserConnection, UserIdArgs, UsersArgs,
} from './dto/account.input';
import { AccountAdminService } from './account-admin.service';
import { AccountService } from './account.service';
import { InvitationService } from './invitation.service';
import { PasswordService } from './password.service';

/** The Users area, invitations and passwords: GraphQL in, the account services out. */
@Resolver(() => User)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly admin: AccountAdminService,
    private readonly invitations: InvitationService,
    private readonly passwords: PasswordService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Query(() => UserConnection, { description: "Accounts in the caller's scope: admins their programs' people, instructors their cohorts' students." })
  @Can(Permission.USER_READ)
  users(@CurrentUser() user: User, @Args() args: UsersArgs) {
    return this.accounts.listUsers(user, args, args.filter ?? {});
  }

  @Query(() => User)
  @Can(Permission.USER_READ)
  user(@CurrentUser() user: User, @Args() { userId }: UserIdArgs) {
    return this.accounts.getUser(user, userId);
  }

  @Query(() => [User], { description: "Active instructors of the caller's programs, to assign to cohorts." })
  @Can(Permission.USER_READ)
  instructors(@CurrentUser() user: User) {
    return this.accounts.lookUp(user, 'INSTRUCTOR');
  }

  @Mutation(() => User, { description: 'Invites a staff member by email (students are invited by enrolling them).' })
  @Can(Permission.USER_MANAGE)
  inviteUser(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: InviteUserInput) {
    return this.admin.invite(user, requestIdOf(ctx), input);
  }

  @Mutation(() => User, { description: 'Sends a new invitation link (the previous one stops working).' })
  @Can(Permission.USER_MANAGE)
  resendInvitation(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args() { userId }: UserIdArgs) {
    return this.admin.resendInvitation(user, requestIdOf(ctx), userId);
  }

  @Mutation(() => User, { description: 'Deactivates an account: its sessions and API tokens stop working at once.' })
  @Can(Permission.USER_MANAGE)
  deactivateUser(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args() { userId }: UserIdArgs) {
    return this.admin.setActive(user, requestIdOf(ctx), userId, false);
  }

  @Mutation(() => User)
  @Can(Permission.USER_MANAGE)
  reactivateUser(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args() { userId }: UserIdArgs) {
    return this.admin.setActive(user, requestIdOf(ctx), userId, true);
  }

  @Mutation(() => User, { description: "Changes an account's role, scope or name (program directors)." })
  @Can(Permission.USER_MANAGE)
  updateUserAccess(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: UpdateUserAccessInput) {
    return this.admin.updateAccess(user, requestIdOf(ctx), input);
  }

  @Public()
  @Query(() => InvitationInfo, { description: 'Who an invitation link is for (NOT_FOUND when it is used, replaced or expired).' })
  invitation(@Args() { token }: LinkTokenArgs) {
    return this.invitations.invitation(token);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets the first password from an invitation link and signs in.' })
  async acceptInvitation(@Args('input') input: SetPasswordWithTokenInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const { user, token, expiresAt } = await this.invitations.acceptInvitation(input.token, input.password, ctx.req.ip ?? 'unknown', ctx.req.get('user-agent'));
    ctx.res.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(this.env), expires: expiresAt });
    return { user };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Emails a reset link if the account exists. Always answers true, so it never tells whether an email is registered.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GqlContext): Promise<boolean> {
    await this.passwords.requestPasswordReset(input.email, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets a new password from a reset link, signs out every other session, and signs in.' })
  async resetPassword(@Args('input') input: SetPasswordWithTokenInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const { user, token, expiresAt } = await this.passwords.resetPassword(input.token, input.password, ctx.req.ip ?? 'unknown', ctx.req.get('user-agent'));
    ctx.res.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(this.env), expires: expiresAt });
    return { user };
  }

  @Mutation(() => Boolean, { description: 'Changes the signed-in user’s password (the current one is required); other sessions end.' })
  @SessionOnly()
  async changePassword(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.passwords.changePassword(user, ctx.req.sessionId || null, input.currentPassword, input.newPassword);
    return true;
  }

  @ResolveField(() => UserAccess, { description: "What the account gives access to, within the caller's programs." })
  access(@Parent() user: User, @Context() ctx: GqlContext) {
    return ctx.loaders.userAccess.load(user.id);
  }
}
