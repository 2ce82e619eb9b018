import { Injectable } from '@nestjs/common';
import { checkStudentImportRows, EnrollmentStatus, StudentImportRawRow, StudentImportValues } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { entityColumns, hydrate } from '../../common/graphql/connection';
import { badInput, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { InvitationService } from '../account/invitation.service';
import { AuditEntry, AuditService } from '../audit/audit.service';
import type { User } from '../../common/auth/user.entity';
import { StudentImportInput } from './dto/student-import.input';
import { Enrollment } from './enrollment.entity';
import { Student } from './student.entity';
import { StudentImportedRow, StudentImportPreview, StudentImportResult, StudentImportRowStatus } from './student-import.types';

type Db = Pick<EntityManager, 'query'>;

interface CohortDates {
  id: string;
  startDate: string;
  expectedEndDate: string;
}

/** A student of the program the file names, by email or by student number. */
interface KnownStudent {
  id: string;
  email: string;
  studentNumber: string;
  firstName: string;
  lastName: string;
  userId: string | null;
  inCohort: boolean;
}

interface CheckedRow {
  line: number;
  errors: string[];
  values: StudentImportValues | null;
  /** Set when the row is an existing student of the program, to be enrolled. */
  existing: KnownStudent | null;
}

/** How many refusals the "nothing can be imported" message quotes. */
const QUOTED_ERRORS = 5;

/**
 * CSV import of students into a cohort (issue: preview, then import the valid rows in one
 * transaction and invite them). The pure row checks live in libs/shared; this adds what only the
 * database knows and writes set-based, so a thousand rows take a handful of statements.
 */
@Injectable()
export class StudentImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly invitations: InvitationService,
  ) {}

  /** Every row's verdict; writes nothing. */
  async preview(user: User, input: StudentImportInput): Promise<StudentImportPreview> {
    const { programId } = await this.scope.assert(user, 'cohort', input.cohortId);
    assertDistinctLines(input.rows);
    const cohort = await this.loadCohort(this.ds, input.cohortId, false);
    const rows = await this.check(this.ds, programId, cohort, input.rows);
    const validCount = rows.filter((r) => r.errors.length === 0).length;
    return {
      rows: rows.map((r) => ({
        line: r.line,
        status: r.errors.length ? StudentImportRowStatus.ERROR : StudentImportRowStatus.VALID,
        errors: r.errors,
        existingStudentId: r.errors.length ? null : (r.existing?.id ?? null),
        startDate: r.values?.startDate ?? null,
      })),
      validCount,
      errorCount: rows.length - validCount,
    };
  }

  /**
   * Imports the rows that pass every check, all in one transaction under a lock on the cohort (two
   * imports into one cohort cannot both pass the "already enrolled" check), and skips the others.
   * Refuses, writing nothing, when no row passes.
   */
  async importStudents(user: User, requestId: string | null, input: StudentImportInput): Promise<StudentImportResult> {
    const { programId } = await this.scope.assert(user, 'cohort', input.cohortId);
    assertDistinctLines(input.rows);
    return this.ds.transaction(async (em) => {
      const cohort = await this.loadCohort(em, input.cohortId, true);
      const rows = await this.check(em, programId, cohort, input.rows);
      const valid = rows.filter((r): r is CheckedRow & { values: StudentImportValues } => r.errors.length === 0 && r.values !== null);
      const skipped = rows.filter((r) => r.errors.length > 0).map((r) => ({ line: r.line, errors: r.errors }));
      if (valid.length === 0) {
        const quoted = skipped.slice(0, QUOTED_ERRORS).map((r) => `line ${r.line}: ${r.errors.join(' ')}`);
        const more = skipped.length > QUOTED_ERRORS ? ` (and ${skipped.length - QUOTED_ERRORS} more rows with errors)` : '';
        throw badInput(`No row can be imported: ${quoted.join('; ')}${more}. Fix the file and preview it again.`);
      }

      // New students, in one statement.
      const fresh = valid.filter((r) => !r.existing);
      const created: Student[] = fresh.length
        ? ((await em.query(
            `INSERT INTO students AS s (program_id, first_name, last_name, email, student_number, phone)
             SELECT $1, f, l, e, n, p FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[]) AS x(f, l, e, n, p)
             RETURNING ${entityColumns(this.ds, Student, 's')}`,
            [
              programId, fresh.map((r) => r.values.firstName), fresh.map((r) => r.values.lastName), fresh.map((r) => r.values.email),
              fresh.map((r) => r.values.studentNumber), fresh.map((r) => r.values.phone),
            ],
          )) as Record<string, unknown>[]).map((row) => hydrate(this.ds, Student, row))
        : [];
      const createdByEmail = new Map(created.map((s) => [s.email, s]));
      const targets = valid.map((r) => {
        const known = r.existing;
        const student = known
          ? { id: known.id, email: known.email, name: `${known.firstName} ${known.lastName}`, userId: known.userId }
          : (() => {
              const s = createdByEmail.get(r.values.email)!;
              return { id: s.id, email: s.email, name: `${s.firstName} ${s.lastName}`, userId: s.userId };
            })();
        return { line: r.line, startDate: r.values.startDate, student };
      });

      // Their enrollments and the first entry of each status log (the trigger derives status from it).
      const enrollments = ((await em.query(
        `INSERT INTO enrollments AS e (program_id, cohort_id, student_id, enrolled_on, status, status_since)
         SELECT $1, $2, sid, d, $3, d FROM unnest($4::uuid[], $5::date[]) AS x(sid, d)
         RETURNING ${entityColumns(this.ds, Enrollment, 'e')}`,
        [programId, cohort.id, EnrollmentStatus.ENROLLED, targets.map((t) => t.student.id), targets.map((t) => t.startDate)],
      )) as Record<string, unknown>[]).map((row) => hydrate(this.ds, Enrollment, row));
      const enrollmentByStudent = new Map(enrollments.map((e) => [e.studentId, e]));
      await em.query(
        `INSERT INTO enrollment_status_events (program_id, enrollment_id, status, effective_on, reason_code, note, recorded_by)
         SELECT $1, eid, $2, d, 'NEW_START', NULL, $3 FROM unnest($4::uuid[], $5::date[]) AS x(eid, d)`,
        [programId, EnrollmentStatus.ENROLLED, user.id, enrollments.map((e) => e.id), enrollments.map((e) => e.enrolledOn)],
      );

      // The audit trail, in the shapes enroll() writes, plus one row for the import itself.
      const entries: AuditEntry[] = [
        ...created.map((s) => ({ action: 'student.create', entityType: 'Student', entityId: s.id, programId, after: s })),
        ...enrollments.map((e) => ({ action: 'enrollment.create', entityType: 'Enrollment', entityId: e.id, programId, after: e })),
        {
          action: 'student.import', entityType: 'Cohort', entityId: cohort.id, programId,
          after: { rows: rows.length, imported: valid.length, created: created.length, skippedLines: skipped.map((r) => r.line) },
        },
      ];
      await this.audit.recordMany(em, user, requestId, entries);

      // Sign-ins: link existing student accounts, create and invite the others.
      const needAccount = targets.filter((t) => !t.student.userId);
      let invited = 0;
      if (needAccount.length) {
        const [program]: { name: string }[] = await em.query(`SELECT name FROM programs WHERE id = $1`, [programId]);
        ({ invited } = await this.invitations.provisionStudentAccounts(
          em, user, requestId,
          needAccount.map((t) => ({ studentId: t.student.id, email: t.student.email, displayName: t.student.name, programName: program.name })),
        ));
      }

      const imported: StudentImportedRow[] = targets.map((t) => ({
        line: t.line, studentId: t.student.id, enrollmentId: enrollmentByStudent.get(t.student.id)!.id, name: t.student.name, email: t.student.email,
      }));
      return { importedCount: imported.length, skippedCount: skipped.length, invitedCount: invited, imported, skipped };
    });
  }

  private async loadCohort(db: Db, id: string, lock: boolean): Promise<CohortDates> {
    const [row]: CohortDates[] = await db.query(
      `SELECT id, start_date AS "startDate", expected_end_date AS "expectedEndDate" FROM cohorts WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) throw notFound('Cohort');
    return row;
  }

  /** The shared row checks, then the database's: already in this cohort, or an email or number that is another student's. */
  private async check(db: Db, programId: string, cohort: CohortDates, input: StudentImportRawRow[]): Promise<CheckedRow[]> {
    const rows = checkStudentImportRows(input, cohort);
    const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
    const numbers = [...new Set(rows.map((r) => r.studentNumber).filter(Boolean))];
    const known: KnownStudent[] = await db.query(
      `SELECT s.id, s.email, s.student_number AS "studentNumber", s.first_name AS "firstName", s.last_name AS "lastName", s.user_id AS "userId",
              EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = s.id AND e.cohort_id = $2) AS "inCohort"
         FROM students s
        WHERE s.program_id = $1 AND (s.email = ANY($3::varchar[]) OR s.student_number = ANY($4::varchar[]))`,
      [programId, cohort.id, emails, numbers],
    );
    const byEmail = new Map(known.map((s) => [s.email, s]));
    const byNumber = new Map(known.map((s) => [s.studentNumber, s]));

    return rows.map((r) => {
      const errors = [...r.errors];
      const withEmail = r.email ? byEmail.get(r.email) : undefined;
      const withNumber = r.studentNumber ? byNumber.get(r.studentNumber) : undefined;
      let existing: KnownStudent | null = null;
      if (withEmail && withEmail === withNumber) {
        if (withEmail.inCohort) errors.push(`Already enrolled in this cohort (${withEmail.email}, student number ${withEmail.studentNumber}).`);
        else existing = withEmail;
      } else {
        // Within the cohort the caller may see who it is; elsewhere in the program, only that the value is taken.
        // (A row missing the other column already says so; the match alone is no error then.)
        if (withEmail?.inCohort) errors.push(`Email ${r.email} is already enrolled in this cohort, as student number ${withEmail.studentNumber}.`);
        else if (withEmail && r.studentNumber) errors.push(`Email ${r.email} belongs to another student of this program (with a different student number).`);
        if (withNumber?.inCohort) errors.push(`Student number ${r.studentNumber} is already enrolled in this cohort, with email ${withNumber.email}.`);
        else if (withNumber && r.email) errors.push(`Student number ${r.studentNumber} belongs to another student of this program (with a different email).`);
      }
      return { line: r.line, errors, values: r.values, existing };
    });
  }
}

function assertDistinctLines(rows: { line: number }[]): void {
  const seen = new Set<number>();
  for (const { line } of rows) {
    if (seen.has(line)) throw badInput(`rows: line ${line} appears twice; each row needs its own line number.`, [{ field: 'rows', message: 'line numbers must be unique' }]);
    seen.add(line);
  }
}
