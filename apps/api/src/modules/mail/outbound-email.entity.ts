import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The mail outbox: a row is written in the same transaction as the change that causes the email,
 * and a pg-boss job sends it (retried; a row is sent once: the sender locks it and sets sent_at).
 */
@Entity('outbound_emails')
@Index('outbound_emails_pending_idx', ['createdAt'], { where: 'sent_at IS NULL' })
export class OutboundEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  /** What the email is about, e.g. invitation / password-reset (for the log and tests). */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Where it went: the SMTP message id, or the .eml file's path in the dev mail folder. */
  @Column({ name: 'delivered_to', type: 'varchar', length: 500, nullable: true })
  deliveredTo: string | null;
}
