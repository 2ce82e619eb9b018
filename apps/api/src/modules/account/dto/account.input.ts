import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LIMITS, Role, UserStatus } from '@ptp/shared';
import { Connection, PageArgs } from '../../../common/graphql/connection';
import { IsEmailAddress, IsIsoDate, IsOmittable } from '../../../common/graphql/validators';
import { User } from '../../../common/auth/user.entity';

const LICENSE = /^[A-Za-z0-9.-]{3,40}$/;
/** A token from an emailed link: base64url, as `newToken` makes it. */
const LINK_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

@InputType({ description: 'Who to invite and what they may see: programs (admins), cohorts (instructors) or a site (preceptors).' })
export class InviteUserInput {
  @Field()
  @IsEmailAddress()
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(LIMITS.nameMax)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'role must be ADMIN, INSTRUCTOR or PRECEPTOR' })
  role: Role;

  @Field(() => [ID], { nullable: true, description: 'ADMIN: the programs they direct.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'programIds must be program ids' })
  programIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'INSTRUCTOR: the cohorts they teach.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'cohortIds must be cohort ids' })
  cohortIds?: string[];

  @Field(() => ID, { nullable: true, description: 'PRECEPTOR: the site where they precept.' })
  @IsOptional()
  @IsUUID('all', { message: 'siteId must be a site id' })
  siteId?: string;

  @Field({ nullable: true, description: 'PRECEPTOR: pharmacist or technician license number.' })
  @IsOptional()
  @Matches(LICENSE, { message: 'licenseNumber may use letters, digits, dot and dash (3 to 40)' })
  licenseNumber?: string;

  @Field({ nullable: true, description: 'PRECEPTOR: ISO date the license expires.' })
  @IsOptional()
  @IsIsoDate()
  licenseExpiresOn?: string;
}

@InputType({ description: "A new role and/or scope for an account (the scope replaces the account's scope within your programs)." })
export class UpdateUserAccessInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;

  @Field(() => Role, { nullable: true })
  @IsOmittable()
  @IsEnum(Role, { message: 'role must be ADMIN, INSTRUCTOR or PRECEPTOR' })
  role?: Role;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(LIMITS.nameMax)
  displayName?: string;

  @Field(() => [ID], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'programIds must be program ids' })
  programIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'cohortIds must be cohort ids' })
  cohortIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'siteId must be a site id' })
  siteId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(LICENSE, { message: 'licenseNumber may use letters, digits, dot and dash (3 to 40)' })
  licenseNumber?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  licenseExpiresOn?: string;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Part of the name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => UserStatus, { nullable: true })
  @IsOptional()
  @IsEnum(UserStatus)
  status?: UserStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => UserFilter) filter?: UserFilter;
}

@ObjectType()
export class UserConnection extends Connection(User) {}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId: string;
}

@ArgsType()
export class LinkTokenArgs {
  @Field() @IsString() @Matches(LINK_TOKEN, { message: 'token: this link is not valid. Copy the whole link from the email.' }) token: string;
}

@InputType()
export class SetPasswordWithTokenInput {
  @Field()
  @IsString()
  @Matches(LINK_TOKEN, { message: 'token: this link is not valid. Copy the whole link from the email.' })
  token: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax, { message: `password: use at most ${LIMITS.passwordMax} characters` })
  password: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmailAddress()
  email: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(LIMITS.passwordMax)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax, { message: `newPassword: use at most ${LIMITS.passwordMax} characters` })
  newPassword: string;
}

@ObjectType({ description: 'What an invitation link is for, shown on the page where the person sets a password.' })
export class InvitationInfo {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field() expiresAt: Date;
}

@ObjectType({ description: 'A program, cohort or site an account has access to.' })
export class AccessRef {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: "What an account gives access to (within the caller's programs)." })
export class UserAccess {
  @Field(() => [AccessRef]) programs: AccessRef[];
  @Field(() => [AccessRef], { description: 'Cohorts taught (instructors) or enrolled in (students).' }) cohorts: AccessRef[];
  @Field(() => [AccessRef]) sites: AccessRef[];
}
