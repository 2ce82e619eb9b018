import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yFindings, PROGRAM_TIME_ZONE, signIn } from './support';

const PHONE = { width: 390, height: 844 };

test('on a phone the preceptor reviews from a card list grouped by student, thumb-sized, nothing off screen', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: PROGRAM_TIME_ZONE, viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await signIn(page, 'preceptor@demo.ptp.test');
  await page.goto('/review');

  const list = page.getByRole('list', { name: 'Entries to review by student' });
  await expect(list).toBeVisible();
  await expect(page.getByRole('table', { name: 'Entries to review' })).toHaveCount(0);
  // No sideways scrolling: the page is no wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  const cards = list.getByRole('listitem');
  const first = cards.first();
  await expect(first.getByText(/^\d+:\d\d pending$/)).toBeVisible();
  const approve = first.getByRole('button', { name: /^Approve (?!all)/ }).first();
  for (const button of [approve, first.getByRole('button', { name: /^Ask for info / }).first(), first.getByRole('button', { name: /^Reject / }).first()]) {
    const box = await button.boundingBox();
    expect(box, 'the button is laid out').not.toBeNull();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  }
  await expectNoSeriousA11yFindings(page, 'the review card list');

  // A dialog open: its close button is named, nothing serious is found, and Escape closes it.
  await first.getByRole('button', { name: /^Ask for info / }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Ask for more information' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close dialog' })).toBeVisible();
  await expectNoSeriousA11yFindings(page, 'the review card list with the ask-for-info dialog open');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Approve one entry from its card.
  const name = ((await approve.getAttribute('aria-label')) ?? '').replace(/^Approve /, '');
  await approve.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Entry approved' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Approve ${name}`, exact: true })).toHaveCount(0);

  // Approve all of one student's waiting entries: the toast counts them, the card leaves the queue.
  const all = list.getByRole('button', { name: /^Approve all for this student: / }).last();
  const [, student, count] = /^Approve all for this student: (.+), (\d+) entries$/.exec((await all.getAttribute('aria-label')) ?? '') ?? [];
  expect(Number(count)).toBeGreaterThan(1);
  await all.click();
  await expect(page.getByRole('alert').filter({ hasText: `${count} entries approved` })).toBeVisible();
  await expect(list.getByRole('listitem', { name: student })).toHaveCount(0);
  await expectNoSeriousA11yFindings(page, 'the review card list with a toast shown');
  await page.screenshot({ path: test.info().outputPath('review-phone.png'), fullPage: true });
  await context.close();
});
