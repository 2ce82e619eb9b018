import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn,
} from 'typeorm';
import { Program } from '../program/program.entity';
import { User } from '../../common/auth/user.entity';

@ObjectType()
@Entity('students')
@Unique('students_program_email_key', ['programId', 'email'])
@Unique('students_program_number_key', ['programId', 'studentNumber'])
@Check('students_email_lowercase', `email = lower(email)`)
// Expression index for name search, created by hand in the migration.
@Index('students_name_search_idx', { synchronize: false })
export class Student {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('students_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  /** The student's own sign-in, when they have one. */
  @Index('students_user_idx')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field()
  @Column({ name: 'first_name', type: 'varchar', length: 120 })
  firstName: string;

  @Field()
  @Column({ name: 'last_name', type: 'varchar', length: 120 })
  lastName: string;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field()
  @Column({ name: 'student_number', type: 'varchar', length: 40 })
  studentNumber: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field()
  get fullName(): string {
    return `${this.firstName} ${this.lastName}`;
  }
}
