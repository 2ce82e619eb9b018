import { allowedNextStatuses, checkStatusTransition, EnrollmentStatus, graduationGaps, STATUS_REASONS, STATUS_TRANSITIONS } from './enrollment-status';

const at = (status: EnrollmentStatus, effectiveOn = '2026-03-01') => ({ status, effectiveOn });

describe('checkStatusTransition', () => {
  it('starts every enrollment with ENROLLED', () => {
    expect(checkStatusTransition(null, { status: 'ENROLLED', effectiveOn: '2026-01-05', reasonCode: 'NEW_START' })).toEqual({ ok: true });
    const r = checkStatusTransition(null, { status: 'GRADUATED', effectiveOn: '2026-01-05', reasonCode: 'PROGRAM_REQUIREMENTS_MET' });
    expect(r).toEqual({ ok: false, message: 'status: the first status of an enrollment must be "Enrolled".' });
  });

  it('refuses graduating a withdrawn student and says what is allowed', () => {
    const r = checkStatusTransition(at('WITHDRAWN'), { status: 'GRADUATED', effectiveOn: '2026-06-01', reasonCode: 'PROGRAM_REQUIREMENTS_MET' });
    expect(r).toEqual({ ok: false, message: 'status: a student who is "Withdrawn" cannot become "Graduated". Allowed: Re-entered.' });
  });

  it('refuses returning from a leave that never started', () => {
    const r = checkStatusTransition(at('ENROLLED'), { status: 'RETURNED_FROM_LEAVE', effectiveOn: '2026-06-01', reasonCode: 'LEAVE_ENDED' });
    expect(r.ok).toBe(false);
  });

  it('allows a leave, a return, then graduation', () => {
    expect(checkStatusTransition(at('ENROLLED'), { status: 'LEAVE_OF_ABSENCE', effectiveOn: '2026-03-01', reasonCode: 'MEDICAL' }).ok).toBe(true);
    expect(checkStatusTransition(at('LEAVE_OF_ABSENCE'), { status: 'RETURNED_FROM_LEAVE', effectiveOn: '2026-04-01', reasonCode: 'LEAVE_ENDED' }).ok).toBe(true);
    expect(checkStatusTransition(at('RETURNED_FROM_LEAVE'), { status: 'GRADUATED', effectiveOn: '2026-06-01', reasonCode: 'PROGRAM_REQUIREMENTS_MET' }).ok).toBe(true);
  });

  it('treats graduation, non-graduate completion and transfer out as final', () => {
    for (const s of ['GRADUATED', 'COMPLETED_NON_GRADUATE', 'TRANSFERRED_OUT'] as const) {
      const r = checkStatusTransition(at(s), { status: 'RE_ENTERED', effectiveOn: '2026-06-01', reasonCode: 'RETURN_TO_PROGRAM' });
      expect(r.ok).toBe(false);
      expect(allowedNextStatuses(s)).toEqual([]);
    }
  });

  it('refuses a change dated before the current status began (same day is fine)', () => {
    expect(checkStatusTransition(at('ENROLLED', '2026-03-01'), { status: 'WITHDRAWN', effectiveOn: '2026-02-28', reasonCode: 'PERSONAL' })).toEqual({
      ok: false,
      message: 'effectiveOn: the change cannot take effect before the current status began (2026-03-01).',
    });
    expect(checkStatusTransition(at('ENROLLED', '2026-03-01'), { status: 'WITHDRAWN', effectiveOn: '2026-03-01', reasonCode: 'PERSONAL' }).ok).toBe(true);
  });

  it('requires a reason that fits the status, and a note for "Other"', () => {
    expect(checkStatusTransition(at('ENROLLED'), { status: 'DISMISSED', effectiveOn: '2026-04-01', reasonCode: 'MEDICAL' }).ok).toBe(false);
    const other = checkStatusTransition(at('ENROLLED'), { status: 'WITHDRAWN', effectiveOn: '2026-04-01', reasonCode: 'OTHER', note: '  ' });
    expect(other).toEqual({ ok: false, message: 'note: explain the reason when the reason code is "Other".' });
  });

  it('offers at least one reason for every status that can be reached', () => {
    for (const targets of Object.values(STATUS_TRANSITIONS)) for (const t of targets) expect(STATUS_REASONS[t].length).toBeGreaterThan(0);
  });
});

describe('graduationGaps', () => {
  const progress = (approved: number, required: number, rotationMet = true) => ({
    requiredMinutes: required * 60,
    approvedMinutes: approved * 60,
    requirements: [{ component: 'EXPERIENTIAL' as const, setting: 'HOSPITAL' as const, requiredMinutes: required * 60, approvedMinutes: approved * 60, pendingMinutes: 0, met: approved >= required }],
    rotation: { rotationMinutes: [], met: rotationMet, description: 'At least 2 rotations' },
  });
  const none = { required: 0, signed: 0 };

  it('lists nothing when every requirement is met', () => {
    expect(graduationGaps({ progress: progress(400, 400), compliance: [{ name: 'TB test', state: 'VALID' }], competencies: { required: 3, signed: 3 } })).toEqual([]);
  });

  it('lists hours, rotation, compliance and competency gaps in words', () => {
    expect(
      graduationGaps({
        progress: progress(312, 400, false),
        compliance: [{ name: 'TB test', state: 'MISSING' }, { name: 'Background check', state: 'PENDING_REVIEW' }, { name: 'CPR', state: 'EXPIRED' }, { name: 'HIPAA', state: 'EXPIRING_7' }],
        competencies: { required: 5, signed: 2 },
      }),
    ).toEqual([
      '312 of 400 approved hours',
      'Experiential (Hospital / institutional): 312 of 400 approved hours',
      'Rotation rule not met: At least 2 rotations',
      '2 compliance items missing: TB test, Background check',
      '1 compliance item expired: CPR',
      '2 of 5 competencies signed off',
    ]);
  });

  it('prints hours with at most one decimal, rounded down so a shortfall never reads as met', () => {
    expect(graduationGaps({ progress: progress(312.25, 400), compliance: [], competencies: none })[0]).toBe('312.2 of 400 approved hours');
    expect(graduationGaps({ progress: { ...progress(0, 400), approvedMinutes: 400 * 60 - 2 }, compliance: [], competencies: none })[0]).toBe('399.9 of 400 approved hours');
  });

  it('does not require competencies of a program that adopted none', () => {
    expect(graduationGaps({ progress: progress(400, 400), compliance: [], competencies: none })).toEqual([]);
  });
});
