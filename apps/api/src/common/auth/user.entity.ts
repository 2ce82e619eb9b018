import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Permission, permissionsOf, Role, UserStatus } from '@ptp/shared';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Permission, { name: 'Permission' });
registerEnumType(UserStatus, { name: 'UserStatus' });

@ObjectType({ description: 'A person who signs in.' })
@Entity('users')
@Check('users_email_lowercase', `email = lower(email)`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Field()
  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Field({ description: 'May edit the reference data every program shares (exams, competency library).' })
  @Column({ name: 'is_system_admin', type: 'boolean', default: false })
  isSystemAdmin: boolean;

  /** Never exposed. Null until the person sets a password (invited, or SSO only). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Field(() => Date, { nullable: true, description: 'When staff deactivated the account (sessions and tokens stop working at once).' })
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** First successful sign-in or accepted invitation; null while the account is only invited. */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => [Permission], { description: 'What this user may do (the shared permission catalogue).' })
  get permissions(): Permission[] {
    return permissionsOf(this);
  }

  @Field(() => UserStatus)
  get status(): UserStatus {
    if (this.disabledAt) return UserStatus.DEACTIVATED;
    return this.activatedAt ? UserStatus.ACTIVE : UserStatus.INVITED;
  }
}
