import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn,
} from 'typeorm';
import { DEFAULT_BENCHMARKS, ExpiredCompliancePolicy, HourComponent, PracticeSetting, ProgramLevel } from '@ptp/shared';
import type { ProgramBenchmarks } from '@ptp/shared';
import { User } from '../../common/auth/user.entity';
import { numericTransformer } from '../../common/database/transformers';

registerEnumType(ProgramLevel, { name: 'ProgramLevel' });
registerEnumType(HourComponent, { name: 'HourComponent' });
registerEnumType(PracticeSetting, { name: 'PracticeSetting' });
registerEnumType(ExpiredCompliancePolicy, { name: 'ExpiredCompliancePolicy' });

const fraction = { type: 'numeric', precision: 5, scale: 4, transformer: numericTransformer } as const;

@ObjectType()
@Entity('programs')
@Check('programs_hours_positive', `min_total_hours >= 0 AND min_weeks >= 0 AND min_rotations >= 0`)
@Check(
  'programs_benchmarks_fractions',
  `benchmark_abhes_retention BETWEEN 0 AND 1 AND benchmark_abhes_placement BETWEEN 0 AND 1 AND benchmark_coe_completion BETWEEN 0 AND 1 AND benchmark_coe_placement BETWEEN 0 AND 1 AND benchmark_coe_licensure BETWEEN 0 AND 1 AND benchmark_exam_pass BETWEEN 0 AND 1`,
)
export class Program {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 120, unique: true })
  name: string;

  @Field(() => ProgramLevel)
  @Column({ type: 'enum', enum: ProgramLevel, enumName: 'program_level' })
  level: ProgramLevel;

  @Field({ description: 'IANA time zone; hour entries and report periods are read in it.' })
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  accreditors: string[];

  @Field(() => Float)
  @Column({ name: 'min_total_hours', type: 'numeric', precision: 7, scale: 2, transformer: numericTransformer })
  minTotalHours: number;

  @Field(() => Int)
  @Column({ name: 'min_weeks', type: 'integer' })
  minWeeks: number;

  @Field(() => Int)
  @Column({ name: 'min_rotations', type: 'integer' })
  minRotations: number;

  @Field(() => Float, { nullable: true, description: 'ENTRY rule: at least one rotation of this many hours.' })
  @Column({ name: 'min_single_rotation_hours', type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericTransformer })
  minSingleRotationHours: number | null;

  @Field(() => Float, { nullable: true, description: 'ADVANCED rule: the rotations together reach this many hours.' })
  @Column({ name: 'min_rotation_total_hours', type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericTransformer })
  minRotationTotalHours: number | null;

  @Field(() => ExpiredCompliancePolicy, { description: 'Hours logged while a required compliance item has lapsed: BLOCK refuses them, FLAG marks them for review.' })
  @Column({ name: 'expired_compliance_policy', type: 'enum', enum: ExpiredCompliancePolicy, enumName: 'expired_compliance_policy', default: 'BLOCK' })
  expiredCompliancePolicy: ExpiredCompliancePolicy;

  @Field({ description: 'Outcome reports count only verified employment as placement.' })
  @Column({ name: 'count_only_verified_employment', type: 'boolean', default: false })
  countOnlyVerifiedEmployment: boolean;

  // Outcome benchmarks (docs/design.md §4.3; defaults in libs/shared DEFAULT_BENCHMARKS).
  @Column({ name: 'benchmark_abhes_retention', ...fraction, default: () => String(DEFAULT_BENCHMARKS.abhesRetention) })
  benchmarkAbhesRetention: number;

  @Column({ name: 'benchmark_abhes_placement', ...fraction, default: () => String(DEFAULT_BENCHMARKS.abhesPlacement) })
  benchmarkAbhesPlacement: number;

  @Column({ name: 'benchmark_coe_completion', ...fraction, default: () => String(DEFAULT_BENCHMARKS.coeCompletion) })
  benchmarkCoeCompletion: number;

  @Column({ name: 'benchmark_coe_placement', ...fraction, default: () => String(DEFAULT_BENCHMARKS.coePlacement) })
  benchmarkCoePlacement: number;

  @Column({ name: 'benchmark_coe_licensure', ...fraction, default: () => String(DEFAULT_BENCHMARKS.coeLicensure) })
  benchmarkCoeLicensure: number;

  @Column({ name: 'benchmark_exam_pass', ...fraction, default: () => String(DEFAULT_BENCHMARKS.examPass) })
  benchmarkExamPass: number;

  /** The benchmarks as one object (exposed by ProgramResolver.benchmarks). */
  get benchmarks(): ProgramBenchmarks {
    return {
      abhesRetention: this.benchmarkAbhesRetention,
      abhesPlacement: this.benchmarkAbhesPlacement,
      coeCompletion: this.benchmarkCoeCompletion,
      coePlacement: this.benchmarkCoePlacement,
      coeLicensure: this.benchmarkCoeLicensure,
      examPass: this.benchmarkExamPass,
    };
  }

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Hour requirement of a program per component, optionally per practice setting: data, not code. */
@ObjectType('HourRequirement')
@Entity('program_requirements')
@Unique('program_requirements_key', ['programId', 'component', 'setting'])
@Check('program_requirements_min_hours', `min_hours > 0`)
export class ProgramRequirement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('program_requirements_program_idx')
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @Field(() => HourComponent)
  @Column({ type: 'enum', enum: HourComponent, enumName: 'hour_component' })
  component: HourComponent;

  @Field(() => PracticeSetting, { nullable: true, description: 'Null: hours in any setting count.' })
  @Column({ type: 'enum', enum: PracticeSetting, enumName: 'practice_setting', nullable: true })
  setting: PracticeSetting | null;

  @Field(() => Float)
  @Column({ name: 'min_hours', type: 'numeric', precision: 7, scale: 2, transformer: numericTransformer })
  minHours: number;
}

/** The admins (program directors) of a program: an admin sees only their programs. */
@Entity('program_admins')
export class ProgramAdmin {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: Program;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
