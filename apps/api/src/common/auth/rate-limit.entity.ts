import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One request to a rate-limited REST route (e.g. SSO start), counted per bucket and client address. */
@Entity('rate_limit_hits')
@Index('rate_limit_hits_key_idx', ['bucket', 'key', 'hitAt'])
export class RateLimitHit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  bucket: string;

  @Column({ type: 'varchar', length: 64 })
  key: string;

  @CreateDateColumn({ name: 'hit_at', type: 'timestamptz' })
  hitAt: Date;
}
