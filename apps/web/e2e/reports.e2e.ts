import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yFindings, signIn } from './support';

/** The newest ABHES year (July 1 – June 30) that has ended, as the preset select names it: "2025–26". */
function latestCompleteAbhesYear(now: Date = new Date()): { value: string; start: string; end: string } {
  const y = now.getUTCFullYear();
  const runningStart = now.getUTCMonth() >= 6 ? y : y - 1;
  const start = runningStart - 1;
  return { value: `${start}–${String((start + 1) % 100).padStart(2, '0')}`, start: `${start}-07-01`, end: `${start + 1}-06-30` };
}

/**
 * Whether a PDF holds `text` where a reader of the file can find it: as plain bytes, or as pdfkit
 * writes a non-ASCII string in the document information (UTF-16BE with a byte-order mark, in a
 * literal string with ( ) \ escaped).
 */
function pdfMention(pdf: Buffer, text: string): 'plain' | 'utf-16' | null {
  if (pdf.includes(Buffer.from(text, 'latin1'))) return 'plain';
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  const escaped = Buffer.from(Array.from(utf16).flatMap((byte) => ([0x28, 0x29, 0x5c].includes(byte) ? [0x5c, byte] : [byte])));
  const hex = utf16.toString('hex');
  return [escaped, Buffer.from(hex, 'latin1'), Buffer.from(hex.toUpperCase(), 'latin1')].some((form) => pdf.includes(form)) ? 'utf-16' : null;
}

test('the director builds an outcome report, sees the students behind a figure and exports it as a PDF', async ({ page }) => {
  // Builds the report several times (generate, trend, drill-downs, snapshot, export).
  test.setTimeout(180_000);
  const year = latestCompleteAbhesYear();
  await signIn(page, 'director@demo.ptp.test');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();

  // Pick the period: the preset fills both dates.
  await page.getByLabel('ABHES year').selectOption(year.value);
  await expect(page.getByLabel('First day')).toHaveValue(year.start);
  await expect(page.getByLabel('Last day')).toHaveValue(year.end);
  await page.getByRole('button', { name: 'Generate report' }).click();

  // The report is linkable: its choice is in the address.
  await expect(page).toHaveURL(new RegExp(`from=${year.start}&to=${year.end}`));
  const covers = page.getByRole('region', { name: 'What this report covers' });
  await expect(covers).toBeVisible({ timeout: 30_000 });
  const programName = (await covers.getByText('Program', { exact: true }).locator('xpath=following-sibling::*[1]').innerText()).trim();
  expect(programName.length).toBeGreaterThan(3);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectNoSeriousA11yFindings(page, 'the report');

  // A figure opens the list of the students it counts.
  const figure = page.getByRole('button', { name: /^Show the [1-9]\d* students? counted in / }).first();
  const figureName = (await figure.getAttribute('aria-label')) ?? '';
  const [, count, label] = /^Show the (\d+) students? counted in (.+)$/.exec(figureName) ?? [];
  await figure.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  const students = drawer.getByRole('table');
  await expect(students).toContainText(`counted in ${label}`);
  await expect(students.getByRole('row')).toHaveCount(Number(count) + 1);
  await expect(students.getByRole('link').first()).toHaveAttribute('href', /^\/students\/[0-9a-f-]{36}$/);
  await page.screenshot({ path: test.info().outputPath('reports-drilldown.png'), fullPage: false });
  await expectNoSeriousA11yFindings(page, 'the report with the student list open');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The trend charts follow the figures, each with a text alternative.
  await expect(page.getByRole('img', { name: /^ABHES retention by period\. / })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('reports.png'), fullPage: true });
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('reports-phone.png'), fullPage: false });
  if (desktop) await page.setViewportSize(desktop);

  // The export is a real PDF naming the program, and it is logged with its purpose.
  await page.getByLabel('Purpose of this disclosure').fill('E2E check of the annual report');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(`${year.start}.*${year.end}.*\\.pdf$`));
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const mention = pdfMention(pdf, programName);
  expect(mention, `the PDF should name the program "${programName}"`).not.toBeNull();
  console.log(`PDF names the program (${mention}); ${pdf.length} bytes`);
  await expect(page.getByText(/was downloaded\. The disclosure was logged\./)).toBeVisible();

  // Save a snapshot; it is listed and opens as saved.
  await page.getByLabel('Snapshot title').fill(`E2E snapshot ${year.value}`);
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.getByRole('link', { name: 'Open the snapshot' }).click();
  await expect(page).toHaveURL(/\/reports\/snapshots\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `E2E snapshot ${year.value}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();

  // The director reads the disclosure log.
  await page.goto('/reports?tab=log');
  const log = page.getByRole('table', { name: 'Disclosure log' });
  await expect(log.getByRole('row').nth(1)).toContainText('E2E check of the annual report');
  await expect(log.getByRole('row').nth(1)).toContainText('PDF export');

});

test('a student has no Reports page', async ({ page }) => {
  await signIn(page, 'student@demo.ptp.test');
  await expect(page.getByRole('link', { name: 'Reports' })).toHaveCount(0);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'This page is not available for your role' })).toBeVisible();
});
