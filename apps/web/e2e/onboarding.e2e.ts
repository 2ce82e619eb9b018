import { expect, type Page, test } from '@playwright/test';
import { emailsTo, linkIn, signedInPage } from './support';

const NEW_PASSWORD = 'amber canal 61 whistling';

/** A GraphQL call with the page's session cookie (test set-up the UI does not need to show). */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status()}`);
  return body.data;
}

/** 30 students, 3 of them wrong in the ways a real spreadsheet is: a bad email, a repeated student, a missing name. */
function cohortCsv(): string {
  const rows = ['First Name,Last Name,Email,Student ID,Phone,Start Date'];
  for (let i = 1; i <= 30; i++) {
    const n = String(i).padStart(2, '0');
    const first = `Student${n}`;
    let [last, email, id] = [`Import${n}`, `student${n}.import@college.test`, `WI-${n}`];
    if (i === 7) email = 'student07-at-college.test';
    if (i === 15) [email, id] = ['student03.import@college.test', 'WI-03'];
    if (i === 22) last = '';
    rows.push(`${first},${last},${email},${id},(312) 555-01${n},1/11/2027`);
  }
  return rows.join('\n');
}

test('the director invites an instructor, who sets a password from the emailed link, sees only their cohort, and imports a 30-row CSV (27 students invited)', async ({ browser }) => {
  test.setTimeout(120_000);
  const director = await signedInPage(browser, 'director@demo.ptp.test');

  // A cohort of its own for this flow, so the demo cohorts other flows read stay as seeded.
  const { programs } = await gql<{ programs: { edges: { node: { id: string } }[] } }>(director, `{ programs { edges { node { id } } } }`);
  await gql(director, `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`, {
    i: {
      programId: programs.edges[0].node.id, code: 'PT-2027-WI', name: 'Winter 2027', startDate: '2027-01-11', expectedEndDate: '2027-12-17',
      externshipStartDate: '2027-09-06', externshipEndDate: '2027-12-10',
    },
  });

  // 1. The director invites the instructor from Users.
  await director.goto('/users');
  await director.getByRole('button', { name: 'Invite person' }).click();
  const dialog = director.getByRole('dialog', { name: 'Invite person' });
  await dialog.getByLabel('Email').fill('nadia.okafor@college.test');
  await dialog.getByLabel('Name').fill('Nadia Okafor');
  await dialog.getByRole('textbox', { name: 'Role' }).click();
  await director.getByRole('option', { name: 'Instructor' }).click();
  await dialog.getByRole('textbox', { name: 'Cohorts they teach' }).click();
  await director.getByRole('option', { name: /PT-2027-WI/ }).click();
  await dialog.getByLabel('Email').click(); // close the dropdown
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(director.getByText('Invitation sent to nadia.okafor@college.test')).toBeVisible();
  await expect(dialog).toBeHidden();
  const row = director.getByRole('row', { name: /Nadia Okafor/ });
  await expect(row).toContainText('Invited');
  await expect(row).toContainText('PT-2027-WI');
  await director.screenshot({ path: test.info().outputPath('users.png'), fullPage: true });

  // 2. The invitation arrives (an .eml in the dev mail folder); its link sets the password and signs in.
  const [invitation] = await emailsTo('nadia.okafor@college.test', 1, '/invitation/');
  expect(invitation).toContain('Hello Nadia Okafor,');
  const context = await browser.newContext({ timezoneId: 'America/Chicago' });
  const nadia = await context.newPage();
  await nadia.goto(linkIn(invitation, 'invitation'));
  await expect(nadia.getByRole('heading', { name: 'Welcome, Nadia Okafor' })).toBeVisible();
  await nadia.getByLabel(/^New password/).fill('password1234');
  await nadia.getByLabel('Confirm new password').fill('password1234');
  await nadia.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(nadia.getByText(/too easy to guess/).first()).toBeVisible();
  await nadia.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await nadia.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await nadia.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(nadia).toHaveURL(/\/cohorts$/);

  // Only her cohort.
  const cohorts = nadia.getByRole('table');
  await expect(cohorts.getByRole('link', { name: 'PT-2027-WI' })).toBeVisible();
  await expect(cohorts.getByRole('link')).toHaveCount(1);

  // 3. She imports the spreadsheet: the preview shows the three bad rows before anything is written.
  await cohorts.getByRole('link', { name: 'PT-2027-WI' }).click();
  await nadia.getByRole('button', { name: 'Import CSV' }).click();
  const importDialog = nadia.getByRole('dialog', { name: /Import students into PT-2027-WI/ });
  await importDialog.getByText('Paste CSV').click();
  await importDialog.getByLabel('CSV text').fill(cohortCsv());
  await importDialog.getByRole('button', { name: 'Continue' }).click();
  await importDialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(importDialog.getByText('27 ready, 3 with errors')).toBeVisible();
  await importDialog.getByText('With errors (3)').click();
  const problems = importDialog.getByRole('table', { name: 'Rows of the file' });
  await expect(problems).toContainText('Email “student07-at-college.test” is not a valid email address.');
  await expect(problems).toContainText('Email student03.import@college.test is already on line 4 of this file.');
  await expect(problems).toContainText('Last name is missing.');
  await nadia.screenshot({ path: test.info().outputPath('import-preview.png'), fullPage: true });
  await importDialog.getByRole('button', { name: 'Import 27 students' }).click();
  await expect(importDialog.getByText('27 students imported')).toBeVisible();
  await expect(importDialog.getByText('27 invitations emailed to set a password.')).toBeVisible();
  await importDialog.getByRole('button', { name: 'Done' }).click();
  await expect(nadia.getByText(/^Showing 1–\d+ of 27$/)).toBeVisible();

  // 4. Every imported student has an invitation waiting; the three skipped ones do not.
  const [first] = await emailsTo('student01.import@college.test');
  expect(first).toContain('/invitation/');
  const [last] = await emailsTo('student30.import@college.test');
  expect(last).toContain('Hello Student30 Import30,');
  await expect.poll(async () => (await Promise.all(
    Array.from({ length: 30 }, (_, i) => `student${String(i + 1).padStart(2, '0')}.import@college.test`).map((to) => emailsTo(to, 0).then((m) => m.length)),
  )).filter((n) => n > 0).length, { timeout: 20_000 }).toBe(27);
  await context.close();
});

test('a forgotten password is reset from the emailed link: the person lands signed in and their other session ends', async ({ browser }) => {
  const email = 'preceptor2@demo.ptp.test';
  const old = await signedInPage(browser, email);
  await expect(old).toHaveURL(/\/review$/);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText(`If an account exists for ${email}`)).toBeVisible();

  const [mail] = await emailsTo(email, 1, '/reset-password/');
  await page.goto(linkIn(mail, 'reset-password'));
  await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page.screenshot({ path: test.info().outputPath('after-reset.png'), fullPage: true });

  // The session opened before the reset is gone: the next page load asks to sign in.
  await old.reload();
  await expect(old).toHaveURL(/\/login/);
  // The link was single-use.
  await page.goto(linkIn(mail, 'reset-password'));
  await page.getByLabel(/^New password/).fill('another 77 fine passphrase');
  await page.getByLabel('Confirm new password').fill('another 77 fine passphrase');
  await page.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(page.getByText(/already used/)).toBeVisible();
  await context.close();
});
