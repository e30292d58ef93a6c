import { randomBytes } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { createOrganisation, inviteUser } from '../helpers/accounts.ts';
import {
  acceptInvitation,
  enrolTotp,
  expectAccessible,
  expectAccessibleInBothLanguages,
  invitationAddress,
  signInWithPassword,
  signOut,
} from '../helpers/account-steps.ts';
import { accountTexts } from '../helpers/account-texts.ts';
import { nextTotpCode } from '../helpers/totp.ts';
import { expect, test } from '../helpers/test.ts';

// Issue 7's journey: an administrator (invited by the installation's first administrator, whom
// global setup makes with the operator's tool) invites an officer and a vendor; the officer sets
// up TOTP and signs in again with a fresh code; the vendor creates an API key and revokes it,
// after which the key no longer works. Everybody works in their own browser; axe checks each page
// on the way, in German and in English.

const de = accountTexts.de;
const en = accountTexts.en;

/** Passwords the policy accepts: long, not common, free of names and context words. */
const passwordOf = (who: string) => `kupfer lerche ${who} am stillen weiher`;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('administrator, officer and vendor sign in, set up TOTP and manage an API key', async ({
  browser,
  request,
  setupApi,
}) => {
  // Dozens of axe checks: about 25 s on an idle two-core machine, over a minute on a busy one.
  test.setTimeout(240_000);
  const run = randomBytes(4).toString('hex');
  const authority = `Stadt Musterhausen ${run}`;
  const people = {
    admin: { email: `admin-${run}@musterhausen.example`, password: passwordOf('amsel') },
    officer: { email: `officer-${run}@musterhausen.example`, password: passwordOf('dohle') },
    vendor: { email: `vendor-${run}@nordlicht.example`, password: passwordOf('kranich') },
  };

  const adminPage = await newPage(browser);
  const officerPage = await newPage(browser);
  const vendorPage = await newPage(browser);

  const admin =
    await test.step('the administrator accepts the invitation and sets up TOTP', async () => {
      const organisation = await createOrganisation(setupApi, 'authority', authority);
      const url = await inviteUser(setupApi, organisation, {
        email: people.admin.email,
        displayName: 'Erika Mustermann',
        role: 'admin',
      });
      await adminPage.goto(invitationAddress(url, de));
      await expectAccessibleInBothLanguages(adminPage);
      await acceptInvitation(adminPage, de, people.admin);
      // Administrators must set up TOTP before anything else.
      await expect(adminPage).toHaveURL(/\/totp-setup$/);
      await expectAccessibleInBothLanguages(adminPage);
      return enrolTotp(adminPage, de);
    });

  const officerLink = await test.step('the administrator invites an officer', async () => {
    // Administrators land on their work, the administration.
    await expect(adminPage).toHaveURL(/\/administration$/);
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
    await expectAccessibleInBothLanguages(adminPage);
    await adminPage.getByRole('link', { name: authority }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: authority })).toBeVisible();
    await expectAccessibleInBothLanguages(adminPage);

    await adminPage.getByLabel('Name', { exact: true }).fill('Jonas Beispiel');
    await adminPage.getByLabel(de.email).fill(people.officer.email);
    await adminPage
      .getByLabel('Rolle', { exact: true })
      .selectOption({ label: 'Vergabesachbearbeiter/in' });
    await adminPage.getByRole('button', { name: 'Anlegen und Einladungslink erzeugen' }).click();
    const linkField = adminPage.getByRole('textbox', { name: 'Einladungslink' });
    await expect(linkField).toHaveValue(/\/invitation\/[a-z2-7]{32}$/);
    const link = await linkField.inputValue();
    await expectAccessible(adminPage);

    // Ending the sessions of the new officer asks for confirmation first; cancel it.
    await adminPage
      .getByRole('link', { name: 'Alle Sitzungen beenden von Jonas Beispiel' })
      .click();
    await expect(
      adminPage.getByRole('heading', { name: 'Alle Sitzungen von Jonas Beispiel beenden?' }),
    ).toBeVisible();
    await expectAccessibleInBothLanguages(adminPage);
    await adminPage.getByRole('link', { name: 'Abbrechen' }).click();
    return link;
  });

  const vendorLink =
    await test.step('the administrator adds a vendor organisation and a vendor user', async () => {
      const vendorName = `Nordlicht Software ${run}`;
      await adminPage.goto('/administration');
      await adminPage.getByRole('radio', { name: 'Anbieter' }).check();
      await adminPage.getByLabel('Name', { exact: true }).fill(vendorName);
      await adminPage.getByRole('button', { name: 'Organisation anlegen' }).click();
      await expect(adminPage.getByRole('heading', { level: 1, name: vendorName })).toBeVisible();
      await adminPage.getByLabel('Name', { exact: true }).fill('Ada Nordlicht');
      await adminPage.getByLabel(de.email).fill(people.vendor.email);
      await expect(adminPage.getByLabel('Rolle', { exact: true })).toHaveValue('vendor');
      await adminPage.getByRole('button', { name: 'Anlegen und Einladungslink erzeugen' }).click();
      const linkField = adminPage.getByRole('textbox', { name: 'Einladungslink' });
      await expect(linkField).toHaveValue(/\/invitation\/[a-z2-7]{32}$/);
      return linkField.inputValue();
    });

  const officer = await test.step('the officer accepts in English and sets up TOTP', async () => {
    await officerPage.goto(invitationAddress(officerLink, en));
    await acceptInvitation(officerPage, en, people.officer);
    await expect(officerPage).toHaveURL(/\/en\/totp-setup$/);
    const enrolment = await enrolTotp(officerPage, en);
    // Officers start at the assistant; their sessions are on the account page.
    await expect(officerPage).toHaveURL(/\/en\/assistant$/);
    await officerPage.goto('/en/account');
    await expect(officerPage.getByRole('heading', { name: en.accountHeading })).toBeVisible();
    await expect(officerPage.getByRole('cell', { name: en.thisSession })).toBeVisible();
    await expectAccessibleInBothLanguages(officerPage);
    await signOut(officerPage, en);
    return enrolment;
  });

  await test.step('the vendor accepts, creates an API key and revokes it', async () => {
    await vendorPage.goto(invitationAddress(vendorLink, de));
    await acceptInvitation(vendorPage, de, people.vendor);
    // Vendors need no second factor: signed in at once, and land on their API keys.
    await expect(vendorPage).toHaveURL(/\/api-keys$/);
    await expect(
      vendorPage.getByRole('heading', { level: 1, name: 'API-Schlüssel' }),
    ).toBeVisible();
    await expectAccessibleInBothLanguages(vendorPage);

    await vendorPage.getByLabel('Bezeichnung').fill('ERP-Anbindung');
    await vendorPage
      .getByRole('checkbox', { name: 'Veröffentlichte Ausschreibungen lesen' })
      .check();
    await vendorPage.getByRole('button', { name: 'Schlüssel erstellen' }).click();
    const tokenField = vendorPage.getByRole('textbox', { name: 'API-Schlüssel', exact: true });
    await expect(tokenField).toHaveValue(/^tw_\S+\.\S+$/);
    const token = await tokenField.inputValue();
    await expectAccessible(vendorPage);

    // A valid key is recognised: this operation is for vendor users' sessions, not keys (403).
    // maxRetries: a keep-alive connection the server ends just then is reset unread (api.ts).
    const bearer = { headers: { authorization: `Bearer ${token}` }, maxRetries: 1 };
    expect((await request.get('/api/v1/api-keys', bearer)).status()).toBe(403);

    await vendorPage.getByRole('link', { name: 'Widerrufen (Schlüssel „ERP-Anbindung“)' }).click();
    await expect(
      vendorPage.getByRole('heading', { name: 'Schlüssel „ERP-Anbindung“ widerrufen?' }),
    ).toBeVisible();
    await expectAccessibleInBothLanguages(vendorPage);
    await vendorPage.getByRole('button', { name: 'Ja, widerrufen' }).click();
    await expect(
      vendorPage.getByText('Der Schlüssel „ERP-Anbindung“ ist widerrufen.'),
    ).toBeVisible();
    await expect(vendorPage.getByRole('cell', { name: /^Widerrufen am/ })).toBeVisible();

    // The revoked key is nobody's any more: the same request is now anonymous (401).
    expect((await request.get('/api/v1/api-keys', bearer)).status()).toBe(401);
  });

  await test.step('the officer signs in again with a fresh code from the app', async () => {
    await signInWithPassword(officerPage, en, people.officer);
    await expect(officerPage).toHaveURL(/\/en\/login\/code$/);
    await expectAccessibleInBothLanguages(officerPage);
    // Codes work once, so the one from the set-up is spent: the app shows the next one.
    const { code } = nextTotpCode(officer.key, officer.usedStep);
    await officerPage.getByLabel(en.code).fill(code);
    await officerPage.getByRole('button', { name: en.confirm }).click();
    await expect(officerPage).toHaveURL(/\/en\/assistant$/);
    await officerPage.goto('/en/account');
    await expect(officerPage.getByRole('heading', { name: en.accountHeading })).toBeVisible();
    await expect(officerPage.getByRole('cell', { name: en.thisSession })).toBeVisible();
  });

  await test.step('the administrator signs in again with a recovery code', async () => {
    await signOut(adminPage, de);
    await signInWithPassword(adminPage, de, people.admin);
    await adminPage.getByRole('link', { name: de.useRecoveryCode }).click();
    await expectAccessibleInBothLanguages(adminPage);
    await adminPage.getByLabel(de.recoveryCode).fill(admin.recoveryCodes[0]!);
    await adminPage.getByRole('button', { name: de.confirm }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
  });
});
