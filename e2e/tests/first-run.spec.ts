import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  enrolTotp,
  expectAccessible,
  expectAccessibleInBothLanguages,
} from '../helpers/account-steps.ts';
import { accountTexts } from '../helpers/account-texts.ts';
import { copyMigratedDataDir } from '../helpers/migrated-data-dir.ts';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { expect, test } from '../helpers/test.ts';

// Issue 14's first run without a command line: on an installation without an administrator the
// server prints a one-time setup link when it starts; whoever opens it creates the first
// administrator with a password, sets up TOTP and is offered the demo (first-run-demo.spec.ts
// loads it; here it is declined) before the administration. The shared server
// of global setup has its administrator already, so this spec starts one more server, on an
// empty installation of its own (a copy of the database global setup migrated, with nobody in
// it), and waits for the link it prints (printed once it listens).

const de = accountTexts.de;
const linkLine = /^\s*(http:\/\/127\.0\.0\.1:\d+\/setup\?token=[a-z2-7]{32})$/;
const authority = 'Stadt Musterhausen';
const administrator = {
  name: 'Erika Mustermann',
  email: 'it@musterhausen.example',
  password: 'kupfer lerche amsel am stillen weiher',
};

let runDir: string;
let server: ServerProcess;
let setupLink: string;

test.beforeAll(async () => {
  // Seconds on a migrated copy; room for a busy machine, as the limit costs a passing run nothing.
  test.setTimeout(150_000);
  runDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-e2e-first-run-'));
  const dataDir = path.join(runDir, 'data');
  await copyMigratedDataDir(dataDir);
  server = startServerProcess({
    dataDir,
    port: await freePort(),
    // Nothing of the log is needed here: the link is printed whatever the level.
    logLevel: 'warn',
  });
  setupLink = linkLine.exec(await server.line(linkLine, 120_000))![1]!;
});

test.afterAll(async () => {
  await server?.stop();
  await rm(runDir, { recursive: true, force: true });
});

/** The setup page's form fields, by their labels. */
async function fillSetupForm(page: Page, password: string): Promise<void> {
  await page.getByLabel('Name Ihrer Vergabestelle').fill(authority);
  await page.getByLabel('Ihr Name').fill(administrator.name);
  await page.getByLabel(de.email).fill(administrator.email);
  await page.getByLabel(de.newPassword, { exact: true }).fill(password);
  await page.getByLabel(de.repeatPassword).fill(password);
}

test('the first administrator sets up the installation with the link the server printed', async ({
  page,
  playwright,
}) => {
  // A dozen axe checks and a TOTP enrolment: well under a minute on an idle machine.
  test.setTimeout(150_000);
  expect(new URL(setupLink).origin).toBe(server.origin);

  await test.step('a link that is not valid says so before any form', async () => {
    await page.goto(`${server.origin}/setup?token=${'a'.repeat(32)}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Dieser Einrichtungslink ist nicht gültig' }),
    ).toBeVisible();
    await expect(page.getByLabel(de.newPassword, { exact: true })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step('the setup page reflows at 320 px and is axe-clean in both languages', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(setupLink);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Tenderwise einrichten' }),
    ).toBeVisible();
    const { documentWidth, viewportWidth } = await page.evaluate(() => ({
      documentWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
    }));
    expect(documentWidth).toBeLessThanOrEqual(viewportWidth);
    await page.setViewportSize({ width: 1280, height: 800 });
    // Checking the link (the English tab checks it again) does not use it up.
    await expectAccessibleInBothLanguages(page);
  });

  await test.step('a password made of the own name is refused next to the field', async () => {
    await fillSetupForm(page, `${administrator.name} 2026`);
    await page.getByRole('button', { name: 'Administrator/in anlegen' }).click();
    await expect(
      page.getByText('Das Passwort darf Ihre E-Mail-Adresse oder Ihren Namen nicht enthalten.'),
    ).toBeVisible();
    // What was typed stays, but the passwords.
    await expect(page.getByLabel('Name Ihrer Vergabestelle')).toHaveValue(authority);
    await expectAccessible(page);
  });

  await test.step('by keyboard alone: the administrator is created and sets up TOTP', async () => {
    await page.goto(setupLink);
    await page.getByLabel('Name Ihrer Vergabestelle').focus();
    for (const value of [
      authority,
      administrator.name,
      administrator.email,
      administrator.password,
      administrator.password,
    ]) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Administrator/in anlegen' })).toBeFocused();
    await page.keyboard.press('Enter');
    // Administrators must have TOTP: the set-up comes first, then the offer of the demo.
    await expect(page).toHaveURL(/\/totp-setup\?to=%2Fsetup%2Fdemo$/);
    await enrolTotp(page, de);
  });

  await test.step('the administrator skips the demo and lands on the administration', async () => {
    await expect(page).toHaveURL(/\/setup\/demo$/);
    await page.getByRole('link', { name: 'Ohne Demo weiter zur Administration' }).click();
    await expect(page).toHaveURL(/\/administration$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
    await expect(page.getByRole('link', { name: authority })).toBeVisible();
  });

  await test.step('the used link no longer works, in the browser and for the API', async () => {
    const stranger = await page.context().browser()!.newContext();
    try {
      const again = await stranger.newPage();
      await again.goto(setupLink);
      await expect(
        again.getByRole('heading', { level: 1, name: 'Diese Installation ist schon eingerichtet' }),
      ).toBeVisible();
      await expect(again.getByLabel(de.newPassword, { exact: true })).toHaveCount(0);
      await expectAccessible(again);
    } finally {
      await stranger.close();
    }
    const api = await playwright.request.newContext({ baseURL: server.origin });
    try {
      const token = new URL(setupLink).searchParams.get('token');
      const check = await api.post('/api/v1/account/setup/check', { data: { token } });
      expect(await check.json()).toEqual({ status: 'used' });
      const complete = await api.post('/api/v1/account/setup/complete', {
        data: {
          token,
          organisationName: 'Landesamt',
          displayName: 'Mallory Zweitversuch',
          email: 'mallory@example.org',
          password: 'ein ganz anderer langer satz',
        },
      });
      expect(complete.status()).toBe(409);
    } finally {
      await api.dispose();
    }
  });
});
