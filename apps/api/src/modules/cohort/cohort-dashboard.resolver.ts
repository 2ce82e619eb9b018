import { Args, Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ComplianceState, Permission, retakeStatus } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { assertCan } from '../../common/auth/decorators';
import { GqlContext, programToday } from '../../common/graphql/context';
import { FIELD_COST } from '../../common/graphql/limits';
import { ComplianceItem, ComplianceRecord } from '../compliance/compliance.entity';
import { ComplianceService } from '../compliance/compliance.service';
import { Exam, ExamAttempt } from '../exam/exam.entity';
import { Enrollment } from '../student/enrollment.entity';
import { Cohort } from './cohort.entity';

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

const ACTIVE = ['ENROLLED', 'RETURNED_FROM_LEAVE', 'RE_ENTERED', 'LEAVE_OF_ABSENCE'];

@Resolver(() => Cohort)
export class CohortDashboardResolver {
  constructor(private readonly ds: DataSource) {}

  @ResolveField(() => CohortDashboard, { complexity: FIELD_COST.dashboard })
  async dashboard(
    @Parent() cohort: Cohort,
    @Context() ctx: GqlContext,
    @Args('withinDays', { type: () => Int, defaultValue: 30 }) withinDays: number,
  ): Promise<CohortDashboard> {
    assertCan(ctx.req.user, Permission.COHORT_DASHBOARD_VIEW, 'The cohort dashboard is for instructors and program directors.');
    const days = Math.max(1, Math.min(withinDays, 365));
    const today = await programToday(ctx, cohort.programId);
    const enrollments = await this.ds.getRepository(Enrollment).find({ where: { cohortId: cohort.id } });
    const active = enrollments.filter((e) => ACTIVE.includes(e.status));
    const ids = active.map((e) => e.id);
    const [pending, items, records, attempts, exams] = await Promise.all([
      this.ds.query(`SELECT count(*)::int AS n FROM compliance_records r JOIN enrollments e ON e.id = r.enrollment_id WHERE e.cohort_id = $1 AND r.status = 'PENDING'`, [cohort.id]) as Promise<{ n: number }[]>,
      this.ds.getRepository(ComplianceItem).find({ where: { programId: cohort.programId, active: true }, order: { sortOrder: 'ASC' } }),
      ids.length ? this.ds.getRepository(ComplianceRecord).createQueryBuilder('r').where('r.enrollment_id = ANY(:ids)', { ids }).getMany() : Promise.resolve([]),
      // Graduates retake exams too: every enrollment of the cohort, not only the active ones.
      enrollments.length
        ? this.ds.getRepository(ExamAttempt).createQueryBuilder('a').where('a.enrollment_id = ANY(:all)', { all: enrollments.map((e) => e.id) }).getMany()
        : Promise.resolve([]),
      this.ds.getRepository(Exam).find(),
    ]);
    const expiringItems: ExpiringItem[] = [];
    const retakeEligible: RetakeEligible[] = [];
    for (const e of active) {
      for (const s of ComplianceService.itemStates(items, records.filter((r) => r.enrollmentId === e.id), today, null)) {
        const soon = s.daysLeft !== null && s.daysLeft <= days;
        if (s.state === 'EXPIRED' || s.state === 'MISSING' || (s.state !== 'VALID' && s.state !== 'PENDING_REVIEW' && soon) || (s.state === 'EXPIRING_60' && soon)) {
          expiringItems.push({ enrollment: e, item: s.item, state: s.state, validThrough: s.validThrough, daysLeft: s.daysLeft });
        }
      }
    }
    for (const e of enrollments) {
      const mine = attempts.filter((a) => a.enrollmentId === e.id);
      for (const exam of exams.filter((x) => mine.some((a) => a.examId === x.id))) {
        const st = retakeStatus(exam, mine.filter((a) => a.examId === exam.id));
        if (!st.passed && !st.exhausted && !st.scheduled && st.nextAllowedOn && st.nextAllowedOn <= today) {
          retakeEligible.push({ enrollment: e, exam, attempts: st.attempts, nextAllowedOn: st.nextAllowedOn });
        }
      }
    }
    expiringItems.sort((a, b) => (a.daysLeft ?? -9999) - (b.daysLeft ?? -9999));
    return { documentsAwaitingReview: pending[0].n, expiringItems, retakeEligible, cohortId: cohort.id };
  }
}
