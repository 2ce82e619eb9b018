import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, written in the same transaction as the change. A trigger refuses UPDATE and
 *  DELETE, so the trail cannot be rewritten. */
@ObjectType()
@Entity('audit_events')
@Index('audit_events_entity_idx', ['entityId', 'occurredAt'])
@Index('audit_events_program_idx', ['programId', 'occurredAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Field()
  @Column({ name: 'entity_type', type: 'varchar', length: 60 })
  entityType: string;

  @Field()
  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Field(() => String, { name: 'before', nullable: true, description: 'The record before the change, as JSON.' })
  get beforeJson(): string | null {
    return this.before == null ? null : JSON.stringify(this.before);
  }

  @Field(() => String, { name: 'after', nullable: true, description: 'The record after the change, as JSON.' })
  get afterJson(): string | null {
    return this.after == null ? null : JSON.stringify(this.after);
  }

  @Field(() => String, { nullable: true })
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Field()
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
