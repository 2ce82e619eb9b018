import { expect, Page, test } from '@playwright/test';
import { demoDate, emailsTo, entryDayLabel, signedInPage } from './support';

/** Sam Rivera's seeded Friday shift of Nov 20 (as written), still waiting for review (seed: placement 14). */
const SHIFT_DAY = demoDate('2026-11-20');
const STUDENT = 'student@demo.ptp.test';

async function unreadOnBell(page: Page): Promise<number> {
  const bell = page.getByRole('link', { name: /^Notifications, / });
  await expect(bell).toBeVisible();
  const label = (await bell.getAttribute('aria-label')) ?? '';
  return label.endsWith('none unread') ? 0 : Number(/(\d+) unread$/.exec(label)?.[1]);
}

test('the preceptor sends an entry back: the student’s bell counts it, the inbox opens the entry, and the email carries the comment', async ({ browser }) => {
  test.setTimeout(240_000); // the email goes out with the next run of the minute-by-minute dispatcher
  const comment = `Which pharmacist verified the counts on ${SHIFT_DAY}? (${Date.now()})`;

  const before = await signedInPage(browser, STUDENT);
  const unreadBefore = await unreadOnBell(before);
  await before.context().close();

  const preceptor = await signedInPage(browser, 'preceptor@demo.ptp.test');
  await preceptor.goto('/review');
  const queue = preceptor.getByRole('table', { name: 'Entries to review' });
  await queue.getByRole('button', { name: `Ask for info Sam Rivera, ${entryDayLabel(SHIFT_DAY)}` }).click();
  const dialog = preceptor.getByRole('dialog', { name: 'Ask for more information' });
  await dialog.getByLabel('What should the student add or correct?').fill(comment);
  await dialog.getByRole('button', { name: 'Send back to student' }).click();
  await expect(preceptor.getByRole('alert').filter({ hasText: 'Sent back to the student' })).toBeVisible();
  await preceptor.context().close();

  const student = await signedInPage(browser, STUDENT);
  expect(await unreadOnBell(student)).toBe(unreadBefore + 1);
  await student.getByRole('link', { name: /^Notifications, / }).click();
  const item = student.getByRole('listitem').filter({ hasText: comment });
  await expect(item).toHaveCount(1);
  await expect(item.getByText('Unread')).toBeVisible();
  await student.screenshot({ path: test.info().outputPath('inbox.png'), fullPage: true });
  await item.getByRole('link', { name: /were sent back for more information$/ }).click();
  await expect(student).toHaveURL(/\/hours/);
  const resubmit = student.getByRole('dialog', { name: 'Resubmit entry' });
  await expect(resubmit.getByText(comment)).toBeVisible();
  await resubmit.screenshot({ path: test.info().outputPath('resubmit-from-notification.png') });
  await student.goto('/notifications');
  expect(await unreadOnBell(student)).toBe(unreadBefore);
  await student.goto('/notifications/preferences');
  await expect(student.getByRole('checkbox', { name: 'Hours sent back for more information' })).toBeChecked();
  await student.screenshot({ path: test.info().outputPath('preferences.png'), fullPage: true });
  await student.context().close();

  // The dev mail folder gets the student's email (sent by the background jobs), with the comment.
  await expect
    .poll(async () => (await emailsTo(STUDENT).catch(() => [])).filter((m) => m.includes(comment)).length, { timeout: 200_000, intervals: [5_000] })
    .toBe(1);
  const [email] = (await emailsTo(STUDENT)).filter((m) => m.includes(comment));
  // The email names the day without its year: "Fri, Nov 20".
  expect(email).toContain(`Your hours of ${entryDayLabel(SHIFT_DAY).replace(/, \d{4}$/, '')} (8 h 30 min) were sent back for more information.`);
  expect(email).toMatch(/\/hours\?entry=[0-9a-f-]{36}/);
  expect(email).toContain('/notifications/preferences');
});
