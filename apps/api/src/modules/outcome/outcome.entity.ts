import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmploymentRelation, OutcomeMarkerKind, UnavailabilityReason } from '@ptp/shared';
import { Program } from '../program/program.entity';
import { Enrollment } from '../student/enrollment.entity';

registerEnumType(EmploymentRelation, { name: 'EmploymentRelation' });
registerEnumType(OutcomeMarkerKind, { name: 'OutcomeMarkerKind' });
registerEnumType(UnavailabilityReason, { name: 'UnavailabilityReason' });

@ObjectType({ description: 'A job a student or graduate holds, as verified by the program.' })
@Entity('employment_records')
@Check('employment_records_verified', `verified_on IS NULL OR verification_source IS NOT NULL`)
export class EmploymentRecord {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('employment_records_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Field(() => ID) @Index('employment_records_enrollment_idx') @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'enrollment_id' }) enrollment?: Enrollment;
  @Field() @Column({ type: 'varchar', length: 120 }) employer: string;
  @Field() @Column({ name: 'job_title', type: 'varchar', length: 120 }) jobTitle: string;
  @Field(() => EmploymentRelation) @Column({ type: 'enum', enum: EmploymentRelation, enumName: 'employment_relation' }) relation: EmploymentRelation;
  @Field() @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'verified_on', type: 'date', nullable: true }) verifiedOn: string | null;
  @Field(() => String, { nullable: true, description: 'How it was verified: employer call, pay stub, graduate survey…' })
  @Column({ name: 'verification_source', type: 'varchar', length: 200, nullable: true })
  verificationSource: string | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({ description: 'Waiting for an exam, refused employment, or documented unavailable (COE/ABHES).' })
@Entity('outcome_markers')
@Check('outcome_markers_reason', `(kind = 'UNAVAILABLE') = (unavailability_reason IS NOT NULL)`)
export class OutcomeMarker {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('outcome_markers_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Field(() => ID) @Index('outcome_markers_enrollment_idx') @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'enrollment_id' }) enrollment?: Enrollment;
  @Field(() => OutcomeMarkerKind) @Column({ type: 'enum', enum: OutcomeMarkerKind, enumName: 'outcome_marker_kind' }) kind: OutcomeMarkerKind;
  @Field(() => UnavailabilityReason, { nullable: true })
  @Column({ name: 'unavailability_reason', type: 'enum', enum: UnavailabilityReason, enumName: 'unavailability_reason', nullable: true })
  unavailabilityReason: UnavailabilityReason | null;
  @Field({ description: 'ISO date the marker was documented.' }) @Column({ name: 'documented_on', type: 'date' }) documentedOn: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) note: string | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
