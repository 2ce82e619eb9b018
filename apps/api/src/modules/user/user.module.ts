import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const USER_RESOLVERS = [AuthResolver];

/** Sign-in, sign-out and the current user. */
@Module({
  providers: [...USER_RESOLVERS],
})
export class UserModule {}
