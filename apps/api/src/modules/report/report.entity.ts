import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Cohort } from '../cohort/cohort.entity';
import { User } from '../../common/auth/user.entity';
import type { StoredReport } from './report.types';

/**
 * A generated report, kept as it was generated (inputs, every figure, every drill-down row, who and
 * when), so what was submitted to an accreditor can be reproduced after the records change.
 */
@ObjectType({ description: 'A saved outcome report: reads back exactly as it was generated.' })
@Entity('report_snapshots')
@Index('report_snapshots_created_idx', ['createdAt'])
@Check('report_snapshots_period', `period_end >= period_start`)
export class ReportSnapshot {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;

  /** The programs the report covers (a report may span several). */
  @Column({ name: 'program_ids', type: 'uuid', array: true }) programIds: string[];
  @Field(() => [String]) @Column({ name: 'program_names', type: 'text', array: true }) programNames: string[];

  /** The one cohort asked for, if any. */
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true }) cohortId: string | null;
  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cohort_id' }) cohort?: Cohort;
  @Field(() => String, { nullable: true }) @Column({ name: 'cohort_code', type: 'varchar', length: 40, nullable: true }) cohortCode: string | null;

  /** The cohorts the figures were restricted to (an instructor's cohorts); null: whole programs. */
  @Column({ name: 'cohort_ids', type: 'uuid', array: true, nullable: true }) cohortIds: string[] | null;

  @Field({ description: 'ISO date, inclusive.' }) @Column({ name: 'period_start', type: 'date' }) periodStart: string;
  @Field({ description: 'ISO date, inclusive.' }) @Column({ name: 'period_end', type: 'date' }) periodEnd: string;
  @Field() @Column({ type: 'varchar', length: 200 }) title: string;

  @Column({ name: 'created_by', type: 'uuid' }) createdById: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'created_by' }) createdByUser?: User;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  /** The whole generated report, drill-down rows included. */
  @Column({ type: 'jsonb' }) data: StoredReport;
}

/**
 * The disclosure log (FERPA): every export of student records — who, what, when, why, how many
 * students. Append-only: a trigger refuses UPDATE and DELETE.
 */
@ObjectType({ description: 'An export of student records (who, what, when, why).' })
@Entity('disclosure_events')
@Index('disclosure_events_at_idx', ['at'])
export class DisclosureEvent {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at: Date;

  @Column({ name: 'actor_id', type: 'uuid' }) actorId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'actor_id' }) actor?: User;

  @Field({ description: 'What was disclosed: a DisclosureAction (REPORT_EXPORT_PDF, ROSTER_EXPORT_CSV, STUDENT_RECORD_PDF, COMPLIANCE_DOCUMENT_DOWNLOAD…).' }) @Column({ type: 'varchar', length: 40 }) action: string;
  @Field() @Column({ type: 'text' }) description: string;
  @Field(() => String, { nullable: true, description: 'Why, as the user typed it.' }) @Column({ type: 'text', nullable: true }) purpose: string | null;
  @Field(() => Int, { description: 'Students whose data the export concerns.' }) @Column({ name: 'student_count', type: 'integer' }) studentCount: number;

  /** The programs whose students' data was exported. */
  @Column({ name: 'program_ids', type: 'uuid', array: true }) programIds: string[];
  /** The report's inputs (programs, cohort, period, format). */
  @Column({ name: 'report_input', type: 'jsonb' }) reportInput: Record<string, unknown>;

  @Field(() => ID, { nullable: true }) @Column({ name: 'snapshot_id', type: 'uuid', nullable: true }) snapshotId: string | null;
  @ManyToOne(() => ReportSnapshot, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'snapshot_id' }) snapshot?: ReportSnapshot;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true }) requestId: string | null;
}
