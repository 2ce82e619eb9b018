import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, expect, Page } from '@playwright/test';

// The seed's own calendar (CommonJS, apps/api; these flows are ESM), so both move dates alike.
const { demoCalendar, demoShiftWeeks } = createRequire(import.meta.url)('../../api/src/database/demo-calendar.ts') as typeof import('../../api/src/database/demo-calendar');

/** Every demo account's password (README, apps/api/src/database/seed.ts). */
export const PASSWORD = 'PharmTech!2026';

/** The demo program's zone: the API decides "which day" a shift falls on in it. */
export const PROGRAM_TIME_ZONE = 'America/Chicago';

export async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signed in once the app shell (with its sign-out control) is up, not just after the click.
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * A separate browser (own cookies) signed in as `email`, in the program's time zone so that the
 * dates the test types mean the same days to the browser and to the API, whatever zone CI runs in.
 */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: PROGRAM_TIME_ZONE });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Today's calendar date in the program's zone, "YYYY-MM-DD". */
export function programToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * A date of the demo data as seed.ts writes it ("2026-11-20"), moved to where the seed put it this
 * run: the same whole weeks, from the same day (DEMO_TODAY, pinned by playwright.config.ts).
 */
export const demoDate = demoCalendar(demoShiftWeeks(process.env.DEMO_TODAY || programToday()));

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a calendar date. */
export const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** "Tue, Dec 1, 2026", as the hours tables print a day. */
export function entryDayLabel(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** "Dec 1, 2026", as formatDate prints a calendar date. */
export function dateLabel(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A tiny but well-formed one-page PDF (header, catalog, pages, page, xref, trailer). */
export function tinyPdf(text = 'BLS card'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** An .eml as a mail program shows it: folded headers unfolded, quoted-printable decoded. */
function readEml(raw: string): string {
  const [head, ...body] = raw.split(/\r?\n\r?\n/);
  const text = body.join('\n\n').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return `${head.replace(/\r?\n[ \t]+/g, ' ')}\n\n${text}`;
}

/**
 * The emails the API wrote for `to` (newest last), from its dev mail folder (no SMTP configured:
 * one .eml file per email, sent by the background job); only those `containing` the text, when
 * given (the demo's reminders reach the same people). Waits until at least `atLeast` exist.
 */
export async function emailsTo(to: string, atLeast = 1, containing?: string): Promise<string[]> {
  const dir = join(process.env.E2E_DATA_DIR ?? '', 'mail');
  let found: string[] = [];
  await expect
    .poll(
      () => {
        found = existsSync(dir)
          ? readdirSync(dir).sort().map((f) => readEml(readFileSync(join(dir, f), 'utf8'))).filter((m) => m.includes(`\nTo: ${to}\n`) && (containing === undefined || m.includes(containing)))
          : [];
        return found.length;
      },
      { timeout: 20_000, message: `an email to ${to} in ${dir}` },
    )
    .toBeGreaterThanOrEqual(atLeast);
  return found;
}

/** The app path of the link in an email (e.g. /invitation/abc…), to open in the browser. */
export function linkIn(email: string, path: 'invitation' | 'reset-password'): string {
  const m = new RegExp(`https?://[^/\\s]+(/${path}/[A-Za-z0-9_-]+)`).exec(email);
  if (!m) throw new Error(`no /${path}/ link in:\n${email}`);
  return m[1];
}

/**
 * axe (WCAG 2.x A/AA rules) finds nothing serious or critical on the page as it is now: run it with
 * dialogs and toasts open too. Each finding is listed with its rule and elements, so a failure says what to fix.
 */
export async function expectNoSeriousA11yFindings(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const findings = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(findings, `axe findings on ${what}`).toEqual([]);
}
