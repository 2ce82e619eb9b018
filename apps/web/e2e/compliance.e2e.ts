import { expect, Locator, Page, test } from '@playwright/test';
import { addDays, dateLabel, programToday, signedInPage, tinyPdf } from './support';

/**
 * Sam Rivera's BLS/CPR card (seed: verified, expiring demoDate('2026-12-12'), 5 to 11 days after
 * the day it is seeded) is about to expire, or has expired on a database seeded longer ago: he
 * uploads the renewed card, an instructor verifies it.
 */
const ITEM = 'BLS/CPR card';
const VALIDITY_MONTHS = 24;

function itemRow(page: Page, item: string): Locator {
  return page
    .getByRole('table', { name: 'Compliance items' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: item, exact: true }) });
}

/** The card is valid through the day before the same date 24 months later. */
function validThrough(completedOn: string): string {
  const [y, m, d] = completedOn.split('-').map(Number);
  const end = new Date(Date.UTC(y + VALIDITY_MONTHS / 12, m - 1, d));
  return addDays(end.toISOString().slice(0, 10), -1);
}

test('a student uploads a renewed card, an instructor verifies it, and the student sees it valid', async ({ browser }) => {
  test.slow(); // three people sign in one after the other
  // Yesterday: never "in the future", whatever the zone of the browser, the API or CI.
  const completedOn = addDays(programToday(), -1);

  // The student uploads the renewed card from the Compliance tab of their home page.
  const student = await signedInPage(browser, 'student@demo.ptp.test');
  await expect(student).toHaveURL(/\/me$/);
  await expect(student.getByRole('tab', { name: 'Compliance', selected: true })).toBeVisible();
  const row = itemRow(student, ITEM);
  await expect(row.getByText(/^Expire/).first()).toBeVisible(); // "Expires within 30 days" or "Expired"
  await row.getByRole('button', { name: `Upload ${ITEM}` }).click();
  const dialog = student.getByRole('dialog', { name: `Upload document: ${ITEM}` });
  await dialog.getByLabel('Document').setInputFiles({ name: 'bls-card.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
  await dialog.getByLabel('Completed on').fill(completedOn);
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await expect(student.getByRole('alert').filter({ hasText: 'Document submitted' })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(row.getByText('Waiting for review')).toBeVisible();
  await expect(row.getByText(`Completed ${dateLabel(completedOn)}`)).toBeVisible();
  await expect(row.getByRole('button', { name: `Upload ${ITEM}` })).toHaveCount(0); // nothing more to send
  await student.context().close();

  // An instructor opens Sam's page and verifies the document.
  const instructor = await signedInPage(browser, 'instructor@demo.ptp.test');
  await instructor.goto('/students');
  await instructor.getByLabel('Search students').fill('Rivera');
  await instructor.getByRole('table', { name: 'Students' }).getByRole('link', { name: 'Sam Rivera' }).click();
  await expect(instructor.getByRole('heading', { name: 'Sam Rivera', level: 1 })).toBeVisible();
  await instructor.getByRole('tab', { name: 'Compliance' }).click();
  const reviewed = itemRow(instructor, ITEM);
  const documentLink = reviewed.getByRole('link', { name: /View document/ });
  await expect(documentLink).toHaveCount(1); // the seeded card was recorded without a scan
  const uploaded = await instructor.request.get((await documentLink.getAttribute('href')) ?? '');
  expect(uploaded.status()).toBe(200);
  expect(uploaded.headers()['content-type']).toContain('application/pdf');
  expect((await uploaded.body()).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  await reviewed.getByRole('button', { name: `Verify ${ITEM}` }).click();
  await expect(instructor.getByRole('alert').filter({ hasText: 'Document verified' })).toBeVisible();
  await expect(reviewed.getByText('Valid', { exact: true })).toBeVisible();
  await expect(reviewed.getByRole('button', { name: `Verify ${ITEM}` })).toHaveCount(0);
  await instructor.context().close();

  // The student sees the card valid for two more years, with nothing left to upload.
  const again = await signedInPage(browser, 'student@demo.ptp.test');
  const renewed = itemRow(again, ITEM);
  await expect(renewed.getByText('Valid', { exact: true })).toBeVisible();
  await expect(renewed.getByText(dateLabel(validThrough(completedOn)), { exact: true })).toBeVisible();
  await expect(renewed.getByRole('button', { name: `Upload ${ITEM}` })).toHaveCount(0);
  await expect(again.getByRole('listitem').filter({ hasText: `${ITEM}:` })).toHaveCount(0); // no stale reminder
  await again.screenshot({ path: test.info().outputPath('compliance.png'), fullPage: true });
  await again.context().close();
});
