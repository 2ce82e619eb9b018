/** Certification exam attempts (docs/design.md §2, §3.5). Exams themselves are reference data in the database. */
import { addDays } from './reports';

export const ExamResult = {
  SCHEDULED: 'SCHEDULED',
  PASSED: 'PASSED',
  FAILED: 'FAILED',
  NO_SHOW: 'NO_SHOW',
} as const;
export type ExamResult = (typeof ExamResult)[keyof typeof ExamResult];

export const EXAM_RESULT_LABELS: Record<ExamResult, string> = {
  SCHEDULED: 'Scheduled',
  PASSED: 'Passed',
  FAILED: 'Failed',
  NO_SHOW: 'No-show',
};

/** An attempt that counts: a result of PASSED or FAILED (docs/design.md §4.2). */
export const isSatAttempt = (r: ExamResult) => r === 'PASSED' || r === 'FAILED';

export interface ExamRules {
  code: string;
  minScore: number | null;
  maxScore: number | null;
  passScore: number | null;
  /** Null: no limit. */
  maxAttempts: number | null;
  /** Days to wait before attempt 2, 3, 4, ...; the last value repeats. */
  retakeWaitDays: number[];
}

export interface AttemptLike {
  attemptNumber: number;
  takenOn: string;
  result: ExamResult;
}

export interface RetakeStatus {
  attempts: number;
  passed: boolean;
  firstAttemptResult: ExamResult | null;
  /** The number the next attempt would get. */
  nextAttemptNumber: number;
  /** Earliest ISO date the next attempt may be taken; null when passed, exhausted or none needed yet. */
  nextAllowedOn: string | null;
  exhausted: boolean;
  /** A SCHEDULED attempt already waits. */
  scheduled: boolean;
}

/** Where a student stands with one exam: attempts sat, pass, next allowed retake, exhaustion. */
export function retakeStatus(exam: ExamRules, attempts: AttemptLike[]): RetakeStatus {
  const ordered = [...attempts].sort((a, b) => a.attemptNumber - b.attemptNumber);
  const sat = ordered.filter((a) => isSatAttempt(a.result));
  const passed = sat.some((a) => a.result === 'PASSED');
  const scheduled = ordered.some((a) => a.result === 'SCHEDULED');
  const nextAttemptNumber = sat.length + 1;
  const exhausted = !passed && exam.maxAttempts !== null && sat.length >= exam.maxAttempts;
  const last = sat[sat.length - 1];
  let nextAllowedOn: string | null = null;
  if (!passed && !exhausted && last) {
    const waits = exam.retakeWaitDays;
    const wait = waits.length ? waits[Math.min(nextAttemptNumber - 2, waits.length - 1)] : 0;
    nextAllowedOn = addDays(last.takenOn, wait);
  }
  return { attempts: sat.length, passed, firstAttemptResult: sat[0]?.result ?? null, nextAttemptNumber, nextAllowedOn, exhausted, scheduled };
}

/**
 * Whether a new attempt on `takenOn` may be recorded, with a message that gives the date or the
 * rule. `result` PASSED/FAILED must agree with the pass mark when a score is given.
 */
export function checkNewAttempt(
  exam: ExamRules,
  attempts: AttemptLike[],
  next: { takenOn: string; result: ExamResult; scaledScore: number | null },
): { ok: true; attemptNumber: number } | { ok: false; message: string } {
  const s = retakeStatus(exam, attempts);
  if (s.passed) return { ok: false, message: `examId: the student already passed the ${exam.code}.` };
  if (s.exhausted) {
    return { ok: false, message: `examId: all ${exam.maxAttempts} attempts at the ${exam.code} are used; a further attempt needs a petition to the certifying body.` };
  }
  if (next.result !== 'SCHEDULED' && s.scheduled) {
    return { ok: false, message: 'result: record the outcome of the scheduled attempt instead of adding a new one.' };
  }
  if (next.result === 'SCHEDULED' && s.scheduled) return { ok: false, message: 'result: an attempt is already scheduled.' };
  if (s.nextAllowedOn && next.takenOn < s.nextAllowedOn) {
    return { ok: false, message: `takenOn: attempt ${s.nextAttemptNumber} at the ${exam.code} is allowed from ${s.nextAllowedOn} (the waiting period after attempt ${s.attempts}).` };
  }
  const scoreCheck = checkScore(exam, next.result, next.scaledScore);
  if (scoreCheck) return { ok: false, message: scoreCheck };
  return { ok: true, attemptNumber: s.nextAttemptNumber };
}

/** A score must lie on the exam's scale and agree with the result (PASSED at or above the pass mark). */
export function checkScore(exam: ExamRules, result: ExamResult, score: number | null): string | null {
  if (score === null) return null;
  if (result === 'SCHEDULED' || result === 'NO_SHOW') return 'scaledScore: only a sat attempt (passed or failed) has a score.';
  if (exam.minScore === null || exam.maxScore === null) return `scaledScore: the ${exam.code} does not report a scaled score.`;
  if (score < exam.minScore || score > exam.maxScore) return `scaledScore: the ${exam.code} is scored ${exam.minScore}–${exam.maxScore}.`;
  if (exam.passScore !== null) {
    const pass = score >= exam.passScore;
    if (pass !== (result === 'PASSED')) {
      return `result: a score of ${score} is a ${pass ? 'pass' : 'fail'} on the ${exam.code} (pass mark ${exam.passScore}).`;
    }
  }
  return null;
}

export const CredentialKind = {
  CPHT: 'CPHT',
  STATE_REGISTRATION: 'STATE_REGISTRATION',
  STATE_LICENSE: 'STATE_LICENSE',
  STATE_TRAINEE_REGISTRATION: 'STATE_TRAINEE_REGISTRATION',
} as const;
export type CredentialKind = (typeof CredentialKind)[keyof typeof CredentialKind];

export const CREDENTIAL_KIND_LABELS: Record<CredentialKind, string> = {
  CPHT: 'CPhT (certified pharmacy technician)',
  STATE_REGISTRATION: 'State technician registration',
  STATE_LICENSE: 'State technician license',
  STATE_TRAINEE_REGISTRATION: 'State trainee registration',
};
