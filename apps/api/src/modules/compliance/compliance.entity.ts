import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ComplianceReviewStatus, ValidityKind } from '@ptp/shared';
import { Program } from '../program/program.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';

registerEnumType(ValidityKind, { name: 'ValidityKind' });
registerEnumType(ComplianceReviewStatus, { name: 'ComplianceReviewStatus' });

/** A compliance requirement of a program (background check, TB test, BLS card…) with its validity rule. */
@ObjectType()
@Entity('compliance_items')
@Unique('compliance_items_program_code_key', ['programId', 'code'])
@Check('compliance_items_months', `(validity = 'MONTHS') = (validity_months IS NOT NULL) AND (validity_months IS NULL OR validity_months > 0)`)
export class ComplianceItem {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Index('compliance_items_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Field() @Column({ type: 'varchar', length: 40 }) code: string;
  @Field() @Column({ type: 'varchar', length: 120 }) name: string;
  @Field(() => ValidityKind) @Column({ type: 'enum', enum: ValidityKind, enumName: 'validity_kind' }) validity: ValidityKind;
  @Field(() => Int, { nullable: true }) @Column({ name: 'validity_months', type: 'integer', nullable: true }) validityMonths: number | null;
  @Field({ description: 'Inactive items are kept for history but no longer required.' }) @Column({ type: 'boolean', default: true }) active: boolean;
  @Field(() => Int) @Column({ name: 'sort_order', type: 'integer', default: 0 }) sortOrder: number;
}

/** A stored upload. The file lives outside the web root under a random key (FileStorage). */
@Entity('documents')
export class StoredDocument {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('documents_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'enrollment_id' }) enrollment?: Enrollment;
  @Column({ name: 'storage_key', type: 'varchar', length: 100, unique: true }) storageKey: string;
  @Column({ name: 'original_name', type: 'varchar', length: 255 }) originalName: string;
  @Column({ name: 'content_type', type: 'varchar', length: 60 }) contentType: string;
  @Column({ name: 'size_bytes', type: 'integer' }) sizeBytes: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedById: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'uploaded_by' }) uploadedByUser?: User;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({ description: 'Evidence of one compliance item for one enrollment, and its review.' })
@Entity('compliance_records')
@Check('compliance_records_dates', `expires_on IS NULL OR expires_on >= completed_on`)
@Check('compliance_records_reason', `status NOT IN ('REJECTED', 'WAIVED') OR review_reason IS NOT NULL`)
@Index('compliance_records_enrollment_idx', ['enrollmentId', 'itemId'])
@Index('compliance_records_queue_idx', ['status', 'createdAt'])
export class ComplianceRecord {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('compliance_records_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Field(() => ID) @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'enrollment_id' }) enrollment?: Enrollment;
  @Field(() => ID) @Column({ name: 'item_id', type: 'uuid' }) itemId: string;
  @ManyToOne(() => ComplianceItem, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'item_id' }) item?: ComplianceItem;
  @Field({ description: 'ISO date the item was completed (test taken, card issued…).' }) @Column({ name: 'completed_on', type: 'date' }) completedOn: string;
  @Field(() => String, { nullable: true, description: 'ISO date it expires; null: never.' }) @Column({ name: 'expires_on', type: 'date', nullable: true }) expiresOn: string | null;
  @Field(() => ComplianceReviewStatus) @Column({ type: 'enum', enum: ComplianceReviewStatus, enumName: 'compliance_review_status', default: 'PENDING' }) status: ComplianceReviewStatus;
  @Field(() => String, { nullable: true }) @Column({ name: 'review_reason', type: 'text', nullable: true }) reviewReason: string | null;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedById: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'reviewed_by' }) reviewedByUser?: User;
  @Field(() => Date, { nullable: true }) @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId: string | null;
  @ManyToOne(() => StoredDocument, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'document_id' }) document?: StoredDocument;
  @Column({ name: 'submitted_by', type: 'uuid' }) submittedById: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'submitted_by' }) submittedByUser?: User;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A reminder the daily job found due; one per (enrollment, item, kind, expiry), so reruns add nothing. */
@ObjectType()
@Entity('reminders')
@Unique('reminders_once_key', ['enrollmentId', 'itemId', 'kind', 'expiresOn'])
export class Reminder {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('reminders_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Field(() => ID) @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'enrollment_id' }) enrollment?: Enrollment;
  @Field(() => ID) @Column({ name: 'item_id', type: 'uuid' }) itemId: string;
  @ManyToOne(() => ComplianceItem, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'item_id' }) item?: ComplianceItem;
  @Field({ description: 'EXPIRING_60, EXPIRING_30, EXPIRING_7, EXPIRED or MISSING.' }) @Column({ type: 'varchar', length: 20 }) kind: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'expires_on', type: 'date', nullable: true }) expiresOn: string | null;
  @Field({ description: 'ISO date the job found it due.' }) @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Field(() => Date, { nullable: true }) @Column({ name: 'notified_at', type: 'timestamptz', nullable: true }) notifiedAt: Date | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
