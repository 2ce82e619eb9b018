import { todayIn } from '@ptp/shared';
import { Client, codeOf, Harness } from './harness';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const SIGN = `mutation($i: SignOffCompetencyInput!) { signOffCompetency(input: $i) { id signedOn signedBy { id } } }`;

describe('competencies', () => {
  let h: Harness;
  let teacher: Client, preceptor: Client, otherPreceptor: Client, student: Client;
  let enrollmentId: string, preceptorId: string, programId: string, entryComp: { id: string; code: string }, advancedComp: { id: string };
  let adopted: { id: string; code: string; level: string }[];
  let siteId: string, agreementEnd: string;

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t, p, p2, s] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR'), h.user('PRECEPTOR'), h.user('PRECEPTOR'), h.user('STUDENT')]);
    const admin = await h.signedIn(a.email);
    [teacher, preceptor, otherPreceptor, student] = await Promise.all([t, p, p2, s].map((u) => h.signedIn(u.email)));
    preceptorId = p.id;
    const program = await admin.gql(`mutation { createProgram(input: { name: "Competency Program", level: ENTRY, timeZone: "UTC" }) { id competencies { id code level } } }`);
    programId = program.data!.createProgram.id;
    adopted = program.data!.createProgram.competencies;
    expect(adopted.every((c: { level: string }) => c.level === 'E')).toBe(true);
    entryComp = adopted.find((c) => c.code === '3.4E')!;
    const library = (await teacher.gql(`{ competencies { id code level domainNumber } }`)).data!.competencies;
    advancedComp = library.find((c: { level: string }) => c.level === 'A');
    const [c] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date) VALUES ($1, 'CMP-C', 'C', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-200), day(200), day(-60), day(60)],
    );
    await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [c.id, t.id]);
    ({ enrollmentId } = await h.student(teacher, c.id, { userId: s.id, enrolledOn: day(-200) }));
    const site = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, { i: { programId, name: 'Site', address: '1 Oak St, Town', setting: 'COMMUNITY', capacity: 2, agreementStartDate: day(-300), agreementEndDate: day(300) } });
    [siteId, agreementEnd] = [site.data!.createSite.id, day(300)];
    const pr = await admin.gql(`mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`, { i: { siteId: site.data!.createSite.id, userId: p.id, licenseNumber: 'RPH-1', licenseExpiresOn: day(300) } });
    // The student has no compliance records: placed as a FLAG program would (BLOCK refuses an uncleared placement), then back to BLOCK.
    await h.ds.query(`UPDATE programs SET expired_compliance_policy = 'FLAG' WHERE id = $1`, [programId]);
    const placed = await teacher.gql(`mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`, { i: { enrollmentId, siteId: site.data!.createSite.id, preceptorId: pr.data!.addPreceptor.id, startDate: day(-10), endDate: day(10), plannedHours: 100 } });
    expect(placed.errors).toBeUndefined();
    await h.ds.query(`UPDATE programs SET expired_compliance_policy = 'BLOCK' WHERE id = $1`, [programId]);
  });
  afterAll(() => h.stop());

  it('holds the whole library: every domain at both levels', async () => {
    const library = (await student.gql(`{ competencies { code domainNumber level } }`)).data!.competencies;
    expect(library).toHaveLength(77);
    for (const d of [1, 2, 3, 4, 5]) {
      for (const level of ['E', 'A']) expect(library.some((c: { domainNumber: number; level: string }) => c.domainNumber === d && c.level === level)).toBe(true);
    }
  });

  it('lets the student’s preceptor sign off; others are refused; a second sign-off is a conflict', async () => {
    const signed = await preceptor.gql(SIGN, { i: { enrollmentId, competencyId: entryComp.id, signedOn: day(-1), note: 'Filled 40 orders accurately' } });
    expect(signed.data?.signOffCompetency).toMatchObject({ signedOn: day(-1), signedBy: { id: preceptorId } });
    expect(codeOf(await otherPreceptor.gql(SIGN, { i: { enrollmentId, competencyId: entryComp.id, signedOn: day(-1) } }))).toBe('FORBIDDEN');
    expect(codeOf(await student.gql(SIGN, { i: { enrollmentId, competencyId: entryComp.id, signedOn: day(-1) } }))).toBe('FORBIDDEN');
    expect(codeOf(await teacher.gql(SIGN, { i: { enrollmentId, competencyId: entryComp.id, signedOn: day(-1) } }))).toBe('CONFLICT');
    const notAdopted = await teacher.gql(SIGN, { i: { enrollmentId, competencyId: advancedComp.id, signedOn: day(-1) } });
    expect(notAdopted.errors![0].message).toMatch(/not part of the student's program/);
    expect(await h.count('audit_events', `action = 'competency.signoff' AND entity_id = $1`, [signed.data!.signOffCompetency.id])).toBe(1);
  });

  it('shows the student what is signed and what remains', async () => {
    const list = (await student.gql(`query($id: ID!) { enrollment(id: $id) { competencyChecklist { competency { code } signoff { signedOn } } } }`, { id: enrollmentId })).data!.enrollment.competencyChecklist;
    expect(list.filter((i: any) => i.signoff).map((i: any) => i.competency.code)).toEqual(['3.4E']);
    expect(list.filter((i: any) => !i.signoff).length).toBe(list.length - 1);
  });

  it("dates a sign-off by the program's day, not the server's: the day has begun in Kiribati before it has in UTC", async () => {
    await h.ds.query(`UPDATE programs SET time_zone = 'Pacific/Kiritimati' WHERE id = $1`, [programId]);
    try {
      const [first, second] = adopted.filter((c) => c.code !== entryComp.code);
      const today = todayIn('Pacific/Kiritimati');
      const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const signed = await preceptor.gql(SIGN, { i: { enrollmentId, competencyId: first.id, signedOn: today } });
      expect(signed.errors).toBeUndefined();
      expect(signed.data!.signOffCompetency.signedOn).toBe(today);
      const future = await preceptor.gql(SIGN, { i: { enrollmentId, competencyId: second.id, signedOn: tomorrow } });
      expect(future.errors![0].message).toBe('signedOn: a sign-off cannot be dated in the future.');
      // The web shows and reads times in the program's zone: the student and the preceptor both get it.
      for (const c of [student, preceptor]) expect((await c.gql(`{ me { timeZone } }`)).data!.me.timeZone).toBe('Pacific/Kiritimati');
      // The site agreement counts its days left from the program's today too.
      const daysLeft = (await teacher.gql(`query($id: ID!) { site(id: $id) { agreementDaysLeft } }`, { id: siteId })).data!.site.agreementDaysLeft;
      expect(daysLeft).toBe(Math.round((Date.parse(`${agreementEnd}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000));
    } finally {
      await h.ds.query(`UPDATE programs SET time_zone = 'UTC' WHERE id = $1`, [programId]);
    }
  });
  it('keeps a training plan: the competencies each rotation is to cover, against sign-offs and hours', async () => {
    const [{ id: placementId }] = await h.ds.query(`SELECT id FROM placements WHERE enrollment_id = $1`, [enrollmentId]);
    const signed: string[] = (await h.ds.query(`SELECT competency_id FROM competency_signoffs WHERE enrollment_id = $1`, [enrollmentId])).map((r: { competency_id: string }) => r.competency_id);
    const other = adopted.find((c) => !signed.includes(c.id))!;
    const SET = `mutation($i: SetPlacementCompetenciesInput!) { setPlacementCompetencies(input: $i) { id } }`;
    expect(codeOf(await preceptor.gql(SET, { i: { placementId, competencyIds: [entryComp.id] } }))).toBe('FORBIDDEN');
    const refused = await teacher.gql(SET, { i: { placementId, competencyIds: [entryComp.id, advancedComp.id] } });
    expect(refused.errors![0].message).toMatch(/^competencyIds: some of these competencies are not part of the student's program/);
    expect(await h.count('placement_competencies', 'placement_id = $1', [placementId])).toBe(0);
    expect((await teacher.gql(SET, { i: { placementId, competencyIds: [entryComp.id, other.id, other.id] } })).errors).toBeUndefined();
    expect(await h.count('audit_events', `action = 'placement.competencies' AND entity_id = $1`, [placementId])).toBe(1);

    const PLAN = `query($id: ID!) { enrollment(id: $id) { trainingPlan { plannedCount plannedSignedOffCount
      rotations { placement { id site { name } } approvedHours pendingHours competencies { competency { code } signoff { signedOn } } }
      unplanned { competency { code } } } } }`;
    const plan = (await student.gql(PLAN, { id: enrollmentId })).data!.enrollment.trainingPlan;
    expect(plan).toMatchObject({ plannedCount: 2, plannedSignedOffCount: 1 });
    expect(plan.rotations).toHaveLength(1);
    expect(plan.rotations[0]).toMatchObject({ placement: { id: placementId, site: { name: 'Site' } }, approvedHours: 0, pendingHours: 0 });
    expect(plan.rotations[0].competencies.map((c: { competency: { code: string } }) => c.competency.code).sort()).toEqual([other.code, '3.4E'].sort());
    expect(plan.rotations[0].competencies.find((c: { competency: { code: string } }) => c.competency.code === '3.4E').signoff).not.toBeNull();
    expect(plan.unplanned).toHaveLength(adopted.length - 2);
  });
});
