import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Public } from '../../common/auth/decorators';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { SsoService } from './sso.service';

@ObjectType({ description: 'How people sign in here, for the login page.' })
export class AuthConfig {
  @Field({ description: 'false: only single sign-on (the password form is hidden and the login mutation refuses).' })
  passwordLoginEnabled: boolean;

  @Field({ description: 'Single sign-on (OpenID Connect) is configured: the login page shows its button, linking to /api/auth/sso/start.' })
  ssoEnabled: boolean;

  @Field({ description: "The SSO button's wording." })
  ssoLabel: string;
}

@Resolver(() => AuthConfig)
export class AuthConfigResolver {
  constructor(
    private readonly sso: SsoService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Public()
  @Query(() => AuthConfig)
  authConfig(): AuthConfig {
    return { passwordLoginEnabled: this.env.PASSWORD_LOGIN_ENABLED, ssoEnabled: this.sso.enabled, ssoLabel: this.env.OIDC_LABEL };
  }
}
