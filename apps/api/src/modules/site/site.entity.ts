import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn,
} from 'typeorm';
import { PracticeSetting } from '@ptp/shared';
import { Program } from '../program/program.entity';
import { User } from '../../common/auth/user.entity';
import { Enrollment } from '../student/enrollment.entity';
import { numericTransformer } from '../../common/database/transformers';

@ObjectType({ description: 'A pharmacy that hosts externship students under an affiliation agreement.' })
@Entity('sites')
@Unique('sites_program_name_key', ['programId', 'name'])
@Check('sites_capacity_positive', `capacity > 0`)
@Check('sites_agreement_dates', `agreement_end_date >= agreement_start_date`)
export class Site {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index('sites_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Field(() => PracticeSetting)
  @Column({ type: 'enum', enum: PracticeSetting, enumName: 'practice_setting' })
  setting: PracticeSetting;

  @Field(() => Int, { description: 'Students the site can host at the same time.' })
  @Column({ type: 'integer' })
  capacity: number;

  @Field({ description: 'ISO date the affiliation agreement starts.' })
  @Column({ name: 'agreement_start_date', type: 'date' })
  agreementStartDate: string;

  @Field({ description: 'ISO date the affiliation agreement ends.' })
  @Column({ name: 'agreement_end_date', type: 'date' })
  agreementEndDate: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A pharmacist or CPhT who supervises students at a site.' })
@Entity('preceptors')
@Unique('preceptors_site_user_key', ['siteId', 'userId'])
export class Preceptor {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('preceptors_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Field(() => ID)
  @Index('preceptors_site_idx')
  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: Site;

  @Field(() => ID)
  @Index('preceptors_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field({ description: 'Pharmacist license or technician registration number.' })
  @Column({ name: 'license_number', type: 'varchar', length: 40 })
  licenseNumber: string;

  @Field({ description: 'ISO date the license or registration expires.' })
  @Column({ name: 'license_expires_on', type: 'date' })
  licenseExpiresOn: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: "A student's externship rotation at a site with a preceptor." })
@Entity('placements')
@Check('placements_dates', `end_date >= start_date`)
@Check('placements_planned_hours', `planned_hours > 0`)
@Index('placements_site_dates_idx', ['siteId', 'startDate', 'endDate'])
export class Placement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('placements_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Field(() => ID)
  @Index('placements_enrollment_idx')
  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment?: Enrollment;

  @Field(() => ID)
  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: Site;

  @Field(() => ID)
  @Index('placements_preceptor_idx')
  @Column({ name: 'preceptor_id', type: 'uuid' })
  preceptorId: string;

  @ManyToOne(() => Preceptor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'preceptor_id' })
  preceptor?: Preceptor;

  @Field({ description: 'ISO date.' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field({ description: 'ISO date.' })
  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Field(() => Number)
  @Column({ name: 'planned_hours', type: 'numeric', precision: 7, scale: 2, transformer: numericTransformer })
  plannedHours: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
