import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, Validate, ValidationArguments,
  ValidatorConstraint, ValidatorConstraintInterface,
} from 'class-validator';
import { checkReportPeriod, isIsoDate, LIMITS, REPORT_MAX_YEARS } from '@ptp/shared';
import { PageArgs } from '../../../common/graphql/connection';
import { IsIsoDate } from '../../../common/graphql/validators';

/** periodEnd on or after periodStart, and at most REPORT_MAX_YEARS after it (libs/shared rule). */
@ValidatorConstraint({ name: 'reportPeriod' })
class ReportPeriodConstraint implements ValidatorConstraintInterface {
  private problem(args: ValidationArguments): string | null {
    const o = args.object as { periodStart?: unknown; periodEnd?: unknown };
    if (typeof o.periodStart !== 'string' || typeof o.periodEnd !== 'string' || !isIsoDate(o.periodStart) || !isIsoDate(o.periodEnd)) return null;
    return checkReportPeriod({ periodStart: o.periodStart, periodEnd: o.periodEnd })[0]?.message ?? null;
  }
  validate(_value: unknown, args: ValidationArguments) {
    return this.problem(args) === null;
  }
  defaultMessage(args: ValidationArguments) {
    return this.problem(args) ?? 'periodEnd is not valid';
  }
}

@InputType({ description: `A report's programs, cohort and period (inclusive ISO dates, at most ${REPORT_MAX_YEARS} years).` })
export class ReportInput {
  @Field(() => ID, { nullable: true, description: 'Null: every program the caller may report on.' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One cohort only.' })
  @IsOptional()
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId?: string | null;

  @Field({ description: 'ISO date, inclusive (ABHES: July 1).' })
  @IsIsoDate()
  periodStart: string;

  @Field({ description: 'ISO date, inclusive (ABHES: June 30); on or after periodStart.' })
  @IsIsoDate()
  @Validate(ReportPeriodConstraint)
  periodEnd: string;
}

@ArgsType()
export class ReportSnapshotsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string | null;
}

@ArgsType()
export class DisclosureLogArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${LIMITS.pageSizeMax}.` })
  @IsInt()
  @Min(1, { message: 'first: ask for at least 1 row.' })
  @Max(LIMITS.pageSizeMax, { message: `first: at most ${LIMITS.pageSizeMax} rows per page.` })
  first = 50;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

/** Query string of the REST exports. */
export class ReportExportQuery {
  @IsIn(['pdf', 'csv'], { message: 'format must be pdf or csv' })
  format: 'pdf' | 'csv';

  @IsOptional()
  @IsUUID('all', { message: 'programId must be a program id' })
  programId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId?: string;

  @IsIsoDate()
  periodStart: string;

  @IsIsoDate()
  @Validate(ReportPeriodConstraint)
  periodEnd: string;

  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'purpose must be at most 500 characters' })
  purpose?: string;
}

export class SnapshotExportQuery {
  @IsIn(['pdf', 'csv'], { message: 'format must be pdf or csv' })
  format: 'pdf' | 'csv';

  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'purpose must be at most 500 characters' })
  purpose?: string;
}
