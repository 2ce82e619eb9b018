import { expect, test } from '@playwright/test';
import { demoDate, signIn } from './support';

test('the demo instructor signs in, opens a cohort and sees its roster', async ({ page }) => {
  await signIn(page, 'instructor@demo.ptp.test');
  await expect(page).toHaveURL(/\/cohorts$/);
  await page.getByRole('link', { name: 'PT-2026-FA' }).click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}/);
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: 'Sam Rivera' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(16); // header + 15 students
  await expect(page.getByText('Showing 1–15 of 15')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('roster.png'), fullPage: true });

  // Search narrows the roster.
  await page.getByLabel('Search roster').fill('rivera');
  await expect(table.getByRole('row')).toHaveCount(2);
});

test('an instructor records a status change and it shows in the student’s history', async ({ page }) => {
  await signIn(page, 'instructor@demo.ptp.test');
  await page.getByRole('link', { name: 'PT-2026-FA' }).click();
  await page.getByRole('table').getByRole('link', { name: /Yusuf|Demir/ }).click();
  await page.getByRole('button', { name: /change status/i }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'New status' }).click();
  await page.getByRole('option', { name: 'On leave' }).click();
  await dialog.getByRole('textbox', { name: 'Reason' }).click();
  await page.getByRole('option', { name: 'Health / medical' }).click();
  await dialog.getByLabel('Effective on').fill(demoDate('2026-11-16'));
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('On leave').first()).toBeVisible();
  await expect(page.getByText('Health / medical')).toBeVisible();
});

test('a student sees only their own record', async ({ page }) => {
  await signIn(page, 'student@demo.ptp.test');
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText('PT-2026-FA').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cohorts' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('student-home.png'), fullPage: true });
});
