import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../common/auth/user.entity';

/**
 * A single-use link sent by email: an invitation (sets the first password) or a password reset.
 * Only the SHA-256 of the token is stored, as for sessions (docs/accounts.md).
 */
@Entity('user_tokens')
@Check('user_tokens_kind', `kind IN ('INVITATION', 'PASSWORD_RESET')`)
@Index('user_tokens_user_idx', ['userId', 'kind'])
export class UserToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'varchar', length: 20 })
  kind: 'INVITATION' | 'PASSWORD_RESET';

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the link was used, or replaced by a newer one: either way it no longer works. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A personal API token: `Authorization: Bearer ptp_…` acts as its owner, with the owner's scope. */
@ObjectType({ description: 'A personal API token (its secret is shown once, at creation).' })
@Entity('api_tokens')
@Index('api_tokens_user_idx', ['userId'])
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field()
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Field({ description: 'The first characters of the token, to recognise it.' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A browser's OIDC sign-in in progress (state, nonce, PKCE verifier), kept server-side for 10 minutes. */
@Entity('sso_logins')
export class SsoLogin {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'state_hash', type: 'char', length: 64, unique: true })
  stateHash: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  @Column({ name: 'return_to', type: 'varchar', length: 300, nullable: true })
  returnTo: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
