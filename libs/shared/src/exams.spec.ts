import { checkNewAttempt, retakeStatus } from './exams';

const ptce = { code: 'PTCE', name: 'PTCE', minScore: 1000, maxScore: 1600, passScore: 1400, maxAttempts: 4, retakeWaitDays: [60, 60, 180] };
const excpt = { code: 'ExCPT', name: 'ExCPT', minScore: 200, maxScore: 500, passScore: 390, maxAttempts: null, retakeWaitDays: [30, 30, 365] };
const failed = (attemptNumber: number, takenOn: string) => ({ attemptNumber, takenOn, result: 'FAILED' as const });

describe('exam retake rules', () => {
  it('waits 60 days before PTCE attempts 2 and 3 and 180 days before attempt 4', () => {
    expect(retakeStatus(ptce, [failed(1, '2026-01-10')]).nextAllowedOn).toBe('2026-03-11');
    expect(retakeStatus(ptce, [failed(1, '2026-01-10'), failed(2, '2026-03-20')]).nextAllowedOn).toBe('2026-05-19');
    expect(retakeStatus(ptce, [failed(1, '2026-01-10'), failed(2, '2026-03-20'), failed(3, '2026-06-01')]).nextAllowedOn).toBe('2026-11-28');
  });

  it('refuses a retake before the allowed date, giving the date', () => {
    const r = checkNewAttempt(ptce, [failed(1, '2026-01-10')], { takenOn: '2026-02-01', result: 'SCHEDULED', scaledScore: null });
    expect(r).toEqual({ ok: false, message: 'takenOn: attempt 2 at the PTCE is allowed from 2026-03-11 (the waiting period after attempt 1).' });
  });

  it('refuses a fifth PTCE attempt and points to the petition', () => {
    const four = [failed(1, '2025-01-10'), failed(2, '2025-03-20'), failed(3, '2025-06-01'), failed(4, '2025-12-15')];
    expect(retakeStatus(ptce, four)).toMatchObject({ exhausted: true, nextAllowedOn: null });
    const r = checkNewAttempt(ptce, four, { takenOn: '2026-09-01', result: 'SCHEDULED', scaledScore: null });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/all 4 attempts at the PTCE are used; a further attempt needs a petition/);
  });

  it('uses 12 months before ExCPT attempt 4 and has no attempt limit', () => {
    const three = [failed(1, '2026-01-10'), failed(2, '2026-02-15'), failed(3, '2026-03-20')];
    expect(retakeStatus(excpt, three)).toMatchObject({ nextAllowedOn: '2027-03-20', exhausted: false, nextAttemptNumber: 4 });
  });

  it('derives pass or fail from the pass mark and refuses a mismatch or an off-scale score', () => {
    expect(checkNewAttempt(ptce, [], { takenOn: '2026-01-10', result: 'PASSED', scaledScore: 1420 })).toEqual({ ok: true, attemptNumber: 1 });
    const mismatch = checkNewAttempt(ptce, [], { takenOn: '2026-01-10', result: 'PASSED', scaledScore: 1390 });
    expect(!mismatch.ok && mismatch.message).toBe('result: a score of 1390 is a fail on the PTCE (pass mark 1400).');
    const off = checkNewAttempt(excpt, [], { takenOn: '2026-01-10', result: 'FAILED', scaledScore: 700 });
    expect(!off.ok && off.message).toBe('scaledScore: the ExCPT is scored 200–500.');
  });

  it('does not count no-shows or scheduled attempts as sat, and reports the first-attempt result', () => {
    const s = retakeStatus(ptce, [
      { attemptNumber: 1, takenOn: '2026-01-10', result: 'NO_SHOW' },
      { attemptNumber: 1, takenOn: '2026-02-10', result: 'FAILED' },
      { attemptNumber: 2, takenOn: '2026-04-15', result: 'PASSED' },
    ]);
    expect(s).toMatchObject({ attempts: 2, passed: true, firstAttemptResult: 'FAILED', nextAllowedOn: null });
  });
});
