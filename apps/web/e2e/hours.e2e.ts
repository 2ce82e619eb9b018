import { expect, Page, test } from '@playwright/test';
import { addDays, demoDate, entryDayLabel, programToday, signedInPage, weekday } from './support';

/**
 * Sam Rivera's placement at Walgreens #4471 (seed: placement 14). His seeded entries (as written,
 * moved by demoDate): externship shifts Mon/Wed/Fri from Nov 2 to Nov 20, lab evenings Tue/Thu
 * until Nov 12, didactic weekdays until September; nothing on weekends.
 */
const PLACEMENT = { start: demoDate('2026-11-02'), end: demoDate('2026-12-18'), site: 'Walgreens #4471' };
const LAST_SEEDED_LAB_DAY = demoDate('2026-11-12');

/**
 * The most recent day, up to yesterday (so the shift has surely happened in any zone), inside the
 * placement and without a seeded entry: a weekend, or a Tuesday/Thursday after the lab ended.
 * After the placement is over (CI on a later date) this is its last free day.
 */
function freeShiftDay(today: string): string {
  const yesterday = addDays(today, -1);
  for (let day = yesterday < PLACEMENT.end ? yesterday : PLACEMENT.end; day >= PLACEMENT.start; day = addDays(day, -1)) {
    const dow = weekday(day);
    if (dow === 0 || dow === 6 || ((dow === 2 || dow === 4) && day > LAST_SEEDED_LAB_DAY)) return day;
  }
  throw new Error(`No free day in Sam's placement before ${today}: the placement starts ${PLACEMENT.start}.`);
}

/** Approved experiential hours, read from the progress bar's accessible name. */
async function approvedExperientialHours(page: Page): Promise<number> {
  await page.goto('/progress');
  const bar = page.getByRole('progressbar', { name: /^Experiential: / });
  await expect(bar).toBeVisible();
  const label = (await bar.getAttribute('aria-label')) ?? '';
  const match = /^Experiential: ([\d.]+) of ([\d.]+) h approved/.exec(label);
  expect(match, `progress bar label "${label}"`).not.toBeNull();
  return Number(match?.[1]);
}

test('a student logs a shift, the preceptor approves it, and the student’s progress grows', async ({ browser }) => {
  test.slow(); // three people sign in one after the other
  const day = freeShiftDay(programToday());
  const dayLabel = entryDayLabel(day);
  const note = `Filled and labelled prescriptions, restocked the will-call shelves (${day})`;

  // The student logs a four-hour shift.
  const student = await signedInPage(browser, 'student@demo.ptp.test');
  const before = await approvedExperientialHours(student);

  await student.goto('/hours/log');
  await expect(student.getByRole('heading', { name: 'Log hours', level: 1 })).toBeVisible();
  const form = student.getByRole('form', { name: 'Log hours' });
  await form.getByRole('textbox', { name: 'Kind of hours' }).click();
  await student.getByRole('option', { name: 'Experiential' }).click();
  await form.getByRole('textbox', { name: 'Placement' }).click();
  await student.getByRole('option', { name: new RegExp(PLACEMENT.site) }).click();
  await form.getByLabel('Date').fill(day);
  await form.getByLabel('Start time').fill('09:00');
  await form.getByLabel('End time').fill('13:00');
  await expect(form.getByText('Duration: 4:00 (4 h)')).toBeVisible();
  await form.getByLabel('Activity note').fill(note);
  await form.getByRole('button', { name: 'Log hours' }).click();
  await expect(student.getByRole('alert').filter({ hasText: 'Hours logged' })).toBeVisible();
  await expect(form.getByRole('alert')).toHaveCount(0);

  // It is listed as waiting for review.
  await student.goto('/hours');
  const logged = student.getByRole('row').filter({ hasText: dayLabel }).filter({ hasText: '9:00 AM – 1:00 PM' });
  await expect(logged).toHaveCount(1);
  await expect(logged.getByText('Waiting for review')).toBeVisible();
  await expect(logged.getByText(PLACEMENT.site)).toBeVisible();
  await student.context().close();

  // The preceptor approves that one entry (others wait in the same queue).
  const preceptor = await signedInPage(browser, 'preceptor@demo.ptp.test');
  await preceptor.goto('/review');
  const queue = preceptor.getByRole('table', { name: 'Entries to review' });
  const row = queue.getByRole('row').filter({ hasText: note });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: `Approve Sam Rivera, ${dayLabel}` }).click();
  await expect(preceptor.getByRole('alert').filter({ hasText: 'Entry approved' })).toBeVisible();
  await expect(queue.getByRole('row').filter({ hasText: note })).toHaveCount(0);
  await expect(queue.getByRole('button', { name: /^Approve Sam Rivera, / }).first()).toBeVisible(); // the rest still wait
  await preceptor.context().close();

  // Back as the student: the entry is approved and counts, four more approved hours.
  const again = await signedInPage(browser, 'student@demo.ptp.test');
  await again.goto('/hours');
  await expect(again.getByRole('row').filter({ hasText: dayLabel }).getByText('Approved')).toBeVisible();
  expect(await approvedExperientialHours(again)).toBe(before + 4);
  await again.screenshot({ path: test.info().outputPath('progress.png'), fullPage: true });
  await again.context().close();
});
