import { Harness, programDay } from './harness';

const day = programDay;

/**
 * A program with a cohort whose externship window covers today (days `window` from today), a
 * site, a preceptor working there, an admin and an instructor, all signed in.
 */
export async function externship(h: Harness, opts: { name?: string; window?: [number, number] } = {}) {
  const name = opts.name ?? 'Integrity';
  const [from, to] = opts.window ?? [-60, 200];
  const [a, t, p] = await Promise.all([h.user('ADMIN'), h.user('INSTRUCTOR'), h.user('PRECEPTOR')]);
  const programId = await h.program(a.id);
  const [{ id: cohortId }] = await h.ds.query(
    `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
     VALUES ($1, 'INT-' || substr(md5(random()::text), 1, 6), $2, $3, $4, $5, $6) RETURNING id`,
    [programId, `${name} cohort`, day(-200), day(300), day(from), day(to)],
  );
  await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [cohortId, t.id]);
  const [admin, teacher, preceptor] = await Promise.all([h.signedIn(a.email), h.signedIn(t.email), h.signedIn(p.email)]);
  const site = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, {
    i: { programId, name: `${name} Pharmacy`, address: '1 Main St, Springfield, IL', setting: 'COMMUNITY', capacity: 10, agreementStartDate: day(-365), agreementEndDate: day(365) },
  });
  const siteId = site.data!.createSite.id as string;
  const pr = await admin.gql(`mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`, { i: { siteId, userId: p.id, licenseNumber: 'RPH-77', licenseExpiresOn: day(400) } });
  return { programId, cohortId, siteId, preceptorId: pr.data!.addPreceptor.id as string, admin, teacher, preceptor, adminId: a.id };
}
