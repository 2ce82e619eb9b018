import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A rate with the counts behind it and its benchmark.' })
export class ReportRate {
  @Field({ description: 'e.g. "abhes.retention", "coe.completion", "exam.PTCE.firstAttemptPass".' }) key: string;
  @Field() label: string;
  @Field(() => Int) numerator: number;
  @Field(() => Int) denominator: number;
  @Field(() => Float, { nullable: true, description: '0..1; null when the denominator is 0.' }) value: number | null;
  @Field(() => String, { description: 'The rate as printed: "85.0%" or "n/a — no graduates".' }) text: string;
  @Field(() => Float, { nullable: true, description: '0..1; null when the rate has no benchmark.' }) benchmark: number | null;
  @Field() belowBenchmark: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'Figure whose students are the numerator (drill-down).' }) numeratorKey: string | null;
  @Field(() => String, { nullable: true, description: 'Figure whose students are the denominator (drill-down).' }) denominatorKey: string | null;
}

@ObjectType({ description: 'A counted figure; `students(figureKey)` lists whom it counts.' })
export class ReportFigure {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ReportCell {
  @Field({ description: 'What to print, already formatted.' }) text: string;
  @Field(() => String, { nullable: true, description: 'Set when the cell is a count that drills down.' }) figureKey?: string | null;
  @Field(() => String, { nullable: true, description: 'Set when the cell is a rate (see rates[] for its benchmark).' }) rateKey?: string | null;
}

@ObjectType()
export class ReportRow {
  @Field() label: string;
  @Field(() => [ReportCell]) cells: ReportCell[];
}

@ObjectType()
export class ReportTable {
  @Field({ description: 'abhes, coe, exams, ptcb or ashp.' }) key: string;
  @Field() title: string;
  @Field(() => [String], { description: 'columns[0] heads the row labels.' }) columns: string[];
  @Field(() => [ReportRow]) rows: ReportRow[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType({ description: 'A student a figure counts, with the record that put them there.' })
export class ReportStudent {
  @Field(() => ID) enrollmentId: string;
  @Field(() => ID) studentId: string;
  @Field() studentName: string;
  @Field() cohortCode: string;
  @Field({ description: 'e.g. "Graduated on 2026-06-26 (All program requirements met)".' }) evidence: string;
  @Field(() => String, { nullable: true, description: 'ISO date of that event or record.' }) evidenceDate: string | null;
}

/** The report as generated; `drillDown` holds every figure's students (not a GraphQL field). */
@ObjectType({ description: 'An accreditation and outcome report (ABHES, COE, credentialing exams, PTCB, ASHP).' })
export class OutcomeReport {
  @Field(() => ID, { nullable: true, description: 'Set when read from a snapshot.' }) snapshotId: string | null;
  @Field(() => [ID]) programIds: string[];
  @Field(() => [String]) programNames: string[];
  @Field(() => ID, { nullable: true }) cohortId: string | null;
  @Field(() => String, { nullable: true }) cohortCode: string | null;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field() generatedAt: Date;
  @Field({ description: 'Full name of the user who generated it.' }) generatedBy: string;
  @Field(() => String, { nullable: true, description: 'Which employment placement counts: verified only, or all recorded (program setting).' }) employmentRule?: string | null;
  @Field(() => [ReportRate]) rates: ReportRate[];
  @Field(() => [ReportFigure]) figures: ReportFigure[];
  @Field(() => [ReportTable]) tables: ReportTable[];
  drillDown: Record<string, ReportStudent[]>;
}

@ObjectType()
export class ReportTrendPoint {
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field({ description: '"2025–26" for an ABHES year, otherwise the dates.' }) label: string;
  @Field(() => [ReportRate]) rates: ReportRate[];
}

/** What report_snapshots.data holds: the report exactly as generated (dates as ISO strings). */
export type StoredReport = Omit<OutcomeReport, 'snapshotId' | 'generatedAt'> & { generatedAt: string };
