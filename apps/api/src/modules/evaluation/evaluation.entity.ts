import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvaluationFormKind, EvaluationKind, RatingScale } from '@ptp/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Program } from '../program/program.entity';
import { Placement } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';

registerEnumType(EvaluationKind, { name: 'EvaluationKind', description: 'MIDTERM and FINAL: the preceptor evaluates the student; SITE: the student evaluates the site and preceptor.' });
registerEnumType(EvaluationFormKind, { name: 'EvaluationFormKind' });
registerEnumType(RatingScale, { name: 'RatingScale', description: 'FIVE_POINT: 1 to 5; MEETS: 0 (does not meet) or 1 (meets).' });

export const EvaluationStatus = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED' } as const;
export type EvaluationStatus = (typeof EvaluationStatus)[keyof typeof EvaluationStatus];
registerEnumType(EvaluationStatus, { name: 'EvaluationStatus', description: 'A submitted evaluation is locked.' });

@ObjectType({ description: 'An evaluation form of a program: sections of items rated on one scale.' })
@Entity('evaluation_forms')
@Index('evaluation_forms_active_key', ['programId', 'kind'], { unique: true, where: 'active' })
@Check('evaluation_forms_kind', `kind IN ('PRECEPTOR', 'SITE')`)
@Check('evaluation_forms_scale', `scale IN ('FIVE_POINT', 'MEETS')`)
export class EvaluationForm {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'evaluation_forms_program_fkey' }) program?: Program;
  @Field(() => EvaluationFormKind) @Column({ type: 'varchar', length: 10 }) kind: EvaluationFormKind;
  @Field() @Column({ type: 'varchar', length: 200 }) title: string;
  @Field(() => RatingScale) @Column({ type: 'varchar', length: 12 }) scale: RatingScale;
  @Field(() => Int, { description: 'A rating below this needs a comment.' }) @Column({ name: 'comment_below', type: 'integer' }) commentBelow: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({ description: "One rated item of a program's evaluation form." })
@Entity('evaluation_form_items')
@Index('evaluation_form_items_form_idx', ['formId', 'sortOrder'])
export class EvaluationFormItem {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'form_id', type: 'uuid' }) formId: string;
  @ManyToOne(() => EvaluationForm, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'form_id', foreignKeyConstraintName: 'evaluation_form_items_form_fkey' }) form?: EvaluationForm;
  @Field() @Column({ type: 'varchar', length: 120 }) section: string;
  @Column({ name: 'sort_order', type: 'integer' }) sortOrder: number;
  @Field() @Column({ type: 'varchar', length: 300 }) prompt: string;
  @Field(() => String, { nullable: true, description: 'The ASHP competency the item observes, when there is one.' })
  @Column({ name: 'competency_code', type: 'varchar', length: 10, nullable: true })
  competencyCode: string | null;
}

@ObjectType({ description: "A preceptor's evaluation of a placed student (MIDTERM, FINAL) or a student's evaluation of the site (SITE)." })
@Entity('evaluations')
@Index('evaluations_enrollment_idx', ['enrollmentId'])
@Index('evaluations_program_idx', ['programId'])
@Unique('evaluations_once_key', ['placementId', 'kind'])
@Check('evaluations_kind', `kind IN ('MIDTERM', 'FINAL', 'SITE')`)
@Check('evaluations_status', `status IN ('DRAFT', 'SUBMITTED')`)
@Check('evaluations_submitted', `(status = 'SUBMITTED') = (submitted_at IS NOT NULL)`)
@Check('evaluations_acknowledged', `acknowledged_at IS NULL OR (status = 'SUBMITTED' AND kind <> 'SITE')`)
export class Evaluation {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'evaluations_program_fkey' }) program?: Program;
  @Field(() => ID) @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'evaluations_enrollment_fkey' }) enrollment?: Enrollment;
  @Field(() => ID) @Column({ name: 'placement_id', type: 'uuid' }) placementId: string;
  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'placement_id', foreignKeyConstraintName: 'evaluations_placement_fkey' }) placement?: Placement;
  @Column({ name: 'form_id', type: 'uuid' }) formId: string;
  @ManyToOne(() => EvaluationForm, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'form_id', foreignKeyConstraintName: 'evaluations_form_fkey' }) form?: EvaluationForm;
  @Field(() => EvaluationKind) @Column({ type: 'varchar', length: 10 }) kind: EvaluationKind;
  @Column({ name: 'evaluator_id', type: 'uuid' }) evaluatorId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'evaluator_id', foreignKeyConstraintName: 'evaluations_evaluator_fkey' }) evaluator?: User;
  @Field(() => EvaluationStatus) @Column({ type: 'varchar', length: 10, default: 'DRAFT' }) status: EvaluationStatus;
  @Field(() => String, { nullable: true, description: 'The overall comment.' }) @Column({ type: 'text', nullable: true }) comment: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the student acknowledged a preceptor evaluation.' })
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'acknowledgement_comment', type: 'text', nullable: true }) acknowledgementComment: string | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: 'The rating and comment given to one item.' })
@Entity('evaluation_answers')
@Index('evaluation_answers_item_idx', ['itemId'])
export class EvaluationAnswer {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' }) evaluationId: string;
  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'evaluation_id', foreignKeyConstraintName: 'evaluation_answers_evaluation_fkey' }) evaluation?: Evaluation;
  @Field(() => ID) @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId: string;
  @ManyToOne(() => EvaluationFormItem, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'evaluation_answers_item_fkey' }) item?: EvaluationFormItem;
  @Field(() => Int, { nullable: true }) @Column({ type: 'smallint', nullable: true }) rating: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) comment: string | null;
}
