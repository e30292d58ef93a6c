import type { Page } from '@playwright/test';
import {
  createVendorUser,
  passwordFor,
  signedInAdministrator,
  uniqueSuffix,
} from '../helpers/accounts.ts';
import {
  acceptInvitation,
  expectAccessibleInBothLanguages,
  signInWithPassword,
  signOut,
} from '../helpers/account-steps.ts';
import { accountTexts } from '../helpers/account-texts.ts';
import { freshTotpCode } from '../helpers/totp.ts';
import { expect, test } from '../helpers/test.ts';

// The account pages outside the main journey: where visitors are sent, and that refusals are
// explained in the page's language, next to the field they concern.

const de = accountTexts.de;
const en = accountTexts.en;

/** The field's error, as a screen reader reaches it: through aria-describedby. */
async function expectFieldError(page: Page, label: string, message: string) {
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(escape(message)));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('visitors', () => {
  for (const [path, login] of [
    ['/administration', '/login?to=%2Fadministration'],
    ['/en/api-keys', '/en/login?to=%2Fapi-keys'],
    ['/account', '/login?to=%2Faccount'],
  ] as const) {
    test(`are sent from ${path} to the login`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(login);
    });
  }

  test('see both login steps without WCAG violations, in both languages', async ({ page }) => {
    // Four axe runs; slow on a busy machine.
    test.setTimeout(60_000);
    await page.goto('/login?to=%2Faccount');
    await expect(
      page.getByText('Bitte melden Sie sich an, um diese Seite zu sehen.'),
    ).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await page.goto('/login/code');
    await expectAccessibleInBothLanguages(page);
  });

  test('learn in their language that an invitation link is not valid', async ({ page }) => {
    const token = 'abcdefghijklmnopqrstuvwxyz234567';
    for (const [texts, message] of [
      [de, 'Dieser Einladungslink ist nicht gültig.'],
      [en, 'This invitation link is not valid.'],
    ] as const) {
      await page.goto(`${texts.prefix}/invitation/${token}`);
      await page.getByLabel(texts.email).fill('nobody@example.org');
      await page.getByLabel(texts.newPassword, { exact: true }).fill('lange genug und selten');
      await page.getByLabel(texts.repeatPassword).fill('lange genug und selten');
      await page.getByRole('button', { name: texts.setPassword }).click();
      await expect(page.getByRole('alert')).toContainText(message);
    }
  });

  test('are told when the two passwords differ, next to the repetition', async ({ page }) => {
    await page.goto('/invitation/abcdefghijklmnopqrstuvwxyz234567');
    await page.getByLabel(de.email).fill('nobody@example.org');
    await page.getByLabel(de.newPassword, { exact: true }).fill('lange genug und selten');
    await page.getByLabel(de.repeatPassword).fill('lange genug und anders');
    await page.getByRole('button', { name: de.setPassword }).click();
    await expectFieldError(page, de.repeatPassword, 'Die beiden Passwörter stimmen nicht überein.');
  });
});

test.describe('a signed-in vendor', () => {
  // In one worker, so the vendor is created once: every invitation accepted counts against the
  // API's per-address limit, which all browser tests share.
  test.describe.configure({ mode: 'default' });
  let vendor: { email: string; password: string };

  test.beforeAll(async ({ baseURL }) => {
    const admin = await signedInAdministrator(baseURL!);
    vendor = await createVendorUser(admin.api, 'Ada Nordlicht');
    await admin.dispose();
  });

  test('comes back to the page asked for after signing in', async ({ page }) => {
    await page.goto('/en/api-keys');
    await signInWithPassword(page, en, vendor);
    await expect(page).toHaveURL(/\/en\/api-keys$/);
    await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
  });

  test('reads a wrong password at the login in German and in English', async ({ page }) => {
    await page.goto('/login');
    await signInWithPassword(page, de, { email: vendor.email, password: 'nicht das passwort' });
    await expect(page.getByRole('alert')).toContainText(
      'E-Mail-Adresse oder Passwort ist nicht richtig.',
    );
    await page.goto('/en/login');
    await signInWithPassword(page, en, { email: vendor.email, password: 'not the password' });
    await expect(page.getByRole('alert')).toContainText(
      'The e-mail address or the password is not correct.',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('signs in after a typo and signs out again with plain form posts', async ({ page }) => {
      await page.goto('/login?to=%2Faccount');
      await signInWithPassword(page, de, { email: vendor.email, password: 'vertippt' });
      await expect(page.getByRole('alert')).toContainText(
        'E-Mail-Adresse oder Passwort ist nicht richtig.',
      );
      await expect(page.getByLabel(de.email)).toHaveValue(vendor.email);
      await signInWithPassword(page, de, vendor);
      await expect(page.getByRole('heading', { name: de.accountHeading })).toBeVisible();
      await expect(page.getByRole('cell', { name: de.thisSession })).toBeVisible();
      await signOut(page, de);
    });
  });

  test('sees the password rules that refuse a new password next to the field', async ({ page }) => {
    await page.goto('/login?to=%2Faccount');
    await signInWithPassword(page, de, vendor);
    await expect(page.getByRole('heading', { name: de.accountHeading })).toBeVisible();

    await page.getByLabel('Aktuelles Passwort').fill(vendor.password);
    await page.getByLabel(de.newPassword, { exact: true }).fill('kurz');
    await page.getByLabel(de.repeatPassword).fill('kurz');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await expectFieldError(page, de.newPassword, 'Das Passwort ist zu kurz');

    await page.goto('/en/account');
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel(en.newPassword, { exact: true }).fill('tram lines under the old bridge');
    await page.getByLabel(en.repeatPassword).fill('tram lines under the old bridge');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expectFieldError(page, 'Current password', 'The password is not correct.');
  });
});

test.describe('an officer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sets up TOTP after a mistyped code, with the key shown as text', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const admin = await signedInAdministrator(baseURL!);
    const { organisations } = await admin.api.get<{
      organisations: { id: string; name: string }[];
    }>('/api/v1/organisations');
    const authority = organisations.find((o) => o.name === admin.organisationName)!;
    const officer = {
      email: `officer-${uniqueSuffix()}@musterhausen.example`,
      password: passwordFor('dohle'),
    };
    const created = await admin.api.post<{ invitation: { url: string } }>(
      `/api/v1/organisations/${authority.id}/users`,
      { email: officer.email, displayName: 'Olaf Ohneskript', role: 'officer' },
    );
    await admin.dispose();

    await page.goto(created.invitation.url);
    await acceptInvitation(page, de, officer);
    await expect(page).toHaveURL(/\/totp-setup$/);
    await page.getByRole('button', { name: de.createKey }).click();
    await expect(page.getByRole('img', { name: de.qrCode })).toBeVisible();
    const key = (
      await page.getByRole('textbox', { name: de.key, exact: true }).inputValue()
    ).replace(/\s/g, '');

    await page.getByLabel(de.code).fill('000000');
    await page.getByRole('button', { name: de.finishSetup }).click();
    await expectFieldError(page, de.code, 'Der Code ist nicht gültig.');
    // The answer carries the key, never markup: the same key, as text.
    await expect(page.getByRole('textbox', { name: de.key, exact: true })).toHaveValue(
      key.match(/.{1,4}/g)!.join(' '),
    );

    const { code } = await freshTotpCode(key);
    await page.getByLabel(de.code).fill(code);
    await page.getByRole('button', { name: de.finishSetup }).click();
    await expect(
      page.getByRole('list', { name: de.recoveryCodes }).getByRole('listitem'),
    ).toHaveCount(10);
  });
});
