import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn,
} from 'typeorm';
import { Program } from '../program/program.entity';
import { User } from '../../common/auth/user.entity';

@ObjectType({ description: 'A group of students who start a program together.' })
@Entity('cohorts')
@Unique('cohorts_program_code_key', ['programId', 'code'])
@Check('cohorts_dates', `expected_end_date >= start_date`)
@Check(
  'cohorts_externship_window',
  `externship_end_date >= externship_start_date AND externship_start_date >= start_date AND externship_end_date <= expected_end_date`,
)
export class Cohort {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index('cohorts_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ name: 'expected_end_date', type: 'date' })
  expectedEndDate: string;

  @Field({ description: 'First day students may be on externship (ISO date).' })
  @Column({ name: 'externship_start_date', type: 'date' })
  externshipStartDate: string;

  @Field({ description: 'Last day of the externship window (ISO date).' })
  @Column({ name: 'externship_end_date', type: 'date' })
  externshipEndDate: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Which instructors teach a cohort: an instructor sees only these cohorts. */
@Entity('cohort_instructors')
export class CohortInstructor {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @Index('cohort_instructors_user_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
