import { Client, codeOf, Harness, programDay } from './harness';

const day = programDay;
/** An instant `daysAgo` days back at `hour`:00 UTC (+ minutes). */
const at = (daysAgo: number, hour: number, minute = 0) => {
  const d = new Date(`${day(-daysAgo)}T00:00:00Z`);
  d.setUTCHours(hour, minute);
  return d.toISOString();
};

const LOG = `mutation($i: LogHoursInput!) { logHours(input: $i) { id minutes status setting version loggedOnBehalf placement { id } } }`;
const REVIEW = `mutation($i: ReviewHourEntryInput!) { reviewHourEntry(input: $i) { id status version reviewComment reviewedBy { id } } }`;
const PLACE = `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`;
const PROGRESS = `query($id: ID!) { enrollment(id: $id) { progress { approvedMinutes pendingMinutes requirements { component approvedMinutes pendingMinutes } } } }`;

describe('externship hours', () => {
  let h: Harness;
  let admin: Client, teacher: Client, preceptor: Client, otherPreceptor: Client, student: Client, otherStudent: Client;
  let programId: string, cohortId: string, siteId: string, smallSiteId: string, preceptorId: string, otherPreceptorId: string;
  let me: { studentId: string; enrollmentId: string }, peer: { studentId: string; enrollmentId: string };
  let placementId: string, peerPlacementId: string;

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t, p1, p2, s1, s2] = await Promise.all([
      h.user('ADMIN'), h.user('INSTRUCTOR'), h.user('PRECEPTOR'), h.user('PRECEPTOR'), h.user('STUDENT'), h.user('STUDENT'),
    ]);
    programId = await h.program(a.id);
    [cohortId] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, 'HRS-1', 'Hours cohort', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-200), day(200), day(-60), day(60)],
    ).then((r: { id: string }[]) => r.map((x) => x.id));
    await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [cohortId, t.id]);
    [admin, teacher, preceptor, otherPreceptor, student, otherStudent] = await Promise.all([a, t, p1, p2, s1, s2].map((u) => h.signedIn(u.email)));
    me = await h.student(teacher, cohortId, { userId: s1.id, enrolledOn: day(-200) });
    peer = await h.student(teacher, cohortId, { userId: s2.id, enrolledOn: day(-200) });

    const site = async (name: string, capacity: number, start = day(-365), end = day(365)) => {
      const r = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, {
        i: { programId, name, address: '1 Main St, Springfield, IL', setting: 'COMMUNITY', capacity, agreementStartDate: start, agreementEndDate: end },
      });
      if (!r.data) throw new Error(r.errors?.[0].message);
      return r.data.createSite.id as string;
    };
    siteId = await site('Main Street Pharmacy', 5);
    smallSiteId = await site('Tiny Pharmacy', 1, day(-365), day(10));
    const addPreceptor = async (site: string, userId: string) => {
      const r = await admin.gql(`mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`, { i: { siteId: site, userId, licenseNumber: 'RPH-12345', licenseExpiresOn: day(400) } });
      if (!r.data) throw new Error(r.errors?.[0].message);
      return r.data.addPreceptor.id as string;
    };
    preceptorId = await addPreceptor(siteId, p1.id);
    otherPreceptorId = await addPreceptor(smallSiteId, p2.id);
    const p = await teacher.gql(PLACE, { i: { enrollmentId: me.enrollmentId, siteId, preceptorId, startDate: day(-30), endDate: day(30), plannedHours: 160 } });
    placementId = p.data!.createPlacement.id;
    const q = await teacher.gql(PLACE, { i: { enrollmentId: peer.enrollmentId, siteId: smallSiteId, preceptorId: otherPreceptorId, startDate: day(-30), endDate: day(5), plannedHours: 100 } });
    peerPlacementId = q.data!.createPlacement.id;
  });
  afterAll(() => h.stop());

  describe('placements', () => {
    it('refuses a full site, an agreement that does not cover the dates, and dates outside the externship window', async () => {
      const extra = await h.student(teacher, cohortId, { enrolledOn: day(-200) });
      const full = await teacher.gql(PLACE, { i: { enrollmentId: extra.enrollmentId, siteId: smallSiteId, preceptorId: otherPreceptorId, startDate: day(0), endDate: day(3), plannedHours: 20 } });
      expect(codeOf(full)).toBe('BAD_USER_INPUT');
      expect(full.errors![0].message).toMatch(/Tiny Pharmacy is full on \d{4}-\d{2}-\d{2} \(capacity 1\)/);
      const agreement = await teacher.gql(PLACE, { i: { enrollmentId: extra.enrollmentId, siteId: smallSiteId, preceptorId: otherPreceptorId, startDate: day(8), endDate: day(20), plannedHours: 20 } });
      expect(agreement.errors![0].message).toMatch(/affiliation agreement runs .* does not cover these dates/);
      const window = await teacher.gql(PLACE, { i: { enrollmentId: extra.enrollmentId, siteId, preceptorId, startDate: day(50), endDate: day(90), plannedHours: 20 } });
      expect(window.errors![0].message).toMatch(/within the cohort's externship window/);
      const wrongPreceptor = await teacher.gql(PLACE, { i: { enrollmentId: extra.enrollmentId, siteId, preceptorId: otherPreceptorId, startDate: day(1), endDate: day(9), plannedHours: 20 } });
      expect(wrongPreceptor.errors![0].message).toMatch(/preceptor who works at this site/);
      expect(await h.count('placements', 'enrollment_id = $1', [extra.enrollmentId])).toBe(0);
    });

    it('flags a site whose agreement ends within 60 days', async () => {
      const r = await admin.gql(`query($id: ID!) { site(id: $id) { agreementStatus agreementDaysLeft } }`, { id: smallSiteId });
      expect(r.data?.site).toEqual({ agreementStatus: 'ENDING_SOON', agreementDaysLeft: 10 });
    });
  });

  describe('logging hours', () => {
    it('logs a shift: minutes derived on the server, setting from the placement, audited', async () => {
      const r = await student.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: at(10, 13), endedAt: at(10, 21, 30), activityNote: 'Filled prescriptions' } });
      expect(r.errors).toBeUndefined();
      expect(r.data?.logHours).toMatchObject({ minutes: 510, status: 'SUBMITTED', setting: 'COMMUNITY', loggedOnBehalf: false, placement: { id: placementId } });
      expect(await h.count('audit_events', `entity_id = $1 AND action = 'hours.log'`, [r.data!.logHours.id])).toBe(1);
    });

    it.each([
      ['the end is before the start', at(9, 15), at(9, 14), /end time must be after the start time/],
      ['the shift is longer than 16 hours', at(9, 1), at(9, 18), /at most 16 hours/],
      ['the shift is in the future', at(-1, 13), at(-1, 17), /have not happened yet/],
      ['the shift is outside the placement', at(40, 13), at(40, 17), /outside your placement at Main Street Pharmacy/],
    ])('refuses a shift when %s, writing nothing', async (_why, startedAt, endedAt, message) => {
      const before = await h.count('hour_entries');
      const r = await student.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt, endedAt, activityNote: 'Counting' } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(message);
      expect(await h.count('hour_entries')).toBe(before);
    });

    it('refuses an overlapping shift with a message naming the other entry; a rejected entry no longer blocks', async () => {
      const first = await student.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: at(8, 13), endedAt: at(8, 17), activityNote: 'Will-call' } });
      const overlap = await student.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: at(8, 16), endedAt: at(8, 20), activityNote: 'Inventory' } });
      expect(codeOf(overlap)).toBe('BAD_USER_INPUT');
      expect(overlap.errors![0].message).toMatch(/overlaps another entry you already logged \(/);
      const rej = await preceptor.gql(REVIEW, { i: { id: first.data!.logHours.id, version: 1, decision: 'REJECT', comment: 'Not on the schedule' } });
      expect(rej.data?.reviewHourEntry.status).toBe('REJECTED');
      const again = await student.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: at(8, 16), endedAt: at(8, 20), activityNote: 'Inventory' } });
      expect(again.errors).toBeUndefined();
    });

    it('lets the database refuse what the API would, even for direct SQL', async () => {
      await expect(
        h.ds.query(
          `INSERT INTO hour_entries (program_id, enrollment_id, placement_id, component, started_at, ended_at, activity_note, logged_by)
           SELECT program_id, id, $2, 'EXPERIENTIAL', $3, $4, 'x', $5 FROM enrollments WHERE id = $1`,
          [me.enrollmentId, placementId, at(8, 12), at(8, 22), (await h.ds.query(`SELECT user_id FROM students WHERE id = $1`, [me.studentId]))[0].user_id],
        ),
      ).rejects.toThrow(/hour_entries_no_overlap/);
      await expect(
        h.ds.query(
          `INSERT INTO hour_entries (program_id, enrollment_id, component, started_at, ended_at, activity_note, logged_by)
           SELECT program_id, id, 'DIDACTIC', $2, $3, 'x', (SELECT user_id FROM students WHERE id = student_id) FROM enrollments WHERE id = $1`,
          [me.enrollmentId, at(70, 0), at(70, 18)],
        ),
      ).rejects.toThrow(/hour_entries_max_16h/);
    });

    it('keeps students to their own entries and lets an instructor log on a student’s behalf, audited as such', async () => {
      const foreign = await otherStudent.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'DIDACTIC', startedAt: at(20, 13), endedAt: at(20, 15), activityNote: 'Lecture' } });
      expect(codeOf(foreign)).toBe('FORBIDDEN');
      const byPreceptor = await preceptor.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: at(20, 13), endedAt: at(20, 15), activityNote: 'Shift' } });
      expect(codeOf(byPreceptor)).toBe('FORBIDDEN');
      // Refused by the permission catalogue before any rule runs: a preceptor neither logs nor logs for a student.
      expect(byPreceptor.errors![0].message).toBe('Your role (preceptor) does not allow this (needs one of HOURS_LOG, HOURS_LOG_FOR_STUDENT).');
      const onBehalf = await teacher.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'DIDACTIC', startedAt: at(20, 13), endedAt: at(20, 15), activityNote: 'Pharmacy law lecture' } });
      expect(onBehalf.data?.logHours.loggedOnBehalf).toBe(true);
      expect(await h.count('audit_events', `entity_id = $1 AND action = 'hours.logOnBehalf'`, [onBehalf.data!.logHours.id])).toBe(1);
    });
  });

  describe('review', () => {
    const log = async (daysAgo: number, who = student, enrollmentId = me.enrollmentId, placement = placementId) => {
      const r = await who.gql(LOG, { i: { enrollmentId, component: 'EXPERIENTIAL', placementId: placement, startedAt: at(daysAgo, 13), endedAt: at(daysAgo, 17), activityNote: 'Shift work' } });
      if (!r.data) throw new Error(r.errors?.[0].message);
      return r.data.logHours as { id: string; version: number };
    };

    it('lets a preceptor review only the students placed with them', async () => {
      const peerEntry = await log(12, otherStudent, peer.enrollmentId, peerPlacementId);
      const r = await preceptor.gql(REVIEW, { i: { id: peerEntry.id, version: peerEntry.version, decision: 'APPROVE' } });
      expect(codeOf(r)).toBe('FORBIDDEN');
      const queue = await preceptor.gql(`{ hourEntries(first: 100, filter: { statuses: [SUBMITTED] }) { edges { node { id enrollmentId } } } }`);
      expect(queue.data?.hourEntries.edges.every((e: any) => e.node.enrollmentId === me.enrollmentId)).toBe(true);
      expect(codeOf(await student.gql(REVIEW, { i: { id: peerEntry.id, version: 1, decision: 'APPROVE' } }))).toBe('FORBIDDEN');
      const own = await otherPreceptor.gql(REVIEW, { i: { id: peerEntry.id, version: peerEntry.version, decision: 'APPROVE' } });
      expect(own.data?.reviewHourEntry).toMatchObject({ status: 'APPROVED', version: 2 });
    });

    it('asks for info with a required comment; the student edits and resubmits; approval locks the entry; an instructor reopens it', async () => {
      const e = await log(13);
      const noComment = await preceptor.gql(REVIEW, { i: { id: e.id, version: e.version, decision: 'NEEDS_INFO' } });
      expect(noComment.errors![0].message).toMatch(/comment: say what information you need/);
      const ask = await preceptor.gql(REVIEW, { i: { id: e.id, version: e.version, decision: 'NEEDS_INFO', comment: 'Which tasks?' } });
      expect(ask.data?.reviewHourEntry).toMatchObject({ status: 'NEEDS_INFO', version: 2, reviewComment: 'Which tasks?' });
      const waiting = async () => Number((await h.ds.query(
        `SELECT coalesce(sum(n.item_count), 0) AS n FROM notifications n JOIN preceptors p ON p.user_id = n.recipient_id WHERE p.id = $1 AND n.kind = 'HOURS_WAITING'`,
        [preceptorId],
      ))[0].n);
      const waitingBefore = await waiting();
      const edit = await student.gql(`mutation($i: UpdateHourEntryInput!) { updateHourEntry(input: $i) { status version activityNote } }`, { i: { id: e.id, version: 2, activityNote: 'Counted and filled 60 prescriptions' } });
      expect(edit.data?.updateHourEntry).toEqual({ status: 'SUBMITTED', version: 3, activityNote: 'Counted and filled 60 prescriptions' });
      // The answer is back in the preceptor's queue, and they hear of it; the audit row holds the entry before and after.
      expect(await waiting()).toBe(waitingBefore + 1);
      const [resubmit] = await h.ds.query(`SELECT before, after FROM audit_events WHERE action = 'hours.resubmit' AND entity_id = $1`, [e.id]);
      expect(resubmit.before).toMatchObject({ id: e.id, status: 'NEEDS_INFO', version: 2, reviewComment: 'Which tasks?', activityNote: expect.not.stringMatching('Counted') });
      expect(resubmit.after).toMatchObject({ id: e.id, status: 'SUBMITTED', version: 3, activityNote: 'Counted and filled 60 prescriptions', enrollmentId: me.enrollmentId });
      expect(Object.keys(resubmit.before).sort()).toEqual(Object.keys(resubmit.after).sort());
      const ok = await preceptor.gql(REVIEW, { i: { id: e.id, version: 3, decision: 'APPROVE' } });
      expect(ok.data?.reviewHourEntry.status).toBe('APPROVED');
      const locked = await student.gql(`mutation($i: UpdateHourEntryInput!) { updateHourEntry(input: $i) { status } }`, { i: { id: e.id, version: 4, activityNote: 'changed' } });
      expect(locked.errors![0].message).toMatch(/approved is locked/);
      expect(codeOf(await preceptor.gql(`mutation { reopenHourEntry(input: { id: "${e.id}", version: 4, reason: "Wrong day" }) { id } }`))).toBe('FORBIDDEN');
      const reopened = await teacher.gql(`mutation($i: ReopenHourEntryInput!) { reopenHourEntry(input: $i) { status reviewComment } }`, { i: { id: e.id, version: 4, reason: 'Logged on the wrong day' } });
      expect(reopened.data?.reopenHourEntry).toEqual({ status: 'SUBMITTED', reviewComment: 'Logged on the wrong day' });
      const actions = (await h.ds.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, action`, [e.id])).map((r: { action: string }) => r.action);
      expect(actions).toEqual(['hours.log', 'hours.review.needs_info', 'hours.resubmit', 'hours.review.approve', 'hours.reopen']);
    });

    it('lets exactly one of two simultaneous reviewers win; the other gets CONFLICT', async () => {
      const e = await log(14);
      const results = await Promise.all([
        preceptor.gql(REVIEW, { i: { id: e.id, version: e.version, decision: 'APPROVE' } }),
        teacher.gql(REVIEW, { i: { id: e.id, version: e.version, decision: 'REJECT', comment: 'Duplicate' } }),
      ]);
      const codes = results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(await h.count('audit_events', `entity_id = $1 AND action LIKE 'hours.review.%'`, [e.id])).toBe(1);
    });

    it('approves in bulk what can be approved and gives every other entry its own reason, changing nothing else', async () => {
      const [a, b, done, edited, flagged] = [await log(15), await log(16), await log(17), await log(18), await log(19)];
      const outside = await log(20, otherStudent, peer.enrollmentId, peerPlacementId);
      await preceptor.gql(REVIEW, { i: { id: done.id, version: done.version, decision: 'APPROVE' } });
      expect((await student.gql(`mutation { updateHourEntry(input: { id: "${edited.id}", version: 1, activityNote: "Edited note" }) { version } }`)).data?.updateHourEntry.version).toBe(2);
      await h.ds.query(`UPDATE hour_entries SET compliance_flag = 'Compliance not current on the shift date: TB test' WHERE id = $1`, [flagged.id]);
      const bulk = `mutation($i: ApproveHourEntriesInput!) { approveHourEntries(input: $i) { approved { id status version } refused { entryId reason message entry { id status } } } }`;
      const r = await preceptor.gql(bulk, { i: { entries: [a, done, edited, flagged, outside, b].map(({ id, version }) => ({ id, version })) } });
      expect(r.errors).toBeUndefined();
      const result = r.data!.approveHourEntries;
      expect(result.approved).toEqual([{ id: a.id, status: 'APPROVED', version: 2 }, { id: b.id, status: 'APPROVED', version: 2 }]);
      expect(result.refused.map((x: { entryId: string; reason: string }) => [x.entryId, x.reason])).toEqual([
        [done.id, 'ALREADY_REVIEWED'], [edited.id, 'CHANGED_SINCE_LOADED'], [flagged.id, 'COMPLIANCE_FLAG'], [outside.id, 'OUT_OF_SCOPE'],
      ]);
      expect(result.refused[0].message).toMatch(/^Already approved by /);
      expect(result.refused[2].message).toMatch(/TB test/);
      expect(result.refused[0].entry).toEqual({ id: done.id, status: 'APPROVED' });
      expect(result.refused[3].entry).toBeNull();
      expect(result.refused[3].message).not.toMatch(/approved|submitted/i);
      // One approval audited per approved entry; the refused ones are as they were.
      const audited = await h.ds.query(`SELECT entity_id FROM audit_events WHERE action = 'hours.review.approve' AND entity_id = ANY($1)`, [[a.id, b.id, done.id, edited.id, flagged.id, outside.id]]);
      expect(audited.map((x: { entity_id: string }) => x.entity_id).sort()).toEqual([a.id, b.id, done.id].sort());
      const states = await h.ds.query(`SELECT id, status::text, version FROM hour_entries WHERE id = ANY($1)`, [[done.id, edited.id, flagged.id, outside.id]]);
      expect(Object.fromEntries(states.map((x: { id: string; status: string; version: number }) => [x.id, `${x.status}/${x.version}`]))).toEqual({
        [done.id]: 'APPROVED/2', [edited.id]: 'SUBMITTED/2', [flagged.id]: 'SUBMITTED/1', [outside.id]: 'SUBMITTED/1',
      });
      expect(codeOf(await preceptor.gql(bulk, { i: { entries: [a, a].map(({ id }) => ({ id, version: 2 })) } }))).toBe('BAD_USER_INPUT');
    });
  });

  it('moves progress when hours are approved: approved minutes count, pending shown beside', async () => {
    const before = (await student.gql(PROGRESS, { id: me.enrollmentId })).data!.enrollment.progress;
    const e = await student.gql(LOG, { i: { enrollmentId: me.enrollmentId, component: 'EXPERIENTIAL', placementId, startedAt: at(3, 13), endedAt: at(3, 19), activityNote: 'Shift' } });
    const pending = (await student.gql(PROGRESS, { id: me.enrollmentId })).data!.enrollment.progress;
    expect(pending.pendingMinutes).toBe(before.pendingMinutes + 360);
    expect(pending.approvedMinutes).toBe(before.approvedMinutes);
    await preceptor.gql(REVIEW, { i: { id: e.data!.logHours.id, version: 1, decision: 'APPROVE' } });
    const after = (await student.gql(PROGRESS, { id: me.enrollmentId })).data!.enrollment.progress;
    expect(after.approvedMinutes).toBe(before.approvedMinutes + 360);
    expect(after.pendingMinutes).toBe(before.pendingMinutes);
    const exp = after.requirements.find((r: { component: string }) => r.component === 'EXPERIENTIAL');
    expect(exp.approvedMinutes).toBe(before.requirements.find((r: { component: string }) => r.component === 'EXPERIENTIAL').approvedMinutes + 360);
  });

  it('flags only students taking part whose placement has started, and says why', async () => {
    // The window opened 60 days ago and none of them logged anything since.
    const RISK = `query($id: ID!) { enrollment(id: $id) { status progress { complete atRisk atRiskReason } } }`;
    const STATUS = `mutation($i: RecordStatusChangeInput!) { recordStatusChange(input: $i) { status } }`;
    const [enrolled, unplaced, upcoming, withdrawn, onLeave] = await Promise.all([0, 1, 2, 3, 4].map(() => h.student(teacher, cohortId, { enrolledOn: day(-200) })));
    const place = (enrollmentId: string, start: string) =>
      h.ds.query(
        `INSERT INTO placements (program_id, enrollment_id, site_id, preceptor_id, start_date, end_date, planned_hours)
         SELECT program_id, $1, site_id, preceptor_id, $2, end_date, planned_hours FROM placements WHERE id = $3`,
        [enrollmentId, start, placementId],
      );
    for (const e of [enrolled, withdrawn, onLeave]) await place(e.enrollmentId, day(-30));
    await place(upcoming.enrollmentId, day(21));
    expect((await teacher.gql(STATUS, { i: { enrollmentId: withdrawn.enrollmentId, status: 'WITHDRAWN', effectiveOn: day(-10), reasonCode: 'PERSONAL' } })).data).toBeTruthy();
    expect((await teacher.gql(STATUS, { i: { enrollmentId: onLeave.enrollmentId, status: 'LEAVE_OF_ABSENCE', effectiveOn: day(-10), reasonCode: 'MEDICAL' } })).data).toBeTruthy();
    const risk = async (enrollmentId: string) => (await teacher.gql(RISK, { id: enrollmentId })).data!.enrollment.progress;
    expect(await risk(enrolled.enrollmentId)).toEqual({ complete: false, atRisk: true, atRiskReason: expect.stringMatching(/^No hours logged in the last 14 days; the externship ends on /) });
    for (const e of [unplaced, upcoming, withdrawn, onLeave]) expect(await risk(e.enrollmentId)).toEqual({ complete: false, atRisk: false, atRiskReason: null });
  });

  it('keeps the maintained hour totals equal to the entries after every change', async () => {
    const drift = await h.ds.query(
      `SELECT coalesce(t.enrollment_id, e.enrollment_id) AS enrollment_id FROM hour_totals t
       FULL JOIN (SELECT enrollment_id, ptp_hour_bucket(component, setting, placement_id) AS bucket,
                         coalesce(sum(minutes) FILTER (WHERE status = 'APPROVED'), 0) AS approved,
                         coalesce(sum(minutes) FILTER (WHERE status IN ('SUBMITTED', 'NEEDS_INFO')), 0) AS pending
                    FROM hour_entries GROUP BY 1, 2) e ON e.enrollment_id = t.enrollment_id AND e.bucket = t.bucket
       WHERE coalesce(t.approved_minutes, 0) <> coalesce(e.approved, 0) OR coalesce(t.pending_minutes, 0) <> coalesce(e.pending, 0)`,
    );
    expect(drift).toEqual([]);
    expect(await h.count('hour_totals', 'enrollment_id = $1', [me.enrollmentId])).toBeGreaterThan(0);
  });

  it('clocks in and out at server time', async () => {
    const clockIn = `mutation($i: ClockInInput!) { clockIn(input: $i) { id startedAt } }`;
    const first = await student.gql(clockIn, { i: { enrollmentId: me.enrollmentId, placementId } });
    expect(first.errors).toBeUndefined();
    const twice = await student.gql(clockIn, { i: { enrollmentId: me.enrollmentId, placementId } });
    expect(twice.errors![0].message).toMatch(/already clocked in/);
    const tooSoon = await student.gql(`mutation { clockOut(input: { enrollmentId: "${me.enrollmentId}", activityNote: "Shift" }) { id } }`);
    expect(tooSoon.errors![0].message).toMatch(/at least one minute/);
    // Pretend the shift started 2 hours ago.
    await h.ds.query(`UPDATE clock_ins SET started_at = date_trunc('second', now()) - interval '2 hours' WHERE enrollment_id = $1`, [me.enrollmentId]);
    const out = await student.gql(`mutation { clockOut(input: { enrollmentId: "${me.enrollmentId}", activityNote: "Front counter" }) { minutes status component } }`);
    expect(out.data?.clockOut).toEqual({ minutes: 120, status: 'SUBMITTED', component: 'EXPERIENTIAL' });
    const open = await student.gql(`query($id: ID!) { enrollment(id: $id) { openClockIn { id } } }`, { id: me.enrollmentId });
    expect(open.data?.enrollment.openClockIn).toBeNull();
  });

  it('audits every hour change with one payload shape: fields by their property names, times in ISO UTC, whichever writer wrote it', async () => {
    const rowsOf = (action: string) =>
      h.ds.query(`SELECT entity_id, before, after FROM audit_events WHERE action = $1 AND program_id = $2 ORDER BY occurred_at DESC LIMIT 1`, [action, programId]);
    // Two writers: AuditService.record (the entity serialized in Node) and auditInsertSql (the row built in SQL).
    const [clockedIn] = await rowsOf('hours.clockIn'); // AuditService.record (clock.service.ts)
    const [logged] = await rowsOf('hours.log'); // auditInsertSql, inside the one-statement INSERT
    const [clocked] = await rowsOf('hours.clockOut'); // auditInsertSql, inside the clock-out INSERT
    const [reviewed] = await rowsOf('hours.review.approve'); // auditInsertSql, inside the review UPDATE
    const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    const keys = Object.keys(clocked.after).sort();
    expect(keys).toEqual(expect.arrayContaining(['id', 'enrollmentId', 'placementId', 'startedAt', 'endedAt', 'minutes', 'activityNote', 'status', 'version']));
    expect(keys.some((k) => k.includes('_'))).toBe(false);
    expect(Object.keys(logged.after).sort()).toEqual(keys);
    expect(Object.keys(reviewed.after).sort()).toEqual(keys);
    // The AuditService.record row: the same camelCase property names for the fields both entities have, the same timestamp format.
    const clockKeys = Object.keys(clockedIn.after);
    expect(clockKeys).toEqual(expect.arrayContaining(['id', 'programId', 'enrollmentId', 'placementId', 'startedAt']));
    expect(clockKeys.some((k) => k.includes('_'))).toBe(false);
    expect(keys).toEqual(expect.arrayContaining(['id', 'programId', 'enrollmentId', 'placementId', 'startedAt']));
    expect(clockedIn.after.startedAt).toMatch(ISO_UTC);
    expect(logged.after.startedAt).toMatch(ISO_UTC);
    expect(logged.after.endedAt).toMatch(ISO_UTC);
    const [entry] = await h.ds.query(`SELECT started_at, ended_at FROM hour_entries WHERE id = $1`, [logged.entity_id]);
    expect(logged.after.startedAt).toBe((entry.started_at as Date).toISOString());
    expect(logged.after.endedAt).toBe((entry.ended_at as Date).toISOString());
    expect(reviewed.before).toMatchObject({ status: 'SUBMITTED' });
    expect(reviewed.after.status).toBe('APPROVED');
  });

  it('cancels an accidental clock-in: no entry, audited with what was cancelled, only by who may clock out', async () => {
    const CANCEL = `mutation($id: ID!) { cancelClockIn(enrollmentId: $id) { id startedAt placement { id } } }`;
    const clocked = await student.gql(`mutation($i: ClockInInput!) { clockIn(input: $i) { id } }`, { i: { enrollmentId: me.enrollmentId, placementId } });
    const clockId = clocked.data!.clockIn.id;
    const entriesBefore = await h.count('hour_entries', `enrollment_id = $1`, [me.enrollmentId]);
    expect(codeOf(await otherStudent.gql(CANCEL, { id: me.enrollmentId }))).toBe('FORBIDDEN');
    expect(codeOf(await preceptor.gql(CANCEL, { id: me.enrollmentId }))).toBe('FORBIDDEN');
    expect(await h.count('clock_ins', `id = $1`, [clockId])).toBe(1);
    const cancelled = await student.gql(CANCEL, { id: me.enrollmentId });
    expect(cancelled.data?.cancelClockIn).toMatchObject({ id: clockId, placement: { id: placementId } });
    const open = await student.gql(`query($id: ID!) { enrollment(id: $id) { openClockIn { id } } }`, { id: me.enrollmentId });
    expect(open.data?.enrollment.openClockIn).toBeNull();
    expect(await h.count('hour_entries', `enrollment_id = $1`, [me.enrollmentId])).toBe(entriesBefore);
    const [audit] = await h.ds.query(`SELECT before, after FROM audit_events WHERE action = 'hours.clockIn.cancel' AND entity_id = $1`, [clockId]);
    expect(audit.before).toMatchObject({ id: clockId, enrollmentId: me.enrollmentId, placementId });
    expect(audit.after).toBeNull();
    const again = await student.gql(CANCEL, { id: me.enrollmentId });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].message).toMatch(/not clocked in/);
    expect(codeOf(await student.gql(CANCEL, { id: 'not-an-id' }))).toBe('BAD_USER_INPUT');
  });

  it('answers every field of a page of entries as the single entry does, whichever fields the page asks for', async () => {
    // A page reads only the columns its selected fields need (hour-entry.fields.ts): asked alone, each field must
    // still come out as it does from the whole row.
    const FIELDS = [
      'activityNote', 'clockedEndedAt', 'clockedStartedAt', 'complianceFlag', 'component', 'createdAt', 'editReason', 'endedAt', 'enrollmentId',
      'minutes', 'placementId', 'reviewComment', 'reviewedAt', 'setting', 'startedAt', 'status', 'updatedAt', 'version', 'loggedOnBehalf',
      'reviewedBy { id }', 'loggedBy { id }', 'enrollment { id }', 'placement { id }',
    ];
    const all = `id ${FIELDS.join(' ')}`;
    const page = async (fields: string) => {
      const r = await teacher.gql(`query($c: ID) { hourEntries(first: 100, filter: { cohortId: $c }) { edges { node { ${fields} } } } }`, { c: cohortId });
      if (!r.data) throw new Error(r.errors?.[0].message);
      return (r.data.hourEntries.edges as { node: Record<string, unknown> }[]).map((e) => e.node);
    };
    const entries = await page(all);
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.some((e) => e.reviewedBy !== null)).toBe(true);
    expect(entries.some((e) => e.clockedStartedAt !== null)).toBe(true);
    for (const entry of entries) {
      const one = await teacher.gql(`query($id: ID!) { hourEntry(id: $id) { ${all} } }`, { id: entry.id });
      expect(one.data?.hourEntry).toEqual(entry);
    }
    for (const field of FIELDS) {
      const key = field.split(' ')[0];
      expect((await page(field)).map((e) => e[key])).toEqual(entries.map((e) => e[key]));
    }
  });
});
