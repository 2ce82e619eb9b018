import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ComplianceState } from '@ptp/shared';
import { ComplianceItem } from '../../compliance/compliance.entity';
import { Exam } from '../../exam/exam.entity';
import { Enrollment } from '../../student/enrollment.entity';

@ObjectType()
export class ExpiringItem {
  @Field(() => Enrollment) enrollment: Enrollment;
  @Field(() => ComplianceItem) item: ComplianceItem;
  @Field(() => ComplianceState) state: ComplianceState;
  @Field(() => String, { nullable: true }) validThrough: string | null;
  @Field(() => Int, { nullable: true }) daysLeft: number | null;
}

@ObjectType()
export class RetakeEligible {
  @Field(() => Enrollment) enrollment: Enrollment;
  @Field(() => Exam) exam: Exam;
  @Field(() => Int) attempts: number;
  @Field({ description: 'ISO date the next attempt is allowed from (today or earlier).' }) nextAllowedOn: string;
}

@ObjectType({ description: "An instructor's view of a cohort's records that need attention." })
export class CohortDashboard {
  @Field(() => Int, { description: 'Compliance submissions waiting for review.' }) documentsAwaitingReview: number;
  @Field(() => [ExpiringItem], { description: 'Required items expired, missing, or expiring within the window, for active students.' }) expiringItems: ExpiringItem[];
  @Field(() => [RetakeEligible], { description: 'Students who failed an exam and may retake it now.' }) retakeEligible: RetakeEligible[];
  /** For the fields other features add (overdueEvaluations). */
  cohortId: string;
}
