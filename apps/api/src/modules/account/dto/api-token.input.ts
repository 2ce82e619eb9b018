import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate } from '../../../common/graphql/validators';
import { ApiToken } from '../account.entity';

export const API_TOKEN_NAME_MAX = 80;

export enum ApiTokenStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiTokenStatus, { name: 'ApiTokenStatus' });

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Nightly roster export".' })
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(API_TOKEN_NAME_MAX)
  name: string;

  @Field({ description: 'The last day the token works (YYYY-MM-DD; it stops at the end of that day, UTC): from tomorrow to one year from today.' })
  @IsIsoDate()
  expiresOn: string;
}

@ObjectType({ description: 'A new API token: the secret is shown this once and never again.' })
export class CreatedApiToken {
  @Field({ description: 'The secret, to send as `Authorization: Bearer <token>`. Only its SHA-256 is kept.' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

@ArgsType()
export class ApiTokenIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an API token id' })
  id: string;
}
