import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { enrolTotp, expectAccessible, signInWithPassword } from '../helpers/account-steps.ts';
import { accountTexts } from '../helpers/account-texts.ts';
import { copyMigratedDataDir } from '../helpers/migrated-data-dir.ts';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { expect, test } from '../helpers/test.ts';
import { attachScreenshot } from '../helpers/screenshots.ts';

// Issue 14's promise to a new user with only the README: after `npm ci && npm start`, a concluded
// demo review in the browser in under two minutes, with no other command. The server starts on an
// installation of its own without an administrator (a copy of the database global setup migrated,
// as `npm start` makes it on first start); the browser takes the setup link the server printed,
// creates the administrator with password and TOTP, loads the demo from the setup page, signs in
// as a committee member with the sign-in the page shows and opens the concluded review's scoring
// and weighting.

const de = accountTexts.de;
const linkLine = /^\s*(http:\/\/127\.0\.0\.1:\d+\/setup\?token=[a-z2-7]{32})$/;
const administrator = {
  authority: 'Stadt Musterhausen',
  name: 'Tilde Tester',
  email: 'it@musterhausen.example',
  password: 'kupfer lerche amsel am stillen weiher',
};
const concludedReview = 'Kollaborationsplattform für 4.000 Arbeitsplätze';
/** The acceptance's bound, from the test's start: a new user, the server and the browser. */
const twoMinutes = 120_000;

let runDir: string;
let server: ServerProcess | undefined;

test.afterAll(async () => {
  await server?.stop();
  if (runDir) await rm(runDir, { recursive: true, force: true });
});

test('a new user reaches a concluded demo review from the setup link in under two minutes', async ({
  page,
}, testInfo) => {
  // The bound asserted below is two minutes; the limit only ends a run that hangs.
  test.setTimeout(180_000);
  const started = Date.now();

  await test.step('the server starts on a fresh installation and prints the setup link', async () => {
    runDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-e2e-first-run-demo-'));
    const dataDir = path.join(runDir, 'data');
    await copyMigratedDataDir(dataDir);
    server = startServerProcess({ dataDir, port: await freePort(), logLevel: 'warn' });
  });
  const setupLink = linkLine.exec(await server!.line(linkLine, twoMinutes))![1]!;

  await test.step('the administrator is created with password and TOTP', async () => {
    await page.goto(setupLink);
    await page.getByLabel('Name Ihrer Vergabestelle').fill(administrator.authority);
    await page.getByLabel('Ihr Name').fill(administrator.name);
    await page.getByLabel(de.email).fill(administrator.email);
    await page.getByLabel(de.newPassword, { exact: true }).fill(administrator.password);
    await page.getByLabel(de.repeatPassword).fill(administrator.password);
    await page.getByRole('button', { name: 'Administrator/in anlegen' }).click();
    await expect(page).toHaveURL(/\/totp-setup\?to=%2Fsetup%2Fdemo$/);
    await enrolTotp(page, de);
  });

  await test.step('the setup page offers the demo', async () => {
    await expect(page).toHaveURL(/\/setup\/demo$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mit der Demo ausprobieren' }),
    ).toBeVisible();
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, 'setup-demo-offer');
  });

  let member = { email: '', password: '' };
  await test.step('loading it shows the demo people’s sign-ins once, as the file holds them', async () => {
    await page.getByRole('button', { name: 'Demo-Daten laden' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Die Demo-Daten sind geladen.' }),
    ).toBeVisible();
    const signIns = page.getByRole('table', { name: 'Anmeldedaten der Demo-Personen' });
    // The heading row and the 16 demo people: six officers, three committee members, an
    // administrator and six vendors' users.
    await expect(signIns.getByRole('row')).toHaveCount(17);
    const cells = signIns.getByRole('row', { name: /^Aylin Kaya/ }).getByRole('cell');
    member = { email: await cells.nth(1).innerText(), password: await cells.nth(2).innerText() };
    expect(member.email).toBe('aylin.kaya@musterland.example');
    expect(member.password).toMatch(/^[a-z2-7]{6}(-[a-z2-7]{6}){3}$/);
    // The same sign-in is in the file in the data directory, readable by its owner only.
    const file = path.join(runDir, 'data', 'demo-sign-in.txt');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toContain(member.password);
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, 'setup-demo-sign-ins');
  });

  await test.step('a committee member signs in with the shown password', async () => {
    await page.getByRole('button', { name: 'Abmelden und als Demo-Person anmelden' }).click();
    await expect(page.getByRole('status').filter({ hasText: de.signedOut })).toBeVisible();
    await signInWithPassword(page, de, member);
    await expect(page).toHaveURL(/\/account$/);
  });

  await test.step('and opens the concluded demo review’s scoring', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Optionenvergleiche' }).click();
    await page.getByRole('link', { name: concludedReview }).click();
    await expect(page.getByRole('heading', { level: 1, name: concludedReview })).toBeVisible();
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, 'demo-review-overview');
    await page
      .getByRole('navigation', { name: 'Bereiche des Optionenvergleichs' })
      .getByRole('link', { name: 'Bewertung', exact: true })
      .click();
    const scores = page.getByRole('table', { name: /^Bewertungen der Mitglieder/ });
    await expect(scores).toContainText('Der Ausschuss einigt sich auf Stufe');
    await expect(scores).toContainText('Offenwerk Arbeitsplatz beim Landesdienstleister (fiktiv)');
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, 'demo-review-scoring');
    // The members' AHP weights and the adoption of the group's, with its reason.
    await page
      .getByRole('navigation', { name: 'Bereiche des Optionenvergleichs' })
      .getByRole('link', { name: 'Gewichtung', exact: true })
      .click();
    await expect(page.getByText('geometrische Mittel der paarweisen Vergleiche')).toBeVisible();
    await attachScreenshot(page, testInfo, 'demo-review-weighting');
  });

  expect(Date.now() - started).toBeLessThan(twoMinutes);
});
