import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CookieOptions } from 'express';
import { Inject } from '@nestjs/common';
import { Public } from '../../common/auth/decorators';
import { SESSION_COOKIE, SessionService, sessionCookieOptions } from '../../common/auth/session.service';
import type { GqlContext } from '../../graphql/context';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { User } from '../../common/auth/user.entity';
import { AuthPayload, LoginInput } from './dto/auth.input';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private cookieOptions(): CookieOptions {
    return sessionCookieOptions(this.env);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in and sets the httpOnly session cookie.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const { user, token, expiresAt } = await this.sessions.login(input.email, input.password, ctx.req.ip ?? 'unknown', ctx.req.get('user-agent'));
    ctx.res.cookie(SESSION_COOKIE, token, { ...this.cookieOptions(), expires: expiresAt });
    return { user };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Revokes the session server-side and clears the cookie.' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    if (ctx.req.sessionId) await this.sessions.revoke(ctx.req.sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return true;
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() ctx: GqlContext): User | null {
    return ctx.req.user ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The person's program time zone (IANA; the first program by name when several): the web shows and reads times in it. Null before they join a program.",
  })
  timeZone(@Parent() user: User, @Context() ctx: GqlContext) {
    return ctx.loaders.timeZoneByUser.load(user.id);
  }

  @ResolveField(() => ID, { nullable: true, description: "The student record of a student's own sign-in." })
  studentId(@Parent() user: User, @Context() ctx: GqlContext) {
    return user.role === 'STUDENT' ? ctx.loaders.studentIdByUser.load(user.id) : null;
  }
}
