import { readFile } from 'node:fs/promises';
import {
  createOrganisation,
  createUser,
  inviteUser,
  passwordFor,
  signIn,
  uniqueSuffix,
} from '../helpers/accounts.ts';
import {
  acceptInvitation,
  expectAccessible,
  signInWithPassword,
} from '../helpers/account-steps.ts';
import { accountTexts } from '../helpers/account-texts.ts';
import { nextTotpCode } from '../helpers/totp.ts';
import { expect, test } from '../helpers/test.ts';

// What the account pages say and where they lead, as a new user met them: messages that did not
// fit the situation, sessions without a browser name, the landing after an invitation, the
// invitation link, an API key's expiry, and recovery codes to keep.

const de = accountTexts.de;
const en = accountTexts.en;

test.describe('visitors', () => {
  test('are asked to sign in on the TOTP set-up, not told a session ended', async ({ page }) => {
    for (const [texts, path, prompt] of [
      [de, '/totp-setup', 'Bitte melden Sie sich an, um diese Seite zu sehen.'],
      [en, '/en/totp-setup', 'Please sign in to see this page.'],
    ] as const) {
      await page.goto(path);
      await expect(page).toHaveURL(`${texts.prefix}/login?to=%2Ftotp-setup`);
      await expect(page.getByText(prompt)).toBeVisible();
      await expect(page.getByRole('status')).toHaveCount(0);
    }
  });

  test('are told to start again on the code page when no sign-in is waiting', async ({ page }) => {
    await page.goto('/login/code?to=%2Faccount');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bitte melden Sie sich erneut an' }),
    ).toBeVisible();
    await expect(page.getByLabel(de.code)).toHaveCount(0);
    await expect(page.getByText('Der Code ist nicht gültig')).toHaveCount(0);
    await page.getByRole('link', { name: 'Neu anmelden' }).click();
    await expect(page).toHaveURL('/login?to=%2Faccount');

    await page.goto('/en/login/code');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Please sign in again' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the sign-in again' })).toHaveAttribute(
      'href',
      '/en/login',
    );
  });
});

test.describe('a signed-in administrator', () => {
  test.use({ signedInAs: 'admin' });

  test('an administrator who has TOTP is offered to reset it, not to set it up', async ({
    page,
  }) => {
    await page.goto('/account');
    await expect(
      page.getByRole('heading', { name: 'Zwei-Faktor-Anmeldung zurücksetzen' }),
    ).toBeVisible();
    await expect(page.getByText('Noch keine Zwei-Faktor-Anmeldung eingerichtet?')).toHaveCount(0);
  });

  test('an administrator sees a new invitation link whole and copies it with one button', async ({
    browser,
    me,
    setupApi,
  }) => {
    const authority = await createOrganisation(setupApi, 'authority');
    const context = await browser.newContext({
      storageState: me.storageState,
      permissions: ['clipboard-read', 'clipboard-write'],
      viewport: { width: 320, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`/administration/organisations/${authority.id}`);
    await page.getByLabel('Name', { exact: true }).fill('Jonas Beispiel');
    await page.getByLabel(de.email).fill(`jonas-${uniqueSuffix()}@musterhausen.example`);
    await page.getByRole('button', { name: 'Anlegen und Einladungslink erzeugen' }).click();

    const field = page.getByRole('textbox', { name: 'Einladungslink' });
    const link = await field.inputValue();
    expect(link).toMatch(/\/invitation\/[a-z2-7]{32}$/);
    // Wrapped inside the field, nothing cut off or scrolled away at 320 px.
    const fits = await field.evaluate(
      (element) =>
        element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight,
    );
    expect(fits).toBe(true);

    await page
      .getByRole('button', { name: 'In die Zwischenablage kopieren (Einladungslink)' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Kopiert.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await context.close();
  });
});

test.describe('a vendor', () => {
  test('a vendor lands on the API keys after accepting the invitation', async ({
    page,
    setupApi,
  }) => {
    const email = `vendor-${uniqueSuffix()}@nordlicht.example`;
    const invitation = await inviteUser(setupApi, await createOrganisation(setupApi, 'vendor'), {
      email,
      displayName: 'Ada Nordlicht',
      role: 'vendor',
    });

    await page.goto(invitation);
    await acceptInvitation(page, de, { email, password: passwordFor('kranich') });
    await expect(page).toHaveURL(/\/api-keys$/);
    await expect(page.getByRole('heading', { level: 1, name: 'API-Schlüssel' })).toBeVisible();
  });

  test('a vendor sees this browser named in the list of sessions', async ({
    page,
    workerUsers,
  }) => {
    // This worker's vendor, signing in through the page.
    const vendor = await workerUsers.of('vendor');
    await page.goto('/login');
    await signInWithPassword(page, de, vendor);
    await expect(page).toHaveURL(/\/api-keys$/);
    await page.goto('/account');
    const current = page.getByRole('row').filter({ hasText: de.thisSession });
    // Chromium names itself Chrome; headless, "HeadlessChrome".
    await expect(current.getByRole('cell').first()).toHaveText(/Chrome\S* \d+ auf Linux/);
    await expect(page.getByText('Unbekannter Browser')).toHaveCount(0);
    // Without a second factor, setting one up is offered and resetting it is not.
    await expect(page.getByText('Noch keine Zwei-Faktor-Anmeldung eingerichtet?')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zurücksetzen', exact: true })).toHaveCount(0);
  });

  test.describe('signed in', () => {
    test.use({ signedInAs: 'vendor' });

    test('a vendor sees the expiry of a key as the date chosen for it', async ({ page }) => {
      await page.goto('/api-keys');
      const name = `Ablauf ${uniqueSuffix()}`;
      await page.getByLabel('Bezeichnung').fill(name);
      await page.getByRole('checkbox', { name: 'Veröffentlichte Ausschreibungen lesen' }).check();
      const chosen = await page.getByLabel('Läuft ab am').inputValue();
      await page.getByRole('button', { name: 'Schlüssel erstellen' }).click();
      await expect(
        page.getByRole('heading', { name: `Ihr neuer Schlüssel „${name}“` }),
      ).toBeVisible();

      const [year, month, day] = chosen.split('-');
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
      await expect(
        row.getByRole('cell', { name: `${day}.${month}.${year}`, exact: true }),
      ).toBeVisible();
    });
  });

  // A vendor of its own: this one has a second factor afterwards, and signs in with a code.
  test('a vendor setting up TOTP gets recovery codes that stay whole and can be copied, downloaded and printed', async ({
    browser,
    baseURL,
    playwright,
    setupApi,
  }) => {
    const vendor = await signIn(
      (options) => playwright.request.newContext(options),
      baseURL!,
      await createUser(setupApi, 'vendor', 'Ada Nordlicht'),
    );
    const context = await browser.newContext({
      storageState: vendor.storageState,
      permissions: ['clipboard-read', 'clipboard-write'],
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    // The print dialog itself is the browser's; the page only has to ask for it.
    await page.addInitScript(() => {
      const record = window as unknown as { printRequests: number };
      record.printRequests = 0;
      window.print = () => {
        record.printRequests += 1;
      };
    });

    await page.goto('/totp-setup');
    await page.getByRole('button', { name: de.createKey }).click();
    const key = (
      await page.getByRole('textbox', { name: de.key, exact: true }).inputValue()
    ).replace(/\s/g, '');
    await page.getByLabel(de.code).fill(nextTotpCode(key).code);
    await page.getByRole('button', { name: de.finishSetup }).click();
    const items = page.getByRole('list', { name: de.recoveryCodes }).getByRole('listitem');
    await expect(items).toHaveCount(10);
    const codes = await items.allInnerTexts();
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){4}$/);

    // Each code on one line, on a wide screen and at 320 px.
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      const lines = await page
        .getByRole('list', { name: de.recoveryCodes })
        .locator('code')
        .evaluateAll((elements) => elements.map((element) => element.getClientRects().length));
      expect(lines, `at ${width} px`).toEqual(codes.map(() => 1));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0);
    }
    await expectAccessible(page);

    await page
      .getByRole('button', {
        name: 'In die Zwischenablage kopieren (alle zehn Wiederherstellungscodes)',
      })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Kopiert.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join('\n'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Als Textdatei herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tenderwise-wiederherstellungscodes.txt');
    const file = await readFile((await download.path())!, 'utf8');
    expect(file).toContain(`Tenderwise (${new URL(baseURL!).host}): Wiederherstellungscodes`);
    for (const code of codes) expect(file).toContain(code);

    await page.getByRole('button', { name: 'Drucken' }).click();
    expect(
      await page.evaluate(() => (window as unknown as { printRequests: number }).printRequests),
    ).toBe(1);
    // Printed: the codes, without the site's header, footer and buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('list', { name: de.recoveryCodes })).toBeVisible();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
    await context.close();
  });
});
