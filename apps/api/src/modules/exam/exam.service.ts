import { Injectable } from '@nestjs/common';
import { checkNewAttempt, checkScore, ExamResult } from '@ptp/shared';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/graphql/errors';
import { ScopeService } from '../../common/scope/scope.service';
import { AuditService } from '../audit/audit.service';
import { Enrollment } from '../student/enrollment.entity';
import type { User } from '../../common/auth/user.entity';
import { AddCredentialInput, ExamInput, RecordExamAttemptInput, RecordExamResultInput } from './dto/exam.input';
import { Credential, Exam, ExamAttempt } from './exam.entity';

@Injectable()
export class ExamService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  listExams(): Promise<Exam[]> {
    return this.ds.getRepository(Exam).find({ order: { code: 'ASC' } });
  }

  async saveExam(user: User, requestId: string | null, input: ExamInput): Promise<Exam> {
    const scaled = [input.minScore, input.maxScore, input.passScore];
    if (scaled.some((v) => v != null) && scaled.some((v) => v == null)) {
      throw badInput('minScore: give the minimum, maximum and pass scores together, or none of them.');
    }
    if (input.minScore != null && !(input.minScore < input.maxScore! && input.passScore! >= input.minScore && input.passScore! <= input.maxScore!)) {
      throw badInput('passScore: the pass score must lie on the scale, and the minimum must be below the maximum.');
    }
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(Exam);
      const before = input.id ? await repo.findOneBy({ id: input.id }) : null;
      if (input.id && !before) throw notFound('Exam');
      const fields = {
        code: input.code, name: input.name.trim(), body: input.body.trim(), minScore: input.minScore ?? null, maxScore: input.maxScore ?? null,
        passScore: input.passScore ?? null, maxAttempts: input.maxAttempts ?? null, retakeWaitDays: input.retakeWaitDays,
        requiresCredential: input.requiresCredential ?? null, active: input.active,
      };
      const exam = before ? await repo.save({ ...before, ...fields }) : await repo.save(repo.create(fields));
      await this.audit.record(em, user, requestId, { action: before ? 'exam.update' : 'exam.create', entityType: 'Exam', entityId: exam.id, before: before ?? undefined, after: exam });
      return exam;
    });
  }

  /** Records a sitting (scheduled or taken). The server numbers it and applies the retake rules. */
  async recordAttempt(user: User, requestId: string | null, input: RecordExamAttemptInput): Promise<ExamAttempt> {
    const { programId } = await this.scope.assert(user, 'enrollment', input.enrollmentId);
    return this.ds.transaction(async (em) => {
      // Serialize attempts of one enrollment so two clerks cannot both take "attempt 2".
      const enrollment = await em.getRepository(Enrollment).findOne({ where: { id: input.enrollmentId }, lock: { mode: 'pessimistic_write' } });
      if (!enrollment) throw notFound('Enrollment');
      const exam = await em.getRepository(Exam).findOneBy({ id: input.examId });
      if (!exam || !exam.active) throw notFound('Exam');
      const scaledScore = input.scaledScore ?? null;
      const result = input.result ?? this.deriveResult(exam, scaledScore);
      const prior = await em.getRepository(ExamAttempt).find({ where: { enrollmentId: input.enrollmentId, examId: exam.id } });
      const check = checkNewAttempt(exam, prior, { takenOn: input.takenOn, result, scaledScore });
      if (!check.ok) throw badInput(check.message, [{ field: check.message.split(':')[0], message: check.message }]);
      if (exam.requiresCredential) await this.assertActiveCredential(em, enrollment.studentId, exam, input.takenOn);
      const attempt = await em.getRepository(ExamAttempt).save(
        em.getRepository(ExamAttempt).create({
          programId, enrollmentId: input.enrollmentId, examId: exam.id, attemptNumber: check.attemptNumber, takenOn: input.takenOn,
          result, scaledScore, domainScores: null, recordedById: user.id,
        }),
      );
      await this.audit.record(em, user, requestId, { action: 'exam.attempt.create', entityType: 'ExamAttempt', entityId: attempt.id, programId, after: attempt });
      return attempt;
    });
  }

  /** Records the outcome of a scheduled sitting. */
  async recordResult(user: User, requestId: string | null, input: RecordExamResultInput): Promise<ExamAttempt> {
    const [row]: { enrollment_id: string }[] = await this.ds.query(`SELECT enrollment_id FROM exam_attempts WHERE id = $1`, [input.attemptId]);
    if (!row) throw notFound('Exam attempt');
    const { programId } = await this.scope.assert(user, 'enrollment', row.enrollment_id);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(ExamAttempt);
      const before = await repo.findOne({ where: { id: input.attemptId }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw notFound('Exam attempt');
      if (before.result !== 'SCHEDULED') throw conflict(`This attempt already has a result (${before.result.toLowerCase().replace('_', '-')}).`);
      const exam = await em.getRepository(Exam).findOneByOrFail({ id: before.examId });
      const scaledScore = input.scaledScore ?? null;
      const result = input.result ?? this.deriveResult(exam, scaledScore);
      if (result === 'SCHEDULED') throw badInput('result: choose passed, failed or no-show.');
      const problem = checkScore(exam, result, scaledScore);
      if (problem) throw badInput(problem);
      await repo.update({ id: before.id }, { result, scaledScore });
      const after = await repo.findOneByOrFail({ id: before.id });
      await this.audit.record(em, user, requestId, { action: 'exam.attempt.result', entityType: 'ExamAttempt', entityId: before.id, programId, before, after });
      return after;
    });
  }

  async addCredential(user: User, requestId: string | null, input: AddCredentialInput): Promise<Credential> {
    const { programId } = await this.scope.assert(user, 'student', input.studentId);
    if (input.expiresOn && input.expiresOn < input.issuedOn) throw badInput('expiresOn: a credential cannot expire before it was issued.');
    if (input.kind !== 'CPHT' && !input.state) throw badInput('state: give the state that issued this registration or license.', [{ field: 'state', message: 'is required for state credentials' }]);
    return this.ds.transaction(async (em) => {
      const credential = await em.getRepository(Credential).save(
        em.getRepository(Credential).create({ programId, studentId: input.studentId, kind: input.kind, number: input.number, state: input.state ?? null, issuedOn: input.issuedOn, expiresOn: input.expiresOn ?? null }),
      );
      await this.audit.record(em, user, requestId, { action: 'credential.create', entityType: 'Credential', entityId: credential.id, programId, after: credential });
      return credential;
    });
  }

  private deriveResult(exam: Exam, score: number | null): ExamResult {
    if (score === null) return 'SCHEDULED';
    if (exam.passScore === null) throw badInput(`scaledScore: the ${exam.code} does not report a scaled score; give the result instead.`);
    return score >= exam.passScore ? 'PASSED' : 'FAILED';
  }

  private async assertActiveCredential(em: EntityManager, studentId: string, exam: Exam, on: string) {
    const [held]: unknown[] = await em.query(
      `SELECT 1 FROM credentials WHERE student_id = $1 AND kind = $2 AND issued_on <= $3 AND (expires_on IS NULL OR expires_on >= $3) LIMIT 1`,
      [studentId, exam.requiresCredential, on],
    );
    if (!held) {
      throw badInput(`examId: the ${exam.code} requires an active ${exam.requiresCredential === 'CPHT' ? 'CPhT' : exam.requiresCredential} credential on ${on}; record it first.`);
    }
  }
}
