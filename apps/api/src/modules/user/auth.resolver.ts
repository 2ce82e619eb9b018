import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { CookieOptions } from 'express';
import { Inject } from '@nestjs/common';
import { LIMITS, Permission } from '@ptp/shared';
import { Can, CurrentUser, Public } from '../../common/auth/decorators';
import { SESSION_COOKIE, SessionService } from '../../common/auth/session.service';
import type { GqlContext } from '../../common/graphql/context';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { User } from './user.entity';
import { DataSource } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(LIMITS.emailMax)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field(() => User) user: User;
}

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly ds: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.env.COOKIE_SECURE, path: '/' };
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

  @Query(() => [User], { description: 'Active instructors, to assign to cohorts.' })
  @Can(Permission.USER_READ)
  async instructors(@CurrentUser() _user: User): Promise<User[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${entityColumns(this.ds, User, 'u')} FROM users u WHERE u.role = 'INSTRUCTOR' AND u.disabled_at IS NULL ORDER BY u.display_name LIMIT 500`,
    );
    return rows.map((r) => hydrate(this.ds, User, r));
  }

  @ResolveField(() => ID, { nullable: true, description: "The student record of a student's own sign-in." })
  studentId(@Parent() user: User, @Context() ctx: GqlContext) {
    return user.role === 'STUDENT' ? ctx.loaders.studentIdByUser.load(user.id) : null;
  }
}
