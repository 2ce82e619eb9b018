import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Program } from '../program/program.entity';
import { Placement } from '../site/site.entity';
import { Enrollment } from '../student/enrollment.entity';
import { User } from '../../common/auth/user.entity';

/** An ASHP/ACPE competency (code like 1.1E): the library, seeded by a migration, editable by admins. */
@ObjectType()
@Entity('competencies')
@Check('competencies_level', `level IN ('E', 'A')`)
@Check('competencies_domain', `domain_number BETWEEN 1 AND 5`)
export class Competency {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'varchar', length: 10, unique: true }) code: string;
  @Field(() => Int) @Column({ name: 'domain_number', type: 'integer' }) domainNumber: number;
  @Field() @Column({ type: 'varchar', length: 120 }) domain: string;
  @Field({ description: 'E (entry) or A (advanced).' }) @Column({ type: 'char', length: 1 }) level: string;
  @Field() @Column({ type: 'varchar', length: 300 }) summary: string;
  @Field() @Column({ type: 'boolean', default: true }) active: boolean;
  @Field(() => Int) @Column({ name: 'sort_order', type: 'integer', default: 0 }) sortOrder: number;
}

/** The competencies a program has adopted. */
@Entity('program_competencies')
export class ProgramCompetency {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' }) programId: string;
  @PrimaryColumn({ name: 'competency_id', type: 'uuid' }) competencyId: string;
  @ManyToOne(() => Program, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: Program;
  @ManyToOne(() => Competency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'competency_id' }) competency?: Competency;
}

/** The training plan: a competency a rotation (placement) is to cover. */
@Entity('placement_competencies')
@Index('placement_competencies_competency_idx', ['competencyId'])
export class PlacementCompetency {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid' }) placementId: string;
  @PrimaryColumn({ name: 'competency_id', type: 'uuid' }) competencyId: string;
  @ManyToOne(() => Placement, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'placement_id', foreignKeyConstraintName: 'placement_competencies_placement_fkey' }) placement?: Placement;
  @ManyToOne(() => Competency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'placement_competencies_competency_fkey' }) competency?: Competency;
}

@ObjectType({ description: 'A preceptor or instructor signed off a competency for a student.' })
@Entity('competency_signoffs')
@Unique('competency_signoffs_once_key', ['enrollmentId', 'competencyId'])
export class CompetencySignoff {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('competency_signoffs_program_idx') @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Field(() => ID) @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'enrollment_id' }) enrollment?: Enrollment;
  @Field(() => ID) @Column({ name: 'competency_id', type: 'uuid' }) competencyId: string;
  @ManyToOne(() => Competency, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'competency_id' }) competency?: Competency;
  @Column({ name: 'signed_by', type: 'uuid' }) signedById: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'signed_by' }) signedByUser?: User;
  @Field({ description: 'ISO date of the sign-off.' }) @Column({ name: 'signed_on', type: 'date' }) signedOn: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) note: string | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
