import { Client, Harness } from './harness';

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
