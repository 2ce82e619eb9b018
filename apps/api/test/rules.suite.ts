import { Client, codeOf, Harness, programDay } from './harness';

const day = programDay;
const ADD_PRECEPTOR = `mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`;
const PLACE = `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`;

const UPDATE = `mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id requirementWarnings requirements { component minHours } } }`;

describe('integrity rules: ASHP requirement warnings', () => {
  let h: Harness;
  let admin: Client;
  let adminId: string;

  beforeAll(async () => {
    h = await Harness.start();
    const a = await h.user('ADMIN');
    adminId = a.id;
    admin = await h.signedIn(a.email);
  });
  afterAll(() => h.stop());

  it('warns, without refusing, when an ASHP program saves requirements below the minimums; audited', async () => {
    const created = await admin.gql(`mutation { createProgram(input: { name: "Rules ASHP Program", level: ENTRY, timeZone: "UTC" }) { id accreditors requirementWarnings } }`);
    expect(created.errors).toBeUndefined();
    const { id, accreditors } = created.data!.createProgram;
    expect(accreditors.some((a: string) => a.includes('ASHP'))).toBe(true);
    expect(created.data!.createProgram.requirementWarnings).toEqual([]);

    const low = await admin.gql(UPDATE, {
      i: {
        id,
        requirements: [
          { component: 'DIDACTIC', minHours: 100 },
          { component: 'SIMULATED', minHours: 40 },
          { component: 'EXPERIENTIAL', minHours: 130 },
        ],
      },
    });
    expect(low.errors).toBeUndefined();
    expect(low.data!.updateProgram.requirements).toContainEqual({ component: 'SIMULATED', minHours: 40 });
    expect(low.data!.updateProgram.requirementWarnings).toEqual([
      'Didactic hours: 100 hours is below the ASHP/ACPE Entry-level minimum of 120 hours.',
      'Simulated (lab) hours: 40 hours is below the ASHP/ACPE Entry-level minimum of 50 hours.',
    ]);
    expect(await h.count('audit_events', `entity_id = $1 AND action = 'program.update' AND actor_id = $2`, [id, adminId])).toBe(1);

    const read = await admin.gql(`query($id: ID!) { program(id: $id) { requirementWarnings } }`, { id });
    expect(read.data!.program.requirementWarnings).toHaveLength(2);

    const notAshp = await admin.gql(UPDATE, { i: { id, accreditors: ['ABHES'] } });
    expect(notAshp.data!.updateProgram.requirementWarnings).toEqual([]);
  });
});

describe('integrity rules: preceptor licenses', () => {
  let h: Harness;
  let admin: Client, teacher: Client;
  let siteId: string, preceptorUser: { id: string; email: string }, enrollmentId: string;

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t, p, s] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR'), h.user('PRECEPTOR', 'Pat Lapsing'), h.user('STUDENT')]);
    preceptorUser = p;
    const programId = await h.program(a.id);
    const [{ id: cohortId }] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, 'RUL-1', 'Rules cohort', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-200), day(200), day(-60), day(60)],
    );
    await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [cohortId, t.id]);
    [admin, teacher] = await Promise.all([h.signedIn(a.email), h.signedIn(t.email)]);
    enrollmentId = (await h.student(teacher, cohortId, { userId: s.id, enrolledOn: day(-200) })).enrollmentId;
    const site = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, {
      i: { programId, name: 'Rules Pharmacy', address: '1 Main St, Springfield, IL', setting: 'COMMUNITY', capacity: 5, agreementStartDate: day(-365), agreementEndDate: day(365) },
    });
    siteId = site.data!.createSite.id;
  });
  afterAll(() => h.stop());

  it('refuses a preceptor whose license has already expired and writes nothing', async () => {
    const before = await h.count('preceptors');
    const r = await admin.gql(ADD_PRECEPTOR, { i: { siteId, userId: preceptorUser.id, licenseNumber: 'RPH-9', licenseExpiresOn: day(-3) } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toContain(`license expired on ${day(-3)}`);
    expect(await h.count('preceptors')).toBe(before);
  });

  it('refuses a placement that ends after the preceptor license expires, naming the preceptor and date', async () => {
    const added = await admin.gql(ADD_PRECEPTOR, { i: { siteId, userId: preceptorUser.id, licenseNumber: 'RPH-9', licenseExpiresOn: day(10) } });
    expect(added.errors).toBeUndefined();
    const preceptorId = added.data!.addPreceptor.id;
    const before = await h.count('placements');
    const r = await teacher.gql(PLACE, { i: { enrollmentId, siteId, preceptorId, startDate: day(0), endDate: day(30), plannedHours: 100 } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toContain(`Pat Lapsing's license expires on ${day(10)}`);
    expect(await h.count('placements')).toBe(before);
    const ok = await teacher.gql(PLACE, { i: { enrollmentId, siteId, preceptorId, startDate: day(0), endDate: day(10), plannedHours: 50 } });
    expect(ok.errors).toBeUndefined();
  });

  it('refuses an expired license in a preceptor invitation too', async () => {
    const r = await admin.gql(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
      i: { email: `lapsed-${Date.now()}@test.ptp`, displayName: 'Lee Lapsed', role: 'PRECEPTOR', siteId, licenseNumber: 'RPH-10', licenseExpiresOn: day(-1) },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/^licenseExpiresOn: this license expired on/);
  });

  it('flags existing placements whose preceptor’s license ends before they do', async () => {
    // A license recorded as ending sooner after the placement was made (or a placement from before the rule).
    await h.ds.query(`UPDATE preceptors SET license_expires_on = $1 WHERE user_id = $2`, [day(5), preceptorUser.id]);
    const r = await teacher.gql(`query($f: PlacementFilter) { placements(first: 5, filter: $f) { edges { node { preceptorLicenseLapses } } } }`, { f: { enrollmentId } });
    expect(r.data!.placements.edges.map((e: { node: { preceptorLicenseLapses: boolean } }) => e.node.preceptorLicenseLapses)).toEqual([true]);
  });
});
