import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DigestCadence, NotificationEmailStatus, NotificationKind } from '@ptp/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OutboundEmail } from '../mail/outbound-email.entity';
import { Program } from '../program/program.entity';
import { User } from '../../common/auth/user.entity';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationEmailStatus, { name: 'NotificationEmailStatus' });
registerEnumType(DigestCadence, { name: 'DigestCadence' });

/**
 * Something a person should hear about (docs/notifications.md), written in the same transaction as
 * the event that causes it. Read in the in-app inbox; emailed through the mail outbox, at once or in
 * the person's digest. `group_key` gathers events of one digest into one row while it waits
 * (e.g. "new hours at this site"); `dedupe_key` makes the daily jobs idempotent.
 */
@ObjectType({ description: 'A notification in the signed-in person’s inbox.' })
@Entity('notifications')
@Index('notifications_inbox_idx', ['recipientId', 'createdAt'])
@Index('notifications_unread_idx', ['recipientId'], { where: 'read_at IS NULL' })
@Index('notifications_dedupe_key', ['recipientId', 'dedupeKey'], { unique: true })
@Index('notifications_open_group_key', ['recipientId', 'groupKey'], { unique: true, where: `email_status = 'PENDING' AND group_key IS NOT NULL` })
@Index('notifications_email_pending_idx', ['createdAt'], { where: `email_status = 'PENDING'` })
@Index('notifications_email_idx', ['emailId'], { where: 'email_id IS NOT NULL' })
@Check('notifications_item_count', `item_count > 0`)
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('notifications_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field({ description: 'The kind of record it is about: HourEntry, Placement, Reminder, ComplianceRecord, Cohort, Site, Preceptor, ExamAttempt.' })
  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType: string;

  @Field(() => ID)
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** What the text needs (site name, comment, dates…), fixed when the event happened. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;

  @Field(() => Int, { description: 'Events gathered in this notification (e.g. new entries waiting); 1 for most kinds.' })
  @Column({ name: 'item_count', type: 'integer', default: 1 })
  itemCount: number;

  @Field(() => DigestCadence, { nullable: true, description: 'Emailed in the daily or weekly digest rather than on its own.' })
  @Column({ type: 'enum', enum: DigestCadence, enumName: 'digest_cadence', nullable: true })
  digest: DigestCadence | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Last change (a gathered notification is updated as events arrive).' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field(() => NotificationEmailStatus)
  @Column({ name: 'email_status', type: 'enum', enum: NotificationEmailStatus, enumName: 'notification_email_status', default: NotificationEmailStatus.PENDING })
  emailStatus: NotificationEmailStatus;

  /** The outbox row that carries it (one email may carry a whole digest). */
  @Column({ name: 'email_id', type: 'uuid', nullable: true })
  emailId: string | null;

  @ManyToOne(() => OutboundEmail, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'email_id' })
  email?: OutboundEmail;

  @Field(() => Date, { nullable: true, description: 'When its email was sent (set only once the send succeeded).' })
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ name: 'group_key', type: 'varchar', length: 200, nullable: true })
  groupKey: string | null;
}

/** A person's choices; no row means the defaults (every kind by email, digests at 07:00). */
@Entity('notification_preferences')
@Check('notification_preferences_digest_hour', `digest_hour BETWEEN 0 AND 23`)
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** Hour of the day (program time zone) daily and weekly digests are emailed. */
  @Column({ name: 'digest_hour', type: 'smallint', default: 7 })
  digestHour: number;

  /** Kinds not to email (in-app only). Stored as "off" so a new kind is emailed until turned off. */
  @Column({ name: 'email_off', type: 'varchar', length: 40, array: true, default: () => `'{}'` })
  emailOff: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
