import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Permission, Role, ROLE_PERMISSIONS } from '@ptp/shared';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Permission, { name: 'Permission' });

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

  /** Never exposed. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => [Permission], { description: 'What this user may do (the shared permission catalogue).' })
  get permissions(): Permission[] {
    return [...ROLE_PERMISSIONS[this.role]];
  }
}
