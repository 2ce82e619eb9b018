import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique,
} from 'typeorm';
import { EnrollmentStatus, ReasonCode } from '@ptp/shared';
import { Cohort } from '../cohort/cohort.entity';
import { Program } from '../program/program.entity';
import { User } from '../../common/auth/user.entity';
import { Student } from './student.entity';

registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });
registerEnumType(ReasonCode, { name: 'ReasonCode' });

@ObjectType({ description: "A student's enrollment in a cohort." })
@Entity('enrollments')
@Unique('enrollments_cohort_student_key', ['cohortId', 'studentId'])
@Index('enrollments_cohort_status_idx', ['cohortId', 'status'])
export class Enrollment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('enrollments_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Field(() => ID)
  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort;

  @Field(() => ID)
  @Index('enrollments_student_idx')
  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => Student, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  student?: Student;

  @Field({ description: 'ISO date the student enrolled.' })
  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn: string;

  /** Maintained by a trigger from the newest enrollment_status_events row: never written by code. */
  @Field(() => EnrollmentStatus, { description: 'Current status, derived from the status log.' })
  @Column({ type: 'enum', enum: EnrollmentStatus, enumName: 'enrollment_status', default: EnrollmentStatus.ENROLLED })
  status: EnrollmentStatus;

  @Field({ description: 'ISO date the current status took effect.' })
  @Column({ name: 'status_since', type: 'date' })
  statusSince: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The append-only status log (docs/design.md §3.1). A trigger refuses DELETE and every UPDATE but voiding an
 * event once (an admin's correction): a voided event stays in history and no longer counts.
 */
@ObjectType()
@Entity('enrollment_status_events')
@Check('enrollment_status_events_void_complete', `(voided_at IS NULL) = (void_reason IS NULL)`)
@Index('enrollment_status_events_enrollment_idx', ['enrollmentId', 'effectiveOn', 'seq'])
export class EnrollmentStatusEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Insertion order, to break ties between events effective the same day. */
  @Column({ type: 'bigint', generated: 'increment', unique: true })
  seq: string;

  @Index('enrollment_status_events_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment?: Enrollment;

  @Field(() => EnrollmentStatus)
  @Column({ type: 'enum', enum: EnrollmentStatus, enumName: 'enrollment_status' })
  status: EnrollmentStatus;

  @Field({ description: 'ISO date the status takes effect (from the start of that day).' })
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Field(() => ReasonCode)
  @Column({ name: 'reason_code', type: 'enum', enum: ReasonCode, enumName: 'reason_code' })
  reasonCode: ReasonCode;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recordedByUser?: User;

  @Field()
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => String, { nullable: true, description: 'Set when a graduation was recorded although requirements were unmet.' })
  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  @Field(() => [String], { nullable: true, description: 'The requirements unmet when the override was recorded.' })
  @Column({ name: 'unmet_requirements', type: 'text', array: true, nullable: true })
  unmetRequirements: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Set when an admin voided this event; it no longer counts anywhere.' })
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'voided_by', type: 'uuid', nullable: true })
  voidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voided_by', foreignKeyConstraintName: 'FK_enrollment_status_events_voided_by' })
  voidedByUser?: User;

  @Field(() => String, { nullable: true })
  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;
}
