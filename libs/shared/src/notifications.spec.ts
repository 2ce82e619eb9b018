import { expiryThreshold, NOTIFICATION_KIND_LIST, notificationKindsFor } from './notifications';

describe('notification rules', () => {
  it('warns at 90 and at 30 days, once each, also when the exact day was missed', () => {
    expect([120, 91, 90, 60, 31, 30, 7, 0, -1].map((d) => expiryThreshold(d))).toEqual([null, null, 90, 90, 90, 30, 30, 30, null]);
  });

  it('gives every kind to at least one role, and each role only its own', () => {
    const covered = new Set((['ADMIN', 'INSTRUCTOR', 'PRECEPTOR', 'STUDENT'] as const).flatMap((r) => notificationKindsFor(r)));
    expect([...covered].sort()).toEqual([...NOTIFICATION_KIND_LIST].sort());
    expect(notificationKindsFor('PRECEPTOR')).toEqual(['HOURS_WAITING', 'PLACEMENT_CREATED', 'EVALUATION_OVERDUE']);
  });
});
