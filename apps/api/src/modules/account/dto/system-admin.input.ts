import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@ptp/shared';

@InputType()
export class SetSystemAdminInput {
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId: string;
  @Field({ description: 'true grants system administrator, false revokes it.' }) @IsBoolean() systemAdmin: boolean;
  @Field({ description: 'Why (kept in the audit log).' })
  @IsString()
  @MinLength(3, { message: 'reason: say why system administrator is granted or revoked (at least 3 characters)' })
  @MaxLength(LIMITS.noteMax)
  reason: string;
}
