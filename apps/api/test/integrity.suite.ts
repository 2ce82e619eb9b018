import { Client, codeOf, Harness } from './harness';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/* Integrity rules a surveyor would check: preceptors hold a current license for the whole placement. */
describe('integrity: preceptor licenses', () => {
  let h: Harness;
  let admin: Client;
  let siteId: string;
  let enrollmentId: string;
  let preceptorUserId: string;
  const ADD = `mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id licenseExpiresOn } }`;
  const PLACE = `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id preceptorLicenseLapses } }`;

  beforeAll(async () => {
    h = await Harness.start();
    const a = await h.user('ADMIN');
    const programId = await h.program(a.id);
    admin = await h.signedIn(a.email);
    const [cohort] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, 'LIC-1', 'License cohort', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-100), day(200), day(-10), day(150)],
    );
    ({ enrollmentId } = await h.student(admin, cohort.id, { enrolledOn: day(-100) }));
    const site = await admin.gql(`mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`, {
      input: { programId, name: 'License Pharmacy', address: '9 Elm St, Springfield', setting: 'COMMUNITY', capacity: 5, agreementStartDate: day(-365), agreementEndDate: day(365) },
    });
    siteId = site.data!.createSite.id;
    preceptorUserId = (await h.user('PRECEPTOR')).id;
  });
  afterAll(() => h.stop());

  it('refuses a preceptor whose license has expired, writing nothing', async () => {
    const r = await admin.gql(ADD, { i: { siteId, userId: preceptorUserId, licenseNumber: 'RPH-EXP-1', licenseExpiresOn: day(-1) } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/^licenseExpiresOn: this license expired on \d{4}-\d{2}-\d{2}\. A preceptor needs a current license/);
    expect(await h.count('preceptors', 'user_id = $1', [preceptorUserId])).toBe(0);
  });

  it('refuses a placement that outlasts the preceptor’s license, and allows one within it', async () => {
    const added = await admin.gql(ADD, { i: { siteId, userId: preceptorUserId, licenseNumber: 'RPH-OK-1', licenseExpiresOn: day(30) } });
    const preceptorId = added.data!.addPreceptor.id;
    const place = (endDate: string) => admin.gql(PLACE, { i: { enrollmentId, siteId, preceptorId, startDate: day(1), endDate, plannedHours: 120 } });
    const long = await place(day(60));
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].message).toMatch(/license expires on .+, before this placement ends on .+ Record the renewed license first, or choose another preceptor\./);
    expect(await h.count('placements', 'enrollment_id = $1', [enrollmentId])).toBe(0);
    const ok = await place(day(28));
    expect(ok.data!.createPlacement.preceptorLicenseLapses).toBe(false);
  });

  it('flags existing placements whose preceptor’s license ends before they do', async () => {
    // A license recorded as ending sooner after the placement was made (or a placement from before the rule).
    await h.ds.query(`UPDATE preceptors SET license_expires_on = $1 WHERE user_id = $2`, [day(10), preceptorUserId]);
    const r = await admin.gql(`query($f: PlacementFilter) { placements(first: 5, filter: $f) { edges { node { preceptorLicenseLapses } } } }`, { f: { enrollmentId } });
    expect(r.data!.placements.edges.map((e: { node: { preceptorLicenseLapses: boolean } }) => e.node.preceptorLicenseLapses)).toEqual([true]);
  });
});
