import { addDays, todayIn } from '@ptp/shared';
import { pdfText } from './pdf-text';
import { NotificationJobs } from '../src/modules/notification/notification-jobs.service';
import { Client, codeOf, Harness } from './harness';

// The program below is in UTC: its "today" is the UTC date.
const day = (offset: number) => addDays(todayIn('UTC'), offset);
const SAVE = `mutation($i: SaveEvaluationInput!) { saveEvaluation(input: $i) { id status kind comment submittedAt answers { itemId rating comment } } }`;
const ACK = `mutation($i: AcknowledgeEvaluationInput!) { acknowledgeEvaluation(input: $i) { id acknowledgedAt acknowledgementComment } }`;
const SUMMARY = `query($i: EvaluationSummaryInput!) { evaluationSummary(input: $i) { kind responses minimumResponses hidden items { prompt section average count } } }`;
const SLOTS = `query($id: ID!) { enrollment(id: $id) { evaluations { kind dueOn due overdue open submitted evaluation { id status } } } }`;

interface Item { id: string; prompt: string }

describe('evaluations: forms, preceptor evaluations, site evaluations', () => {
  let h: Harness;
  let admin: Client, teacher: Client, outsiderTeacher: Client, preceptor: Client, otherPreceptor: Client;
  let students: Client[];
  let programId: string, cohortId: string, siteId: string;
  let placements: string[], enrollments: string[];
  let preceptorItems: Item[], siteItems: Item[];
  let studentUserIds: string[];

  const answersFor = (items: Item[], rating: (i: number) => number, comment?: (i: number) => string | null) =>
    items.map((it, i) => ({ itemId: it.id, rating: rating(i), comment: comment?.(i) ?? null }));

  beforeAll(async () => {
    h = await Harness.start();
    const [a, t, t2, p, p2, ...ss] = await Promise.all([
      h.user('ADMIN'), h.user('INSTRUCTOR'), h.user('INSTRUCTOR'), h.user('PRECEPTOR', 'Paula Preceptor'), h.user('PRECEPTOR'),
      h.user('STUDENT', 'Ana Able'), h.user('STUDENT', 'Ben Baker'), h.user('STUDENT', 'Cy Cole'), h.user('STUDENT', 'Di Dunn'),
    ]);
    studentUserIds = ss.map((s) => s.id);
    admin = await h.signedIn(a.email);
    [teacher, outsiderTeacher, preceptor, otherPreceptor, ...students] = await Promise.all([t, t2, p, p2, ...ss].map((u) => h.signedIn(u.email)));
    const created = await admin.gql(`mutation { createProgram(input: { name: "Evaluation Program", level: ENTRY, timeZone: "UTC" }) { id } }`);
    programId = created.data!.createProgram.id;
    const [c] = await h.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date) VALUES ($1, 'EVAL-C', 'Eval cohort', $2, $3, $4, $5) RETURNING id`,
      [programId, day(-200), day(200), day(-90), day(90)],
    );
    cohortId = c.id;
    await h.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [cohortId, t.id]);
    const site = async (name: string, userId: string) => {
      const r = await admin.gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, {
        i: { programId, name, address: '1 Oak St, Town', setting: 'COMMUNITY', capacity: 6, agreementStartDate: day(-300), agreementEndDate: day(300) },
      });
      const pr = await admin.gql(`mutation($i: AddPreceptorInput!) { addPreceptor(input: $i) { id } }`, { i: { siteId: r.data!.createSite.id, userId, licenseNumber: `RPH-${name.length}`, licenseExpiresOn: day(300) } });
      return { siteId: r.data!.createSite.id as string, preceptorId: pr.data!.addPreceptor.id as string };
    };
    const main = await site('Oak Pharmacy', p.id);
    siteId = main.siteId;
    await site('Elm Pharmacy', p2.id);
    await h.ds.query(`UPDATE programs SET expired_compliance_policy = 'FLAG' WHERE id = $1`, [programId]);
    enrollments = [];
    placements = [];
    // Ana's placement is at its midpoint today; Ben's midpoint was 10 days ago (overdue); Cy and Di mid-way too.
    const spans: [number, number][] = [[-20, 20], [-40, 20], [-20, 20], [-20, 20]];
    for (const [i, s] of ss.entries()) {
      const { enrollmentId } = await h.student(teacher, cohortId, { userId: s.id, enrolledOn: day(-200), firstName: ['Ana', 'Ben', 'Cy', 'Di'][i], lastName: ['Able', 'Baker', 'Cole', 'Dunn'][i] });
      const placed = await teacher.gql(`mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id } }`, {
        i: { enrollmentId, siteId, preceptorId: main.preceptorId, startDate: day(spans[i][0]), endDate: day(spans[i][1]), plannedHours: 160 },
      });
      expect(placed.errors).toBeUndefined();
      enrollments.push(enrollmentId);
      placements.push(placed.data!.createPlacement.id);
    }
  });
  afterAll(() => h.stop());

  it('gives a new program the default preceptor and site forms: sections of rated items, ASHP codes, a 1–5 scale', async () => {
    const r = await teacher.gql(`query($id: ID!) { evaluationForms(programId: $id) { id kind title scale commentBelow ratings { value label } sections { title items { id prompt competencyCode } } } }`, { id: programId });
    expect(r.errors).toBeUndefined();
    const forms = r.data!.evaluationForms;
    expect(forms.map((f: { kind: string }) => f.kind)).toEqual(['PRECEPTOR', 'SITE']);
    const [pf, sf] = forms;
    expect(pf).toMatchObject({ scale: 'FIVE_POINT', commentBelow: 3 });
    expect(pf.ratings.map((x: { value: number }) => x.value)).toEqual([1, 2, 3, 4, 5]);
    expect(pf.sections.map((s: { title: string }) => s.title)).toEqual(['Professional behaviour', 'Technical skills']);
    expect(pf.sections[1].items.map((i: { competencyCode: string }) => i.competencyCode)).toContain('3.2E');
    preceptorItems = pf.sections.flatMap((s: { items: Item[] }) => s.items);
    siteItems = sf.sections.flatMap((s: { items: Item[] }) => s.items);
    expect(preceptorItems).toHaveLength(10);
    expect(siteItems).toHaveLength(6);
  });

  it('lets only the placement’s preceptor fill MIDTERM and FINAL; a draft may be partial; a refused save changes nothing', async () => {
    const partial = { placementId: placements[0], kind: 'MIDTERM', answers: answersFor(preceptorItems.slice(0, 3), () => 4), comment: 'Halfway', submit: false };
    for (const c of [otherPreceptor, teacher, students[0]]) {
      const r = await c.gql(SAVE, { i: partial });
      expect(['FORBIDDEN']).toContain(codeOf(r));
    }
    expect(codeOf(await admin.gql(SAVE, { i: partial }))).toBe('FORBIDDEN');
    expect(await h.count('evaluations', 'placement_id = $1', [placements[0]])).toBe(0);
    const draft = await preceptor.gql(SAVE, { i: partial });
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.saveEvaluation).toMatchObject({ status: 'DRAFT', kind: 'MIDTERM', comment: 'Halfway', submittedAt: null });
    expect(draft.data!.saveEvaluation.answers).toHaveLength(3);

    const incomplete = await preceptor.gql(SAVE, { i: { ...partial, submit: true } });
    expect(codeOf(incomplete)).toBe('BAD_USER_INPUT');
    expect(incomplete.errors![0].message).toMatch(/Item 4 \(.*\): choose a rating\./);
    const lowNoComment = await preceptor.gql(SAVE, { i: { ...partial, answers: answersFor(preceptorItems, (i) => (i === 0 ? 2 : 4)), submit: true } });
    expect(codeOf(lowNoComment)).toBe('BAD_USER_INPUT');
    expect(lowNoComment.errors![0].message).toMatch(/Item 1 \(.*\): a rating of "Needs improvement" needs a comment\./);
    const outOfScale = await preceptor.gql(SAVE, { i: { ...partial, answers: [{ itemId: preceptorItems[0].id, rating: 0 }] } });
    expect(outOfScale.errors![0].message).toMatch(/0 is not a rating of this scale/);
    const stored = await h.ds.query(`SELECT a.rating FROM evaluation_answers a JOIN evaluations e ON e.id = a.evaluation_id WHERE e.placement_id = $1`, [placements[0]]);
    expect(stored).toHaveLength(3);
    expect(await h.count('audit_events', `action = 'evaluation.save' AND entity_id = $1`, [draft.data!.saveEvaluation.id])).toBe(1);
  });

  it('submits and locks: a later save is a conflict, the database refuses edits, the student is notified', async () => {
    const answers = answersFor(preceptorItems, (i) => (i === 0 ? 2 : 4), (i) => (i === 0 ? 'Late twice in week two' : null));
    const r = await preceptor.gql(SAVE, { i: { placementId: placements[0], kind: 'MIDTERM', answers, comment: 'Solid first half', submit: true } });
    expect(r.errors).toBeUndefined();
    const ev = r.data!.saveEvaluation;
    expect(ev.status).toBe('SUBMITTED');
    expect(ev.submittedAt).not.toBeNull();
    const again = await preceptor.gql(SAVE, { i: { placementId: placements[0], kind: 'MIDTERM', answers, comment: 'Changed my mind', submit: false } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/submitted and is locked/);
    await expect(h.ds.query(`UPDATE evaluation_answers SET rating = 5 WHERE evaluation_id = $1`, [ev.id])).rejects.toThrow(/locked/);
    await expect(h.ds.query(`UPDATE evaluations SET comment = 'x' WHERE id = $1`, [ev.id])).rejects.toThrow(/locked/);
    await expect(h.ds.query(`DELETE FROM evaluations WHERE id = $1`, [ev.id])).rejects.toThrow(/locked/);
    expect((await h.ds.query(`SELECT comment FROM evaluations WHERE id = $1`, [ev.id]))[0].comment).toBe('Solid first half');
    expect(await h.count('notifications', `recipient_id = $1 AND kind = 'EVALUATION_SUBMITTED' AND subject_id = $2`, [studentUserIds[0], ev.id])).toBe(1);
    expect(await h.count('audit_events', `action = 'evaluation.submit' AND entity_id = $1`, [ev.id])).toBe(1);
  });

  it('lets the student read and acknowledge it once, with a comment; nobody else can acknowledge', async () => {
    const tasks = (await students[0].gql(`{ myEvaluationTasks { kind submitted evaluation { id status } } }`)).data!.myEvaluationTasks;
    const midterm = tasks.find((t: { kind: string }) => t.kind === 'MIDTERM');
    expect(midterm).toMatchObject({ submitted: true, evaluation: { status: 'SUBMITTED' } });
    const seen = await students[0].gql(`query($id: ID!) { evaluation(id: $id) { evaluatorName comment answers { rating comment } form { title } } }`, { id: midterm.evaluation.id });
    expect(seen.data!.evaluation).toMatchObject({ evaluatorName: 'Paula Preceptor', comment: 'Solid first half', form: { title: 'Preceptor evaluation of the student' } });
    expect(codeOf(await students[1].gql(`query($id: ID!) { evaluation(id: $id) { id } }`, { id: midterm.evaluation.id }))).toBe('FORBIDDEN');
    expect(codeOf(await outsiderTeacher.gql(`query($id: ID!) { evaluation(id: $id) { id } }`, { id: midterm.evaluation.id }))).toBe('FORBIDDEN');
    expect((await teacher.gql(`query($id: ID!) { evaluation(id: $id) { id } }`, { id: midterm.evaluation.id })).errors).toBeUndefined();

    expect(codeOf(await teacher.gql(ACK, { i: { evaluationId: midterm.evaluation.id } }))).toBe('FORBIDDEN');
    const ack = await students[0].gql(ACK, { i: { evaluationId: midterm.evaluation.id, comment: 'I have fixed my commute' } });
    expect(ack.errors).toBeUndefined();
    expect(ack.data!.acknowledgeEvaluation).toMatchObject({ acknowledgementComment: 'I have fixed my commute' });
    expect(codeOf(await students[0].gql(ACK, { i: { evaluationId: midterm.evaluation.id } }))).toBe('CONFLICT');
    const after = (await students[0].gql(`{ myEvaluationTasks { kind } }`)).data!.myEvaluationTasks;
    expect(after.map((t: { kind: string }) => t.kind)).not.toContain('MIDTERM');
  });

  it('counts a midterm overdue a week after the placement’s midpoint; lists it for the instructor', async () => {
    const ben = (await teacher.gql(SLOTS, { id: enrollments[1] })).data!.enrollment.evaluations;
    expect(ben.find((s: { kind: string }) => s.kind === 'MIDTERM')).toMatchObject({ dueOn: day(-10), due: true, overdue: true, submitted: false, evaluation: null });
    expect(ben.find((s: { kind: string }) => s.kind === 'FINAL')).toMatchObject({ dueOn: day(20), due: false, overdue: false });
    const ana = (await teacher.gql(SLOTS, { id: enrollments[0] })).data!.enrollment.evaluations;
    expect(ana.map((s: { kind: string }) => s.kind)).toEqual(['MIDTERM', 'FINAL']);
    expect(ana[0]).toMatchObject({ dueOn: day(0), overdue: false, submitted: true });
    const overdue = (await teacher.gql(`query($c: ID!) { cohortEvaluations(cohortId: $c, overdueOnly: true) { kind placementId } }`, { c: cohortId })).data!.cohortEvaluations;
    expect(overdue).toEqual([{ kind: 'MIDTERM', placementId: placements[1] }]);
    expect(codeOf(await outsiderTeacher.gql(`query($c: ID!) { cohortEvaluations(cohortId: $c) { kind } }`, { c: cohortId }))).toBe('FORBIDDEN');
    const preceptorTasks = (await preceptor.gql(`{ myEvaluationTasks { kind placementId overdue } }`)).data!.myEvaluationTasks;
    expect(preceptorTasks).toContainEqual({ kind: 'MIDTERM', placementId: placements[1], overdue: true });
    expect(preceptorTasks.some((t: { placementId: string; kind: string }) => t.placementId === placements[0] && t.kind === 'MIDTERM')).toBe(false);
    expect((await otherPreceptor.gql(`{ myEvaluationTasks { kind } }`)).data!.myEvaluationTasks).toEqual([]);
  });

  it('tells the preceptor once about an overdue evaluation, linking to the form', async () => {
    const overdue = () => h.ds.query(`SELECT recipient_id, subject_id, data FROM notifications WHERE kind = 'EVALUATION_OVERDUE' AND program_id = $1`, [programId]);
    const jobs = h.app.get(NotificationJobs);
    await jobs.runDailyChecks();
    const rows = await overdue();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject_id: placements[1], data: { kind: 'MIDTERM', studentName: 'Ben Baker', siteName: 'Oak Pharmacy', dueOn: day(-10) } });
    const inbox = (await preceptor.gql(`{ notifications(first: 5) { edges { node { title link } } } }`)).data!.notifications.edges.map((e: { node: unknown }) => e.node);
    expect(inbox).toContainEqual({ title: `The midterm evaluation of Ben Baker was due on ${new Date(`${day(-10)}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}`, link: `/evaluations/fill/${placements[1]}/MIDTERM` });
    await jobs.runDailyChecks();
    expect(await overdue()).toHaveLength(1);
  });

  it('keeps site evaluations anonymous: averages only from 3 responses, never one student’s answers or name to the preceptor', async () => {
    const submitSite = (n: number, rating: (i: number) => number) =>
      students[n].gql(SAVE, { i: { placementId: placements[n], kind: 'SITE', answers: answersFor(siteItems, rating, (i) => (rating(i) < 3 ? 'Too busy to teach' : null)), comment: `From student ${n}`, submit: true } });
    expect(codeOf(await preceptor.gql(SAVE, { i: { placementId: placements[0], kind: 'SITE', answers: [], submit: false } }))).toBe('FORBIDDEN');
    const first = await submitSite(0, () => 5);
    expect(first.errors).toBeUndefined();
    expect((await submitSite(2, () => 4)).errors).toBeUndefined();
    const siteEvalId = first.data!.saveEvaluation.id;

    for (const c of [preceptor, teacher]) {
      const two = (await c.gql(SUMMARY, { i: { kind: 'SITE', siteId } })).data!.evaluationSummary;
      expect(two).toEqual({ kind: 'SITE', responses: 2, minimumResponses: 3, hidden: true, items: [] });
      expect(codeOf(await c.gql(`query($id: ID!) { evaluation(id: $id) { id } }`, { id: siteEvalId }))).toBe('NOT_FOUND');
      expect(codeOf(await c.gql(`query($i: EvaluationSummaryInput!) { submittedEvaluations(input: $i) { id } }`, { i: { kind: 'SITE', siteId } }))).toBe('FORBIDDEN');
    }
    const preceptorSlots = (await preceptor.gql(SLOTS, { id: enrollments[0] })).data!.enrollment.evaluations;
    expect(preceptorSlots.map((s: { kind: string }) => s.kind)).toEqual(['MIDTERM', 'FINAL']);
    const adminTwo = (await admin.gql(SUMMARY, { i: { kind: 'SITE', siteId } })).data!.evaluationSummary;
    expect(adminTwo.hidden).toBe(false);

    expect((await submitSite(3, (i) => (i === 0 ? 2 : 3))).errors).toBeUndefined();
    const res = await preceptor.gql(SUMMARY, { i: { kind: 'SITE', siteId } });
    const three = res.data!.evaluationSummary;
    expect(three).toMatchObject({ responses: 3, hidden: false });
    expect(three.items).toHaveLength(6);
    expect(three.items[0]).toMatchObject({ section: 'The site', average: 3.67, count: 3 });
    expect(three.items[1]).toMatchObject({ average: 4, count: 3 });
    const raw = JSON.stringify(res.data);
    for (const name of ['Ana', 'Cy', 'Di', 'Too busy', 'From student']) expect(raw).not.toContain(name);

    const drill = await admin.gql(`query($i: EvaluationSummaryInput!) { submittedEvaluations(input: $i) { evaluatorName comment } }`, { i: { kind: 'SITE', siteId } });
    expect(drill.data!.submittedEvaluations.map((e: { evaluatorName: string }) => e.evaluatorName).sort()).toEqual(['Ana Able', 'Cy Cole', 'Di Dunn']);
    const cohortMidterms = (await teacher.gql(SUMMARY, { i: { kind: 'MIDTERM', cohortId } })).data!.evaluationSummary;
    expect(cohortMidterms).toMatchObject({ responses: 1, hidden: false });
    expect(cohortMidterms.items[0]).toMatchObject({ average: 2, count: 1 });
  });

  it('exports the evaluations item by item as CSV, in the disclosure log; site evaluations only for administrators', async () => {
    const get = (c: Client, query: string) => fetch(h.url.replace('/graphql', `/api/evaluations.csv?${query}`), { headers: { cookie: c.cookie! } });
    const before = await h.count('disclosure_events');
    const res = await get(admin, `kind=SITE&siteId=${siteId}&purpose=ASHP%20survey`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Student,Student number,Cohort,Site,Evaluation,Submitted,Evaluator,Section,Item,ASHP competency,Rating,Rating label,Comment,Overall comment,Acknowledged');
    expect(lines).toHaveLength(1 + 3 * 6);
    expect(lines.filter((l) => l.startsWith('Di Dunn,'))[0]).toContain(',2,Needs improvement,Too busy to teach,From student 3,');
    expect(await h.count('disclosure_events')).toBe(before + 1);
    const [row] = await h.ds.query(`SELECT action, purpose, student_count, program_ids FROM disclosure_events ORDER BY at DESC, id DESC LIMIT 1`);
    expect(row).toMatchObject({ action: 'EVALUATION_EXPORT_CSV', purpose: 'ASHP survey', student_count: 3, program_ids: [programId] });

    expect((await get(teacher, `kind=SITE&siteId=${siteId}`)).status).toBe(403);
    expect((await get(preceptor, `kind=MIDTERM&siteId=${siteId}`)).status).toBe(403);
    expect((await get(outsiderTeacher, `kind=MIDTERM&cohortId=${cohortId}`)).status).toBe(403);
    expect((await get(teacher, `kind=BOGUS&cohortId=${cohortId}`)).status).toBe(400);
    const midterms = await get(teacher, `kind=MIDTERM&cohortId=${cohortId}`);
    expect(midterms.status).toBe(200);
    const body = await midterms.text();
    expect(body).toContain('Ana Able');
    expect(body).toContain('Late twice in week two');
    expect(await h.count('disclosure_events')).toBe(before + 2);
  });

  it("puts the submitted preceptor evaluations in the student's record PDF, not their site evaluation", async () => {
    const res = await fetch(h.url.replace('/graphql', '/api/me/record.pdf'), { headers: { cookie: students[0].cookie! } });
    expect(res.status).toBe(200);
    // A long cell wraps: compare with the line breaks as spaces.
    const text = pdfText(Buffer.from(await res.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('Midterm evaluation, Oak Pharmacy');
    expect(text).toContain('Late twice in week two');
    expect(text).toContain('I have fixed my commute');
    expect(text).not.toContain('From student 0');
  });
  it('lets the program replace a form; evaluations already started keep theirs', async () => {
    const SAVE_FORM = `mutation($i: SaveEvaluationFormInput!) { saveEvaluationForm(input: $i) { id title scale commentBelow sections { title items { prompt competencyCode } } } }`;
    const form = {
      programId, kind: 'PRECEPTOR', title: 'Preceptor checklist', scale: 'MEETS', commentBelow: 1,
      sections: [{ title: 'Dispensing', items: [{ prompt: 'Counts accurately', competencyCode: '3.2E' }, { prompt: 'Labels correctly' }] }],
    };
    expect(codeOf(await teacher.gql(SAVE_FORM, { i: form }))).toBe('FORBIDDEN');
    const advanced = await admin.gql(SAVE_FORM, { i: { ...form, sections: [{ title: 'Dispensing', items: [{ prompt: 'Compounds sterile products', competencyCode: '3.1A' }] }] } });
    expect(advanced.errors![0].message).toBe('sections: 3.1A is not a competency the program adopted.');
    expect(codeOf(await admin.gql(SAVE_FORM, { i: { ...form, commentBelow: 3 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await admin.gql(SAVE_FORM, { i: { ...form, sections: [] } }))).toBe('BAD_USER_INPUT');
    const before = await h.count('evaluation_forms', 'program_id = $1', [programId]);
    const saved = await admin.gql(SAVE_FORM, { i: form });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveEvaluationForm).toMatchObject({ title: 'Preceptor checklist', scale: 'MEETS', sections: [{ title: 'Dispensing', items: [{ prompt: 'Counts accurately', competencyCode: '3.2E' }, { prompt: 'Labels correctly', competencyCode: null }] }] });
    expect(await h.count('evaluation_forms', 'program_id = $1', [programId])).toBe(before + 1);
    const forms = (await teacher.gql(`query($id: ID!) { evaluationForms(programId: $id) { kind title } }`, { id: programId })).data!.evaluationForms;
    expect(forms).toEqual([{ kind: 'PRECEPTOR', title: 'Preceptor checklist' }, { kind: 'SITE', title: 'Student evaluation of the site and preceptor' }]);
    const final = (await preceptor.gql(`query($p: ID!) { evaluationToFill(placementId: $p, kind: FINAL) { form { title ratings { label } } } }`, { p: placements[0] })).data!.evaluationToFill;
    expect(final.form).toEqual({ title: 'Preceptor checklist', ratings: [{ label: 'Does not meet' }, { label: 'Meets' }] });
    const midterm = (await h.ds.query(`SELECT id FROM evaluations WHERE placement_id = $1 AND kind = 'MIDTERM'`, [placements[0]]))[0].id;
    const kept = (await teacher.gql(`query($id: ID!) { evaluation(id: $id) { form { title } } }`, { id: midterm })).data!.evaluation;
    expect(kept.form.title).toBe('Preceptor evaluation of the student');
    expect(await h.count('audit_events', `action = 'evaluation_form.save' AND program_id = $1`, [programId])).toBe(1);
  });
});
