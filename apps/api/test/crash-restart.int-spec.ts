/*
 * Crash safety of the embedded default database, end to end: the BUILT API (`npm test` builds
 * first) started as `npm start` does, on the embedded PostgreSQL in a temporary PTP_DATA_DIR.
 * Only processes are spawned here; AppModule is never imported (see api.int-spec.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:net';
import { Client } from 'pg';
import { alive, Gql, Sandbox, waitFor } from './crash-helpers';

const DIRECTOR = { email: 'director@demo.ptp.test', password: 'PharmTech!2026' };
const COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id code name } }`;
const PHONE = `mutation($input: UpdateStudentInput!) { updateStudent(input: $input) { id phone } }`;

jest.setTimeout(120_000);

describe('crash and restart of the built API on the embedded database', () => {
  let box: Sandbox;
  let api: Awaited<ReturnType<Sandbox['startApi']>>;
  let programId: string;
  let studentId: string;
  const cohorts: { id: string; code: string; name: string }[] = [];

  const signIn = async (): Promise<Gql> => {
    const c = box.client();
    await c.login(DIRECTOR.email, DIRECTOR.password);
    return c;
  };
  const phoneOf = async (c: Gql) => (await c.q(`query($id: ID!) { student(id: $id) { phone } }`, { id: studentId })).student.phone as string | null;
  const createCohort = async (c: Gql, n: string) =>
    (
      await c.q(COHORT, {
        input: { programId, code: `CR-${n}`, name: `Crash test ${n}`, startDate: '2027-01-04', externshipStartDate: '2027-05-03', externshipEndDate: '2027-06-25', expectedEndDate: '2027-06-30' },
      })
    ).createCohort as { id: string; code: string; name: string };

  beforeAll(async () => {
    box = await Sandbox.create();
    api = await box.startApi();
    const c = await signIn();
    programId = (await c.q(`{ programs(first: 1) { edges { node { id } } } }`)).programs.edges[0].node.id;
    studentId = (await c.q(`{ students(first: 1) { edges { node { id } } } }`)).students.edges[0].node.id;
  });

  afterAll(async () => {
    await box?.cleanup();
  });

  it('after kill -9 of the API the same start command takes over the orphaned PostgreSQL, and every acknowledged write reads back', async () => {
    const c = await signIn();
    const stamp = Date.now().toString(36).toUpperCase();
    for (const n of [1, 2, 3]) cohorts.push(await createCohort(c, `${stamp}-${n}`));
    await c.q(PHONE, { input: { id: studentId, phone: '+1 555 010 0001' } });

    const orphan = box.postmasterPid() as number;
    api.child.kill('SIGKILL');
    await waitFor('the API to die', 10_000, () => api.child.exitCode !== null || api.child.signalCode !== null);
    expect(alive(orphan)).toBe(true); // the tester's situation: PostgreSQL kept running

    api = await box.startApi();
    expect(api.output()).toContain(`Found the embedded PostgreSQL (pid ${orphan}) still running`);
    expect(alive(orphan)).toBe(false);
    const again = await signIn();
    for (const k of cohorts) {
      expect((await again.q(`query($id: ID!) { cohort(id: $id) { id code name } }`, { id: k.id })).cohort).toEqual(k);
    }
    expect(await phoneOf(again)).toBe('+1 555 010 0001');
  });

  it('PostgreSQL killed under the running API is restarted: /health is 200 again and writes work', async () => {
    const before = box.postmasterPid() as number;
    process.kill(before, 'SIGKILL');
    await waitFor('a new PostgreSQL', 30_000, () => {
      const now = box.postmasterPid();
      return !!now && now !== before && alive(now);
    });
    await waitFor('/health to answer 200 again', 30_000, async () => (await box.health()) === 200);
    expect(api.output()).toMatch(/Embedded PostgreSQL stopped unexpectedly \(killed by SIGKILL\)/);
    expect(api.output()).toMatch(/Embedded PostgreSQL restarted \(pid \d+, attempt 1\)/);

    const c = await signIn();
    await c.q(PHONE, { input: { id: studentId, phone: '+1 555 010 0002' } });
    expect(await phoneOf(await signIn())).toBe('+1 555 010 0002');
  });

  it('db:backup, a change, db:restore: the data is back; restore needs --yes without a terminal and refuses while the API runs', async () => {
    const backup = await box.cli(['backup']);
    expect(backup.code).toBe(0);
    const file = /(\/\S+\/backups\/ptp-[\w-]+\.dump)/.exec(backup.output)?.[1];
    expect(file).toBeDefined();

    const c = await signIn();
    await c.q(PHONE, { input: { id: studentId, phone: '+1 555 010 0003' } });
    const later = await createCohort(c, `${Date.now().toString(36).toUpperCase()}-LATE`);

    const busy = await box.cli(['restore', file as string, '--yes']);
    expect(busy.code).toBe(1);
    expect(busy.output).toContain('Refusing to restore: the portal');

    // Clean shutdown stops PostgreSQL exactly once.
    const pg = box.postmasterPid() as number;
    const logged = api.output().length;
    api.child.kill('SIGTERM');
    await waitFor('the API to stop', 30_000, () => api.child.exitCode !== null);
    expect(api.child.exitCode).toBe(0);
    expect(api.output().slice(logged).match(/Embedded PostgreSQL stopped/g)).toHaveLength(1);
    expect(alive(pg)).toBe(false);

    const unconfirmed = await box.cli(['restore', file as string]);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.output).toContain('Refusing to restore without confirmation');

    const restored = await box.cli(['restore', file as string, '--yes']);
    expect(restored.output).toContain('Restored');
    expect(restored.code).toBe(0);

    api = await box.startApi();
    const after = await signIn();
    expect(await phoneOf(after)).toBe('+1 555 010 0002');
    const codes = (await after.q(`query($p: ID!) { cohorts(first: 100, filter: { programId: $p }) { edges { node { code } } } }`, { p: programId })).cohorts.edges.map(
      (e: { node: { code: string } }) => e.node.code,
    );
    expect(codes).toEqual(expect.arrayContaining(cohorts.map((k) => k.code)));
    expect(codes).not.toContain(later.code);
  });

  it('a start that cannot get its port says so in one clear message (never `undefined`)', async () => {
    api.child.kill('SIGTERM');
    await waitFor('the API to stop', 30_000, () => api.child.exitCode !== null);
    const holder: Server = createServer();
    await new Promise<void>((r) => holder.listen(box.pgPort, '127.0.0.1', () => r()));
    try {
      const run = box.spawnNode('main.js', ['--migrate', '--seed']);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`could not listen on port ${box.pgPort}: another program is using it`);
      expect(run.output()).not.toMatch(/^undefined$/m);
    } finally {
      await new Promise((r) => holder.close(r));
    }
  });

  it('with DATABASE_URL, db:backup and db:restore work on that server (pg_dump custom format when a matching client is installed)', async () => {
    const server = process.env.DATABASE_URL as string;
    const name = `ptp_crash_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString() };
    const db = new Client({ connectionString: url.toString() });
    try {
      expect((await box.cli(['migrate'], env)).code).toBe(0);
      const file = `${box.root}/url-backup.dump`;
      const backup = await box.cli(['backup', file], env);
      expect(backup.code).toBe(0);
      expect(backup.output).toContain(file);
      await db.connect();
      const summary = async () => (await db.query(`SELECT summary FROM competencies WHERE code = '1.1E'`)).rows[0]?.summary as string;
      const before = await summary();
      expect(before).toBeTruthy();
      await db.query(`UPDATE competencies SET summary = 'changed after the backup' WHERE code = '1.1E'`);
      const restored = await box.cli(['restore', file, '--yes'], env);
      expect(restored.code).toBe(0);
      expect(await summary()).toBe(before);
    } finally {
      await db.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
