import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { HourComponent, HourEntryStatus, PracticeSetting } from '@ptp/shared';
import { Program } from '../program/program.entity';
import { Placement } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../user/user.entity';

registerEnumType(HourEntryStatus, { name: 'HourEntryStatus' });

/**
 * One shift (or a didactic/lab session). The database holds the hour rules it can: end after
 * start, at most 16 hours, minutes consistent with the instants, experiential entries tied to a
 * placement, and no two non-rejected entries of one enrollment overlapping (exclusion constraint).
 */
@ObjectType()
@Entity('hour_entries')
@Check('hour_entries_end_after_start', `ended_at > started_at`)
@Check('hour_entries_max_16h', `ended_at - started_at <= interval '16 hours'`)
@Check('hour_entries_minutes', `minutes = floor(extract(epoch FROM ended_at - started_at) / 60)::int AND minutes > 0`)
@Check('hour_entries_experiential_placement', `component <> 'EXPERIENTIAL' OR placement_id IS NOT NULL`)
@Check('hour_entries_reason', `status <> 'REJECTED' OR review_comment IS NOT NULL`)
@Check('hour_entries_clocked_pair', `(clocked_started_at IS NULL) = (clocked_ended_at IS NULL)`)
@Exclusion('hour_entries_no_overlap', `USING gist ("enrollment_id" WITH =, tstzrange("started_at", "ended_at") WITH &&) WHERE (status <> 'REJECTED')`)
@Index('hour_entries_enrollment_status_idx', ['enrollmentId', 'status'])
@Index('hour_entries_review_queue_idx', ['status', 'startedAt'])
// Recent-pace index (enrollment, start) INCLUDE (status, minutes), created by hand in a migration.
@Index('hour_entries_recent_idx', { synchronize: false })
export class HourEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('hour_entries_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Field(() => ID)
  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment?: Enrollment;

  @Field(() => ID, { nullable: true })
  @Index('hour_entries_placement_idx')
  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId: string | null;

  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Placement;

  @Field(() => HourComponent)
  @Column({ type: 'enum', enum: HourComponent, enumName: 'hour_component' })
  component: HourComponent;

  @Field(() => PracticeSetting, { nullable: true })
  @Column({ type: 'enum', enum: PracticeSetting, enumName: 'practice_setting', nullable: true })
  setting: PracticeSetting | null;

  @Field()
  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Field()
  @Column({ name: 'ended_at', type: 'timestamptz' })
  endedAt: Date;

  @Field(() => Int, { description: 'Derived on the server from the start and end.' })
  @Column({ type: 'integer' })
  minutes: number;

  @Field()
  @Column({ name: 'activity_note', type: 'text' })
  activityNote: string;

  @Field(() => HourEntryStatus)
  @Column({ type: 'enum', enum: HourEntryStatus, enumName: 'hour_entry_status', default: HourEntryStatus.SUBMITTED })
  status: HourEntryStatus;

  @Field(() => String, { nullable: true, description: 'Reviewer comment: the question (needs info) or the reason (rejected, reopened).' })
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by' })
  reviewedByUser?: User;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Set when the shift was logged while a required compliance item had lapsed (program policy FLAG): review before approving.' })
  @Column({ name: 'compliance_flag', type: 'text', nullable: true })
  complianceFlag: string | null;

  @Field(() => Date, { nullable: true, description: 'Server-stamped start, when the entry was made by clocking out (null: logged by hand).' })
  @Column({ name: 'clocked_started_at', type: 'timestamptz', nullable: true })
  clockedStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Server-stamped end, when the entry was made by clocking out.' })
  @Column({ name: 'clocked_ended_at', type: 'timestamptz', nullable: true })
  clockedEndedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why a clocked entry\'s times were changed afterwards (required for such an edit).' })
  @Column({ name: 'edit_reason', type: 'text', nullable: true })
  editReason: string | null;

  /** Who logged it: the student, or staff on the student's behalf. */
  @Column({ name: 'logged_by', type: 'uuid' })
  loggedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'logged_by' })
  loggedByUser?: User;

  @Field(() => Int, { description: 'Bumped by every change: pass it back to review, so two reviewers cannot both act.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An open clock-in (clock-in / clock-out mode): one per enrollment, closed into an HourEntry. */
@ObjectType()
@Entity('clock_ins')
export class ClockIn {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Field(() => ID)
  @Column({ name: 'enrollment_id', type: 'uuid', unique: true })
  enrollmentId: string;

  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment?: Enrollment;

  @Field(() => ID)
  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Placement;

  @Field()
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;
}
