import { digestEmail, notificationEmail, renderNotification } from './notification.text';

const program = { name: 'Riverside Pharmacy Technician Program', timeZone: 'America/Chicago' };
const person = { displayName: 'Pat Preceptor', email: 'pat@pharmacy.test' };
const placed = {
  kind: 'PLACEMENT_CREATED' as const,
  subjectType: 'Placement',
  subjectId: 'p-1',
  itemCount: 1,
  data: { audience: 'PRECEPTOR', siteName: 'Main St Pharmacy', studentName: 'Sam Rivera', startDate: '2026-11-02', endDate: '2026-12-18', plannedHours: 160 },
};

describe('notification texts', () => {
  it('names the student in the portal but not in the email', () => {
    expect(renderNotification(placed, program, 'app').title).toBe('Sam Rivera is placed with you at Main St Pharmacy');
    const mail = notificationEmail(person, placed, program, 'https://portal.test');
    expect(mail.subject).toBe('Riverside Pharmacy Technician Program: A student is placed with you at Main St Pharmacy');
    expect(mail.text).not.toContain('Sam');
    expect(mail.text).toContain('from Nov 2, 2026 to Dec 18, 2026, 160 hours planned');
    expect(mail.text).toMatch(/https:\/\/portal\.test\/notifications\/preferences$/);
  });

  it('dates a shift in the program’s time zone and quotes the reviewer', () => {
    const n = { kind: 'HOURS_SENT_BACK' as const, subjectType: 'HourEntry', subjectId: 'h-1', itemCount: 1, data: { startedAt: '2026-11-03T03:00:00Z', minutes: 270, comment: 'Which tasks?', reviewer: 'Pat' } };
    const r = renderNotification(n, program, 'email');
    expect(r.title).toBe('Your hours of Mon, Nov 2 (4 h 30 min) were sent back for more information'); // 21:00 on Nov 2 in Chicago
    expect(r.body).toContain('Pat asked: "Which tasks?"');
    expect(r.path).toBe('/hours?entry=h-1');
  });

  it('lists every gathered notification of a digest in one email, with plain lines', () => {
    const waiting = (site: string, count: number) => ({ kind: 'HOURS_WAITING' as const, subjectType: 'Site', subjectId: site, itemCount: count, data: { siteName: site } });
    const mail = digestEmail(person, [waiting('Main St', 3), waiting('Oak Ave', 1)], program, 'DAILY', 'https://portal.test');
    expect(mail.subject).toBe('Riverside Pharmacy Technician Program: your daily summary: 2 updates');
    expect(mail.text).toContain('* 3 new hour entries waiting for your review at Main St.');
    expect(mail.text).toContain('* 1 new hour entry waiting for your review at Oak Ave.');
    expect(Math.max(...mail.text.split('\n').map((l) => l.length))).toBeLessThan(120);
  });
});
