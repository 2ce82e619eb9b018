import { Injectable } from '@nestjs/common';
import {
  DisclosureAction, ENROLLMENT_STATUS_LABELS, EnrollmentStatus, HOUR_ENTRY_STATUS_LABELS, HourComponent, HourEntryStatus, PRACTICE_SETTING_LABELS,
  PracticeSetting,
} from '@ptp/shared';
import { DataSource } from 'typeorm';
import { ScopeService } from '../../common/scope/scope.service';
import { csvFile } from '../../common/export/csv';
import { recordDisclosure } from '../../common/export/disclosure';
import { fileSlug } from '../report/report.export';
import { minutesAsFixedHoursTextSql } from '../hours/progress.sql';
import type { User } from '../../common/auth/user.entity';

/** A CSV file ready to send, and what the disclosure log says about it. */
export interface CsvExport {
  filename: string;
  body: Buffer;
}

interface CohortInfo {
  id: string;
  code: string;
  programId: string;
  programName: string;
  timeZone: string;
}

/** Hour components as people read them (CSV exports and the student record). */
export const COMPONENT_LABELS: Record<HourComponent, string> = { DIDACTIC: 'Didactic', SIMULATED: 'Simulated', EXPERIENTIAL: 'Experiential' };

/**
 * CSV exports of student records: a cohort's roster, a cohort's or one enrollment's hour log. Each
 * is one statement (hours and totals straight from hour_entries and hour_totals, times in the
 * program's time zone), and each is written to the disclosure log before the file is sent (FERPA).
 */
@Injectable()
export class StudentExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
  ) {}

  async roster(user: User, requestId: string | null, cohortId: string, purpose: string | null): Promise<CsvExport> {
    await this.scope.assert(user, 'cohort', cohortId);
    const cohort = await this.cohortInfo(cohortId);
    const scope = this.scope.condition(user, 'enrollment', 'e', 1);
    const rows: {
      name: string; student_number: string; email: string; phone: string | null; status: EnrollmentStatus; status_since: string; enrolled_on: string;
      approved_hours: string; pending_hours: string; student_id: string;
    }[] = await this.ds.query(
      `SELECT s.first_name || ' ' || s.last_name AS name, s.student_number, s.email, s.phone, e.status, e.status_since, e.enrolled_on, s.id AS student_id,
              ${minutesAsFixedHoursTextSql('coalesce(t.approved, 0)')} AS approved_hours, ${minutesAsFixedHoursTextSql('coalesce(t.pending, 0)')} AS pending_hours
         FROM enrollments e
         JOIN students s ON s.id = e.student_id
         LEFT JOIN LATERAL (SELECT sum(ht.approved_minutes) AS approved, sum(ht.pending_minutes) AS pending FROM hour_totals ht WHERE ht.enrollment_id = e.id) t ON true
        WHERE e.cohort_id = $1 AND ${scope.sql}
        ORDER BY lower(s.last_name), lower(s.first_name), s.student_number`,
      [cohortId, ...scope.params],
    );
    const body = csvFile([
      ['Name', 'Student number', 'Email', 'Phone', 'Status', 'Status since', 'Enrolled on', 'Approved hours', 'Pending hours'],
      ...rows.map((r) => [
        r.name, r.student_number, r.email, r.phone ?? '', ENROLLMENT_STATUS_LABELS[r.status] ?? r.status, r.status_since, r.enrolled_on,
        r.approved_hours, r.pending_hours,
      ]),
    ]);
    await recordDisclosure(this.ds, user, requestId, {
      action: DisclosureAction.ROSTER_EXPORT_CSV, description: `Cohort roster, ${cohort.programName}, cohort ${cohort.code}, CSV`, purpose,
      studentCount: new Set(rows.map((r) => r.student_id)).size, programId: cohort.programId, input: { export: 'roster', cohortId, format: 'csv' },
    });
    return { filename: `roster-${slug(cohort.code)}.csv`, body };
  }

  async cohortHours(user: User, requestId: string | null, cohortId: string, purpose: string | null): Promise<CsvExport> {
    await this.scope.assert(user, 'cohort', cohortId);
    const cohort = await this.cohortInfo(cohortId);
    const { body, studentCount } = await this.hourLog(user, cohort.timeZone, 'e.cohort_id = $1', [cohortId]);
    await recordDisclosure(this.ds, user, requestId, {
      action: DisclosureAction.HOURS_EXPORT_CSV, description: `Hour log, ${cohort.programName}, cohort ${cohort.code}, CSV`, purpose,
      studentCount, programId: cohort.programId, input: { export: 'hours', cohortId, format: 'csv' },
    });
    return { filename: `hours-${slug(cohort.code)}.csv`, body };
  }

  async enrollmentHours(user: User, requestId: string | null, enrollmentId: string, purpose: string | null): Promise<CsvExport> {
    await this.scope.assert(user, 'enrollment', enrollmentId);
    const [info]: { cohort_id: string; name: string; student_number: string }[] = await this.ds.query(
      `SELECT e.cohort_id, s.first_name || ' ' || s.last_name AS name, s.student_number FROM enrollments e JOIN students s ON s.id = e.student_id WHERE e.id = $1`,
      [enrollmentId],
    );
    const cohort = await this.cohortInfo(info.cohort_id);
    const { body } = await this.hourLog(user, cohort.timeZone, 'e.id = $1', [enrollmentId]);
    await recordDisclosure(this.ds, user, requestId, {
      action: DisclosureAction.HOURS_EXPORT_CSV, description: `Hour log of ${info.name} (${info.student_number}), ${cohort.programName}, cohort ${cohort.code}, CSV`,
      purpose, studentCount: 1, programId: cohort.programId, input: { export: 'hours', enrollmentId, format: 'csv' },
    });
    return { filename: `hours-${slug(cohort.code)}-${slug(info.student_number)}.csv`, body };
  }

  /** The hour entries of the enrollments matching `where` that the caller may see (a preceptor: their placements' only). */
  private async hourLog(user: User, timeZone: string, where: string, params: unknown[]) {
    const scope = this.scope.condition(user, 'hourEntry', 'h', params.length);
    const rows: {
      student: string; student_number: string; student_id: string; day: string; start: string; end: string; minutes: number; hours: string;
      component: HourComponent; setting: PracticeSetting | null; site: string | null; status: HourEntryStatus; review_comment: string | null;
    }[] = await this.ds.query(
      `SELECT s.first_name || ' ' || s.last_name AS student, s.student_number, s.id AS student_id,
              to_char(h.started_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS day,
              to_char(h.started_at AT TIME ZONE p.time_zone, 'HH24:MI') AS start,
              to_char(h.ended_at AT TIME ZONE p.time_zone,
                      CASE WHEN (h.ended_at AT TIME ZONE p.time_zone)::date = (h.started_at AT TIME ZONE p.time_zone)::date THEN 'HH24:MI' ELSE 'YYYY-MM-DD HH24:MI' END) AS "end",
              h.minutes, ${minutesAsFixedHoursTextSql('h.minutes')} AS hours, h.component, h.setting, si.name AS site, h.status, h.review_comment
         FROM hour_entries h
         JOIN enrollments e ON e.id = h.enrollment_id
         JOIN students s ON s.id = e.student_id
         JOIN programs p ON p.id = h.program_id
         LEFT JOIN placements pl ON pl.id = h.placement_id
         LEFT JOIN sites si ON si.id = pl.site_id
        WHERE ${where} AND ${scope.sql}
        ORDER BY lower(s.last_name), lower(s.first_name), s.id, h.started_at`,
      [...params, ...scope.params],
    );
    const body = csvFile([
      ['Student', 'Student number', 'Date', `Start (${timeZone})`, `End (${timeZone})`, 'Minutes', 'Hours', 'Component', 'Setting', 'Site', 'Status', 'Reviewer comment'],
      ...rows.map((r) => [
        r.student, r.student_number, r.day, r.start, r.end, r.minutes, r.hours, COMPONENT_LABELS[r.component] ?? r.component,
        r.setting ? (PRACTICE_SETTING_LABELS[r.setting] ?? r.setting) : '', r.site ?? '', HOUR_ENTRY_STATUS_LABELS[r.status] ?? r.status,
        r.review_comment ?? '',
      ]),
    ]);
    return { body, studentCount: new Set(rows.map((r) => r.student_id)).size };
  }

  private async cohortInfo(cohortId: string): Promise<CohortInfo> {
    const [row]: CohortInfo[] = await this.ds.query(
      `SELECT c.id, c.code, c.program_id AS "programId", p.name AS "programName", p.time_zone AS "timeZone"
         FROM cohorts c JOIN programs p ON p.id = c.program_id WHERE c.id = $1`,
      [cohortId],
    );
    return row;
  }
}


function slug(text: string): string {
  return fileSlug(text) || 'export';
}
