import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { CredentialKind, ExamResult } from '@ptp/shared';
import { Program } from '../program/program.entity';
import { Enrollment } from '../student/enrollment.entity';
import { Student } from '../student/student.entity';
import { User } from '../../common/auth/user.entity';

registerEnumType(ExamResult, { name: 'ExamResult' });
registerEnumType(CredentialKind, { name: 'CredentialKind' });

/** A certification exam: scales, pass marks and retake rules are data (seeded by a migration). */
@ObjectType()
@Entity('exams')
@Check('exams_scale', `(min_score IS NULL AND max_score IS NULL AND pass_score IS NULL) OR (min_score < max_score AND pass_score BETWEEN min_score AND max_score)`)
@Check('exams_max_attempts', `max_attempts IS NULL OR max_attempts > 0`)
export class Exam {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;

  @Field() @Column({ type: 'varchar', length: 20, unique: true }) code: string;
  @Field() @Column({ type: 'varchar', length: 120 }) name: string;
  @Field({ description: 'Certifying body, e.g. PTCB or NHA.' }) @Column({ type: 'varchar', length: 60 }) body: string;
  @Field(() => Int, { nullable: true }) @Column({ name: 'min_score', type: 'integer', nullable: true }) minScore: number | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'max_score', type: 'integer', nullable: true }) maxScore: number | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'pass_score', type: 'integer', nullable: true }) passScore: number | null;
  @Field(() => Int, { nullable: true, description: 'Null: no limit.' }) @Column({ name: 'max_attempts', type: 'integer', nullable: true }) maxAttempts: number | null;

  @Field(() => [Int], { description: 'Days to wait before attempt 2, 3, 4…; the last value repeats.' })
  @Column({ name: 'retake_wait_days', type: 'integer', array: true, default: () => `'{}'` })
  retakeWaitDays: number[];

  @Field(() => CredentialKind, { nullable: true, description: 'A credential the candidate must hold (active) to sit the exam.' })
  @Column({ name: 'requires_credential', type: 'enum', enum: CredentialKind, enumName: 'credential_kind', nullable: true })
  requiresCredential: CredentialKind | null;

  @Field() @Column({ type: 'boolean', default: true }) active: boolean;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType()
@Entity('exam_attempts')
@Unique('exam_attempts_number_key', ['enrollmentId', 'examId', 'attemptNumber', 'takenOn'])
@Check('exam_attempts_number', `attempt_number > 0`)
@Check('exam_attempts_score_result', `scaled_score IS NULL OR result IN ('PASSED', 'FAILED')`)
@Index('exam_attempts_enrollment_idx', ['enrollmentId', 'examId'])
export class ExamAttempt {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;

  @Index('exam_attempts_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;

  @Field(() => ID) @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'enrollment_id' }) enrollment?: Enrollment;

  @Field(() => ID) @Column({ name: 'exam_id', type: 'uuid' }) examId: string;
  @ManyToOne(() => Exam, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'exam_id' }) exam?: Exam;

  @Field(() => Int, { description: 'Assigned by the server: the number of this sitting of the exam.' })
  @Column({ name: 'attempt_number', type: 'integer' })
  attemptNumber: number;

  @Field({ description: 'ISO date of the sitting.' }) @Column({ name: 'taken_on', type: 'date' }) takenOn: string;
  @Field(() => ExamResult) @Column({ type: 'enum', enum: ExamResult, enumName: 'exam_result' }) result: ExamResult;
  @Field(() => Int, { nullable: true }) @Column({ name: 'scaled_score', type: 'integer', nullable: true }) scaledScore: number | null;

  @Column({ name: 'domain_scores', type: 'jsonb', nullable: true }) domainScores: Record<string, number> | null;

  @Column({ name: 'recorded_by', type: 'uuid' }) recordedById: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'recorded_by' }) recordedByUser?: User;

  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A credential a student holds (CPhT, state registration or license). */
@ObjectType()
@Entity('credentials')
@Check('credentials_dates', `expires_on IS NULL OR expires_on >= issued_on`)
export class Credential {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;

  @Index('credentials_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;

  @Field(() => ID) @Index('credentials_student_idx') @Column({ name: 'student_id', type: 'uuid' }) studentId: string;
  @ManyToOne(() => Student, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'student_id' }) student?: Student;

  @Field(() => CredentialKind) @Column({ type: 'enum', enum: CredentialKind, enumName: 'credential_kind' }) kind: CredentialKind;
  @Field() @Column({ type: 'varchar', length: 40 }) number: string;
  @Field(() => String, { nullable: true, description: 'Two-letter state for state credentials.' }) @Column({ type: 'char', length: 2, nullable: true }) state: string | null;
  @Field() @Column({ name: 'issued_on', type: 'date' }) issuedOn: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'expires_on', type: 'date', nullable: true }) expiresOn: string | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
