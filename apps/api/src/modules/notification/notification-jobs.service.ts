import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { evaluationDue, expiryThreshold, retakeStatus, todayIn, type ExamResult } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.service';
import { PLACEMENT_SQL, type PlacementRow } from '../evaluation/evaluation.sql';
import { NotificationDraft, NotificationService } from './notification.service';
import { programDayOrTodaySql, programHourReachedSql } from '../../common/database/program-day';

const DISPATCH_QUEUE = 'notification-emails';
/** A retake window that opened longer ago than this is old news (e.g. the first run on old data). */
const RETAKE_NEWS_DAYS = 7;

/** The program's date today, or the given one (tests). `p` is the programs row. */
const localToday = (param: string) => programDayOrTodaySql(param);
/** Only programs whose local time is past `param` o'clock (null: all), so morning checks happen in the morning. */
const pastHour = (param: string) => programHourReachedSql(param);

export interface DailyCheckOptions {
  /** The day to check as (ISO), for every program; default each program's own date today. */
  today?: string;
  /** Only programs whose local hour is at least this (the hourly schedule); default all. */
  fromLocalHour?: number;
}

/**
 * The notification jobs: the dispatcher (every minute, it turns waiting notifications into emails),
 * and the daily checks of agreements, preceptor licenses and exam retake windows. Compliance
 * reminders are the compliance job's (ComplianceService.runDailyReminders).
 */
@Injectable()
export class NotificationJobs implements OnApplicationBootstrap {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.running) return;
    await this.jobs.work(DISPATCH_QUEUE, { retryLimit: 0 }, async () => {
      await this.notifications.dispatchEmails();
    });
    await this.jobs.schedule(DISPATCH_QUEUE, '* * * * *');
  }

  /**
   * Agreements and licenses ending within 90 or 30 days (to the program's admins), retake windows just
   * opened (to the student), evaluations a week past due (to the preceptor). Idempotent; returns the
   * notifications written.
   */
  async runDailyChecks(opts: DailyCheckOptions = {}): Promise<number> {
    return this.ds.transaction(async (em) => {
      const params = [opts.today ?? null, opts.fromLocalHour ?? null];
      const admins: { program_id: string; user_id: string }[] = await em.query(
        `SELECT pa.program_id, pa.user_id FROM program_admins pa JOIN users u ON u.id = pa.user_id WHERE u.disabled_at IS NULL`,
      );
      const adminsOf = (programId: string) => admins.filter((a) => a.program_id === programId).map((a) => a.user_id);
      const drafts: NotificationDraft[] = [];

      const sites: { id: string; program_id: string; name: string; ends_on: string; days_left: number }[] = await em.query(
        `SELECT s.id, s.program_id, s.name, s.agreement_end_date::text AS ends_on, (s.agreement_end_date - ${localToday('$1')}) AS days_left
           FROM sites s JOIN programs p ON p.id = s.program_id
          WHERE ${pastHour('$2')} AND s.agreement_end_date BETWEEN ${localToday('$1')} AND ${localToday('$1')} + 90`,
        params,
      );
      for (const s of sites) {
        const threshold = expiryThreshold(s.days_left);
        if (threshold === null) continue;
        for (const recipientId of adminsOf(s.program_id)) {
          drafts.push({
            programId: s.program_id, recipientId, kind: 'AGREEMENT_EXPIRING', subjectType: 'Site', subjectId: s.id,
            data: { siteName: s.name, endsOn: s.ends_on, threshold }, dedupeKey: `agreement:${s.id}:${s.ends_on}:${threshold}`,
          });
        }
      }

      const licenses: { id: string; program_id: string; site_id: string; site_name: string; name: string; expires_on: string; days_left: number }[] = await em.query(
        `SELECT pr.id, pr.program_id, pr.site_id, s.name AS site_name, u.display_name AS name, pr.license_expires_on::text AS expires_on,
                (pr.license_expires_on - ${localToday('$1')}) AS days_left
           FROM preceptors pr JOIN users u ON u.id = pr.user_id JOIN sites s ON s.id = pr.site_id JOIN programs p ON p.id = pr.program_id
          WHERE u.disabled_at IS NULL AND ${pastHour('$2')} AND pr.license_expires_on BETWEEN ${localToday('$1')} AND ${localToday('$1')} + 90`,
        params,
      );
      for (const l of licenses) {
        const threshold = expiryThreshold(l.days_left);
        if (threshold === null) continue;
        for (const recipientId of adminsOf(l.program_id)) {
          drafts.push({
            programId: l.program_id, recipientId, kind: 'LICENSE_EXPIRING', subjectType: 'Preceptor', subjectId: l.id,
            data: { preceptorName: l.name, siteId: l.site_id, siteName: l.site_name, expiresOn: l.expires_on, threshold }, dedupeKey: `license:${l.id}:${l.expires_on}:${threshold}`,
          });
        }
      }

      // Every attempt of each (enrollment, exam) with a recent failure; the shared retake rules decide.
      const attempts: {
        id: string; enrollment_id: string; program_id: string; user_id: string; today: string; exam_id: string; code: string; name: string;
        max_attempts: number | null; retake_wait_days: number[]; attempt_number: number; taken_on: string; result: ExamResult;
      }[] = await em.query(
        `SELECT a.id, a.enrollment_id, a.program_id, st.user_id, ${localToday('$1')}::text AS today, x.id AS exam_id, x.code, x.name, x.max_attempts, x.retake_wait_days,
                a.attempt_number, a.taken_on::text AS taken_on, a.result::text AS result
           FROM exam_attempts a
           JOIN exams x ON x.id = a.exam_id
           JOIN enrollments e ON e.id = a.enrollment_id
           JOIN students st ON st.id = e.student_id
           JOIN programs p ON p.id = e.program_id
          WHERE st.user_id IS NOT NULL AND ${pastHour('$2')} AND e.status NOT IN ('WITHDRAWN', 'DISMISSED', 'TRANSFERRED_OUT')
            AND (a.enrollment_id, a.exam_id) IN (SELECT enrollment_id, exam_id FROM exam_attempts WHERE result = 'FAILED' AND taken_on >= ${localToday('$1')} - 400)
          ORDER BY a.enrollment_id, a.exam_id, a.attempt_number`,
        params,
      );
      const byPair = new Map<string, typeof attempts>();
      for (const a of attempts) byPair.set(`${a.enrollment_id}|${a.exam_id}`, [...(byPair.get(`${a.enrollment_id}|${a.exam_id}`) ?? []), a]);
      for (const list of byPair.values()) {
        const first = list[0];
        const exam = { code: first.code, name: first.name, minScore: null, maxScore: null, passScore: null, maxAttempts: first.max_attempts, retakeWaitDays: first.retake_wait_days };
        const s = retakeStatus(exam, list.map((a) => ({ attemptNumber: a.attempt_number, takenOn: a.taken_on, result: a.result })));
        if (s.passed || s.exhausted || s.scheduled || !s.nextAllowedOn) continue;
        const opensAgo = (Date.parse(first.today) - Date.parse(s.nextAllowedOn)) / 86_400_000;
        if (opensAgo < 0 || opensAgo > RETAKE_NEWS_DAYS) continue;
        const lastFailed = [...list].reverse().find((a) => a.result === 'FAILED')!;
        drafts.push({
          programId: first.program_id, recipientId: first.user_id, kind: 'EXAM_RETAKE_OPEN', subjectType: 'ExamAttempt', subjectId: lastFailed.id,
          data: { examCode: first.code, examName: first.name, attemptNumber: s.nextAttemptNumber, allowedFrom: s.nextAllowedOn },
          dedupeKey: `retake:${first.enrollment_id}:${first.exam_id}:${s.nextAttemptNumber}`,
        });
      }
      // Preceptor evaluations a week past due (the one rule, evaluationDue), once each, to the preceptor;
      // placements that ended more than 60 days ago are left to the instructor's dashboard.
      const placements: PlacementRow[] = await em.query(
        PLACEMENT_SQL(`${pastHour('$2')} AND pl.start_date < ${localToday('$1')} - 7 AND pl.end_date > ${localToday('$1')} - 60 AND pr.user_id IS NOT NULL`),
        params,
      );
      for (const p of placements) {
        const today = opts.today ?? todayIn(p.time_zone);
        for (const kind of ['MIDTERM', 'FINAL'] as const) {
          const due = evaluationDue(kind, { startDate: p.start_date, endDate: p.end_date, plannedHours: p.planned_hours }, p.hours, today, p.evaluations?.[kind]?.status === 'SUBMITTED');
          if (!due.overdue) continue;
          drafts.push({
            programId: p.program_id, recipientId: p.preceptor_user_id!, kind: 'EVALUATION_OVERDUE', subjectType: 'Placement', subjectId: p.id,
            data: { kind, studentName: p.student_name, siteName: p.site_name, dueOn: due.dueOn, placementId: p.id },
            dedupeKey: `evaluation-overdue:${p.id}:${kind}`,
          });
        }
      }
      return this.notifications.create(em, drafts);
    });
  }
}
