import { Injectable } from '@nestjs/common';
import { DisclosureAction, Permission, STUDENT_RECORD_PURPOSE_MIN, todayIn, type HourAggregateRow } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { assertCan } from '../../common/auth/decorators';
import { recordDisclosure } from '../../common/export/disclosure';
import { requestIdOfHttp, type AuthedRequest } from '../../common/graphql/context';
import { badInput, notFound } from '../../common/graphql/errors';
import { createLoaders } from '../../graphql/loaders';
import { ScopeService } from '../../common/scope/scope.service';
import { FileStorage } from '../../common/storage/file-storage';
import { EvaluationService } from '../evaluation/evaluation.service';
import { enrollmentProgress } from '../hours/enrollment-progress';
import { fileSlug } from '../report/report.export';
import type { User } from '../../common/auth/user.entity';
import { renderRecordPdf } from './student-record.pdf';
import type {
  RecordComplianceItem, RecordCompetency, RecordDocument, RecordExamAttempt, RecordHourEntry, RecordHourTotal, RecordStatusEvent, StudentRecordData,
} from './student-record.types';
import { renderRecordZip } from './student-record.zip';

/** A record file ready to send. */
export interface RecordFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

export type RecordFormat = 'pdf' | 'zip';

/** Rows of `T` per enrollment, in query order. */
const byEnrollment = <T>(rows: (T & { enrollment_id: string })[]) => {
  const map = new Map<string, T[]>();
  for (const { enrollment_id, ...rest } of rows) {
    const list = map.get(enrollment_id) ?? [];
    list.push(rest as unknown as T);
    map.set(enrollment_id, list);
  }
  return (id: string) => map.get(id) ?? [];
};

/**
 * One student's whole record (FERPA: the right to inspect it) as a PDF, or as a zip of the PDF, CSVs
 * and the student's uploaded documents. A student gets their own; staff with scope over the student
 * get the enrollments they may see, with a purpose. Every download is in the disclosure log.
 */
@Injectable()
export class StudentRecordService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly storage: FileStorage,
    private readonly evaluations: EvaluationService,
  ) {}

  /** The signed-in student's own record. */
  async own(req: AuthedRequest, user: User, format: RecordFormat): Promise<RecordFile> {
    assertCan(user, Permission.OWN_RECORD_DOWNLOAD, 'Only a student can download their own record here. Staff produce a record from the student’s page.');
    const studentId = await createLoaders(this.ds, this.scope, req).studentIdByUser.load(user.id);
    if (!studentId) throw notFound('Student record');
    const action = format === 'pdf' ? DisclosureAction.STUDENT_RECORD_SELF_PDF : DisclosureAction.STUDENT_RECORD_SELF_ZIP;
    return this.produce(req, user, studentId, format, action, null);
  }

  /** A student's record for staff with scope over them; `purpose` is required (at least 5 characters). */
  async forStaff(req: AuthedRequest, user: User, studentId: string, format: RecordFormat, purpose: string | undefined): Promise<RecordFile> {
    const why = purpose?.trim() ?? '';
    if (why.length < STUDENT_RECORD_PURPOSE_MIN) {
      throw badInput(`purpose: say why this record is being produced (at least ${STUDENT_RECORD_PURPOSE_MIN} characters); it is written to the disclosure log.`, [
        { field: 'purpose', message: `at least ${STUDENT_RECORD_PURPOSE_MIN} characters` },
      ]);
    }
    await this.scope.assert(user, 'student', studentId);
    const action = format === 'pdf' ? DisclosureAction.STUDENT_RECORD_PDF : DisclosureAction.STUDENT_RECORD_ZIP;
    return this.produce(req, user, studentId, format, action, why);
  }

  private async produce(req: AuthedRequest, user: User, studentId: string, format: RecordFormat, action: DisclosureAction, purpose: string | null): Promise<RecordFile> {
    const record = await this.load(req, user, studentId);
    const base = `student-record-${fileSlug(record.studentNumber) || 'student'}-${todayIn(record.timeZone, record.generatedAt)}`; // the program's day, as the record prints it
    const pdf = await renderRecordPdf(record);
    const file: RecordFile =
      format === 'pdf'
        ? { filename: `${base}.pdf`, contentType: 'application/pdf', body: pdf }
        : { filename: `${base}.zip`, contentType: 'application/zip', body: renderRecordZip(record, pdf, `${base}.pdf`, await this.readDocuments(record)) };
    await recordDisclosure(this.ds, user, requestIdOfHttp(req), {
      action, purpose, studentCount: 1, programId: record.programId,
      description: `Student record of ${record.name} (${record.studentNumber}), ${record.programName}, ${format.toUpperCase()}`,
      input: { export: 'studentRecord', studentId, format, enrollmentIds: record.enrollments.map((e) => e.id) },
    });
    return file;
  }

  /** The record: profile, then each enrollment the caller may see with everything recorded on it. */
  async load(req: AuthedRequest, user: User, studentId: string): Promise<StudentRecordData> {
    const loaders = createLoaders(this.ds, this.scope, req);
    const [profile]: { program_id: string; program_name: string; time_zone: string; name: string; student_number: string; email: string; phone: string | null }[] =
      await this.ds.query(
        `SELECT s.program_id, p.name AS program_name, p.time_zone, s.first_name || ' ' || s.last_name AS name, s.student_number, s.email, s.phone
           FROM students s JOIN programs p ON p.id = s.program_id WHERE s.id = $1`,
        [studentId],
      );
    if (!profile) throw notFound('Student');
    // The enrollments the caller may see (an instructor: only their cohorts').
    const enrollments = await loaders.enrollmentsByStudent.load(studentId);
    const ids = enrollments.map((e) => e.id);
    const [info, events, entries, exams, compliance, competencies, documents, evaluations] = await Promise.all([
      this.enrollmentInfo(ids), this.statusHistory(ids), this.hourEntries(user, ids), this.examAttempts(ids), this.compliance(ids),
      this.competencies(ids), this.documents(ids), this.evaluations.forRecord(ids),
    ]);
    const recordEnrollments = await Promise.all(
      enrollments.map(async (e) => {
        const [progress, totals] = await Promise.all([enrollmentProgress(loaders, e), loaders.hourAggregates.load(e.id)]);
        const about = info.get(e.id)!;
        return {
          id: e.id, ...about, enrolledOn: e.enrolledOn, status: e.status, statusSince: e.statusSince,
          statusHistory: events(e.id), hourTotals: hourTotals(totals.rows), progress, hourEntries: entries(e.id), examAttempts: exams(e.id),
          compliance: compliance(e.id), competencies: competencies(e.id), evaluations: evaluations(e.id), documents: documents(e.id),
        };
      }),
    );
    return {
      studentId, programId: profile.program_id, programName: profile.program_name, name: profile.name, studentNumber: profile.student_number,
      email: profile.email, phone: profile.phone, generatedAt: new Date(), generatedBy: user.displayName, timeZone: profile.time_zone,
      enrollments: recordEnrollments,
    };
  }

  private async enrollmentInfo(ids: string[]) {
    const rows: { id: string; programName: string; cohortCode: string; cohortName: string; timeZone: string }[] = await this.ds.query(
      `SELECT e.id, p.name AS "programName", c.code AS "cohortCode", c.name AS "cohortName", p.time_zone AS "timeZone"
         FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN programs p ON p.id = e.program_id WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map(({ id, ...rest }) => [id, rest]));
  }

  private async statusHistory(ids: string[]) {
    return byEnrollment<RecordStatusEvent>(
      await this.ds.query(
        `SELECT ev.enrollment_id, ev.status, ev.effective_on::text AS "effectiveOn", ev.reason_code AS "reasonCode", ev.note, u.display_name AS "recordedBy",
                to_char(ev.recorded_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD HH24:MI') AS "recordedAt"
           FROM enrollment_status_events ev JOIN programs p ON p.id = ev.program_id LEFT JOIN users u ON u.id = ev.recorded_by
          WHERE ev.enrollment_id = ANY($1::uuid[]) ORDER BY ev.effective_on, ev.seq`,
        [ids],
      ),
    );
  }

  /** Every hour entry with its review, times in the program's time zone. */
  private async hourEntries(user: User, ids: string[]) {
    const scope = this.scope.condition(user, 'hourEntry', 'h', 1);
    return byEnrollment<RecordHourEntry>(
      await this.ds.query(
        `SELECT h.enrollment_id, to_char(h.started_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS day,
                to_char(h.started_at AT TIME ZONE p.time_zone, 'HH24:MI') AS start,
                to_char(h.ended_at AT TIME ZONE p.time_zone,
                        CASE WHEN (h.ended_at AT TIME ZONE p.time_zone)::date = (h.started_at AT TIME ZONE p.time_zone)::date THEN 'HH24:MI' ELSE 'YYYY-MM-DD HH24:MI' END) AS "end",
                h.minutes, h.component, h.setting, si.name AS site, h.activity_note AS "activityNote", h.status,
                to_char(h.created_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD HH24:MI') AS "loggedAt", u.display_name AS reviewer,
                to_char(h.reviewed_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD HH24:MI') AS "reviewedAt", h.review_comment AS "reviewComment"
           FROM hour_entries h
           JOIN programs p ON p.id = h.program_id
           LEFT JOIN placements pl ON pl.id = h.placement_id
           LEFT JOIN sites si ON si.id = pl.site_id
           LEFT JOIN users u ON u.id = h.reviewed_by
          WHERE h.enrollment_id = ANY($1::uuid[]) AND ${scope.sql}
          ORDER BY h.started_at, h.id`,
        [ids, ...scope.params],
      ),
    );
  }

  private async examAttempts(ids: string[]) {
    return byEnrollment<RecordExamAttempt>(
      await this.ds.query(
        `SELECT a.enrollment_id, x.code AS "examCode", x.name AS "examName", a.attempt_number AS "attemptNumber", a.taken_on::text AS "takenOn", a.result,
                a.scaled_score AS "scaledScore"
           FROM exam_attempts a JOIN exams x ON x.id = a.exam_id
          WHERE a.enrollment_id = ANY($1::uuid[]) ORDER BY a.taken_on, x.code, a.attempt_number`,
        [ids],
      ),
    );
  }

  /** The student's compliance submissions: dates and review status, never a document's contents. */
  private async compliance(ids: string[]) {
    return byEnrollment<RecordComplianceItem>(
      await this.ds.query(
        `SELECT r.enrollment_id, i.name AS item, r.completed_on::text AS "completedOn", r.expires_on::text AS "expiresOn", r.status, r.review_reason AS "reviewReason",
                to_char(r.reviewed_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD HH24:MI') AS "reviewedAt",
                to_char(r.created_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD HH24:MI') AS "submittedAt", d.original_name AS "documentName"
           FROM compliance_records r
           JOIN compliance_items i ON i.id = r.item_id
           JOIN programs p ON p.id = r.program_id
           LEFT JOIN documents d ON d.id = r.document_id AND d.enrollment_id = r.enrollment_id
          WHERE r.enrollment_id = ANY($1::uuid[]) ORDER BY i.sort_order, i.name, r.completed_on, r.created_at`,
        [ids],
      ),
    );
  }

  private async competencies(ids: string[]) {
    return byEnrollment<RecordCompetency>(
      await this.ds.query(
        `SELECT cs.enrollment_id, c.code, c.domain, c.summary, cs.signed_on::text AS "signedOn", u.display_name AS "signedBy", cs.note
           FROM competency_signoffs cs JOIN competencies c ON c.id = cs.competency_id JOIN users u ON u.id = cs.signed_by
          WHERE cs.enrollment_id = ANY($1::uuid[]) ORDER BY c.sort_order, c.code`,
        [ids],
      ),
    );
  }

  private async documents(ids: string[]) {
    return byEnrollment<RecordDocument>(
      await this.ds.query(
        `SELECT d.enrollment_id, d.id, d.original_name AS "originalName", d.storage_key AS "storageKey",
                to_char(d.created_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD HH24:MI') AS "uploadedAt"
           FROM documents d JOIN programs p ON p.id = d.program_id
          WHERE d.enrollment_id = ANY($1::uuid[]) ORDER BY d.created_at, d.id`,
        [ids],
      ),
    );
  }

  /** The uploaded files of the record, read through the file storage (one at a time: they can be 10 MB each). */
  private async readDocuments(record: StudentRecordData): Promise<{ doc: RecordDocument; content: Buffer }[]> {
    const out: { doc: RecordDocument; content: Buffer }[] = [];
    for (const doc of record.enrollments.flatMap((e) => e.documents)) {
      const chunks: Buffer[] = [];
      for await (const chunk of this.storage.open(doc.storageKey)) chunks.push(chunk as Buffer);
      out.push({ doc, content: Buffer.concat(chunks) });
    }
    return out;
  }
}

/** Approved and pending minutes per component and setting, summed over placements from the maintained totals. */
function hourTotals(rows: HourAggregateRow[]): RecordHourTotal[] {
  const map = new Map<string, RecordHourTotal>();
  for (const r of rows) {
    const key = `${r.component}/${r.setting ?? ''}`;
    const t = map.get(key) ?? { component: r.component, setting: r.setting, approvedMinutes: 0, pendingMinutes: 0 };
    t.approvedMinutes += r.approvedMinutes;
    t.pendingMinutes += r.pendingMinutes;
    map.set(key, t);
  }
  const order = ['DIDACTIC', 'SIMULATED', 'EXPERIENTIAL'];
  return [...map.values()].sort((a, b) => order.indexOf(a.component) - order.indexOf(b.component) || (a.setting ?? '').localeCompare(b.setting ?? ''));
}
