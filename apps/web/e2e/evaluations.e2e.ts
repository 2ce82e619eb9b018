import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yFindings, PROGRAM_TIME_ZONE, signedInPage, signIn } from './support';

// The API's tests read PDFs with the same helper; it is CommonJS (apps/api), these flows are ESM.
const { pdfText } = createRequire(import.meta.url)('../../api/test/pdf-text.ts') as typeof import('../../api/test/pdf-text');

const PHONE = { width: 390, height: 844 };
/** The demo's community site (seed: site 1), where Sam Rivera is placed with Priya Preceptor and two spring students left site evaluations. */
const SITE_ID = 'd0000000-0000-4000-8000-000900000001';
const SITE_NAME = 'Walgreens #4471 — Riverside';

test('the preceptor fills a midterm on a phone, the student acknowledges it and evaluates the site, the averages appear at three, and the record PDF has it all', async ({ browser }) => {
  test.setTimeout(120_000);
  const note = `Double-checks every count (${Date.now()})`;

  // 1. The instructor sees no averages yet: two site evaluations keep them hidden.
  const instructor = await signedInPage(browser, 'instructor@demo.ptp.test');
  await instructor.goto(`/sites/${SITE_ID}`);
  const averages = instructor.getByRole('region', { name: 'Evaluations' });
  await expect(averages.getByText(/Averages appear once 3 students have evaluated this site.*\(2 so far\)/)).toBeVisible();

  // 2. The preceptor, on a phone, fills Sam's midterm from the evaluations list.
  const context = await browser.newContext({ timezoneId: PROGRAM_TIME_ZONE, viewport: PHONE, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  await signIn(phone, 'preceptor@demo.ptp.test');
  await phone.goto('/evaluations');
  await phone.getByRole('link', { name: 'Fill the evaluation: midterm evaluation, Sam Rivera' }).click();
  await expect(phone.getByRole('heading', { name: 'Midterm evaluation: Sam Rivera' })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const groups = phone.getByRole('radiogroup');
  const count = await groups.count();
  expect(count).toBe(10);
  for (let i = 0; i < count; i++) {
    const option = groups.nth(i).getByRole('radio', { name: i === 0 ? '2: Needs improvement' : '4: Exceeds expectations' });
    const box = await option.boundingBox();
    expect(box!.height, 'a thumb-sized choice').toBeGreaterThanOrEqual(44);
    await option.click();
  }
  // A low rating needs a comment: the form says so beside the item and sends nothing.
  await phone.getByRole('button', { name: 'Submit evaluation' }).click();
  await expect(phone.getByText('A rating of "Needs improvement" needs a comment.')).toBeVisible();
  await expect(phone.getByRole('dialog')).toHaveCount(0);
  await phone.getByLabel(/^Comment on: Arrives on time/).fill('Late twice in the second week; on time since.');
  await phone.getByLabel('Overall comment').fill(note);
  await expectNoSeriousA11yFindings(phone, 'the evaluation form on a phone');
  await phone.getByRole('button', { name: 'Submit evaluation' }).click();
  const confirm = phone.getByRole('dialog', { name: 'Submit this evaluation?' });
  await confirm.getByRole('button', { name: 'Submit evaluation' }).click();
  await expect(phone).toHaveURL(/\/evaluations$/);
  await expect(phone.getByText('Midterm evaluation submitted')).toBeVisible();
  await phone.screenshot({ path: test.info().outputPath('preceptor-phone.png'), fullPage: true });
  await context.close();

  // 3. The student reads and acknowledges it, then evaluates the site.
  const student = await signedInPage(browser, 'student@demo.ptp.test');
  await student.goto('/evaluations');
  await student.getByRole('link', { name: 'Read and acknowledge' }).click();
  await expect(student.getByText(note)).toBeVisible();
  await expect(student.getByText('“Late twice in the second week; on time since.”')).toBeVisible();
  const ack = student.getByRole('form', { name: 'Acknowledge this evaluation' });
  await ack.getByLabel('Your comment (optional)').fill('I now take the earlier bus.');
  await ack.getByRole('button', { name: 'Acknowledge evaluation' }).click();
  await expect(student.getByText(/^Acknowledged by the student/)).toBeVisible();

  await student.goto('/evaluations');
  await student.getByRole('link', { name: `Fill the evaluation: site and preceptor evaluation, ${SITE_NAME}` }).click();
  await expect(student.getByText('Your answers are anonymous to the site')).toBeVisible();
  const siteGroups = student.getByRole('radiogroup');
  for (let i = 0; i < (await siteGroups.count()); i++) await siteGroups.nth(i).getByRole('radio', { name: '5: Outstanding' }).click();
  await student.getByRole('button', { name: 'Submit evaluation' }).click();
  await student.getByRole('dialog', { name: 'Submit this evaluation?' }).getByRole('button', { name: 'Submit evaluation' }).click();
  await expect(student.getByText('Site and preceptor evaluation submitted')).toBeVisible();

  // 4. With the third response, the site page shows the averages.
  await instructor.reload();
  await expect(averages.getByText('Average rating of 3 submitted evaluations, per item.')).toBeVisible();
  const table = averages.getByRole('table', { name: 'Site and preceptor evaluation: average per item' });
  await expect(table.getByRole('row')).toHaveCount(7);
  await instructor.screenshot({ path: test.info().outputPath('site-averages.png'), fullPage: true });

  // 5. The student's record PDF carries their hours and the evaluation.
  await student.goto('/me');
  const downloadPromise = student.waitForEvent('download');
  await student.getByRole('button', { name: 'Download PDF' }).click();
  const pdf = await readFile(await (await downloadPromise).path());
  // A long cell wraps: compare with the line breaks as spaces.
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  expect(text).toContain('Student record: Sam Rivera');
  expect(text).toMatch(/Approved hours: \d+\.\d\d of \d+\.\d\d required/);
  expect(text).toContain('Midterm evaluation, Walgreens');
  expect(text).toContain('I now take the earlier bus.');
});
