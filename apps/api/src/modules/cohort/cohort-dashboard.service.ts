import { Injectable } from '@nestjs/common';
import { ACTIVE_STATUSES, type EnrollmentStatus, retakeStatus } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { ComplianceItem, ComplianceRecord } from '../compliance/compliance.entity';
import { ComplianceService } from '../compliance/compliance.service';
import { Exam, ExamAttempt } from '../exam/exam.entity';
import { Enrollment } from '../student/enrollment.entity';
import { Cohort } from './cohort.entity';
import { CohortDashboard, ExpiringItem, RetakeEligible } from './dto/cohort-dashboard.types';

/** Students whose compliance still matters: taking part, or on leave and coming back. */
const ACTIVE: readonly EnrollmentStatus[] = [...ACTIVE_STATUSES, 'LEAVE_OF_ABSENCE'];

/** The instructor's cohort dashboard: pending reviews, expiring compliance items and exam retakes. */
@Injectable()
export class CohortDashboardService {
  constructor(private readonly ds: DataSource) {}

  /** The cohort's records that need attention on `today` (the program's date), items expiring within `withinDays` (1..365). */
  async dashboard(cohort: Cohort, today: string, withinDays: number): Promise<CohortDashboard> {
    const days = Math.max(1, Math.min(withinDays, 365));
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
