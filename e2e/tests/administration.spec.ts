import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import {
  acceptInvitation,
  createOrganisation,
  inviteUser,
  passwordFor,
  sameOriginOptions,
  uniqueSuffix,
} from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { saveFirstAdministrator } from '../helpers/first-administrator.ts';
import { copyMigratedDataDir } from '../helpers/migrated-data-dir.ts';
import { startServer, type StartedServer } from '../helpers/server-process.ts';
import { expect, test } from '../helpers/test.ts';

// What an administrator does to a user after creating it: a new invitation link, another role,
// ending sessions, resetting the second factor, disabling. Set up through the API in an
// authority of the test's own; the browser continues with this worker's administrator's session.

test.use({ signedInAs: 'admin' });

test('an administrator re-invites, changes the role of, resets and disables users', async ({
  page,
  setupApi,
  me,
}) => {
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const authority = await createOrganisation(setupApi, 'authority');
  // One who never accepted, one who did.
  await inviteUser(setupApi, authority, {
    email: `invited-${suffix}@musterhausen.example`,
    displayName: 'Ina Eingeladen',
    role: 'officer',
  });
  const reviewer = await inviteUser(setupApi, authority, {
    email: `reviewer-${suffix}@musterhausen.example`,
    displayName: 'Rolf Prüfer',
    role: 'reviewer',
  });
  await acceptInvitation(setupApi, reviewer, passwordFor('eule'));

  await page.goto(`/administration/organisations/${authority.id}`);
  const invited = page.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Ina Eingeladen' }),
  });
  await expect(invited).toContainText('Eingeladen, Passwort noch nicht festgelegt');

  await invited
    .getByRole('button', { name: 'Neuen Einladungslink erzeugen von Ina Eingeladen' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Einladungslink für Ina Eingeladen' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Einladungslink' })).toHaveValue(
    /\/invitation\/[a-z2-7]{32}$/,
  );

  await invited.getByLabel('Rolle von Ina Eingeladen').selectOption({ label: 'Ausschussmitglied' });
  await invited.getByRole('button', { name: 'Rolle ändern von Ina Eingeladen' }).click();
  await expect(invited.getByRole('status')).toContainText(
    'Die Rolle ist jetzt: Ausschussmitglied.',
  );

  const accepted = page.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Rolf Prüfer' }),
  });
  await accepted
    .getByRole('link', { name: 'Zwei-Faktor-Anmeldung zurücksetzen von Rolf Prüfer' })
    .click();
  await page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung zurücksetzen' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'Die Zwei-Faktor-Anmeldung von Rolf Prüfer ist zurückgesetzt',
  );

  await accepted.getByRole('link', { name: 'Alle Sitzungen beenden von Rolf Prüfer' }).click();
  await page.getByRole('button', { name: 'Alle Sitzungen beenden' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'Alle Sitzungen von Rolf Prüfer sind beendet.',
  );

  await accepted.getByRole('link', { name: 'Deaktivieren von Rolf Prüfer' }).click();
  await expect(page.getByRole('heading', { name: 'Rolf Prüfer deaktivieren?' })).toBeVisible();
  await page.getByRole('button', { name: 'Deaktivieren' }).click();
  await expect(page.getByRole('status').first()).toContainText('Rolf Prüfer ist deaktiviert');
  await expect(accepted).toContainText('Deaktiviert am');
  // Of all the actions, only enabling again is left.
  await expect(accepted.getByRole('link')).toHaveCount(1);

  await accepted.getByRole('link', { name: 'Wieder aktivieren von Rolf Prüfer' }).click();
  await expect(page.getByRole('heading', { name: 'Rolf Prüfer wieder aktivieren?' })).toBeVisible();
  await page.getByRole('button', { name: 'Wieder aktivieren' }).click();
  await expect(page.getByRole('status').first()).toContainText('Rolf Prüfer ist wieder aktiv');
  await expect(accepted).not.toContainText('Deaktiviert am');
  await expect(accepted.getByRole('link', { name: 'Deaktivieren von Rolf Prüfer' })).toBeVisible();

  // The administrator's own account and authority offer nothing to disable.
  await page.goto(`/administration/organisations/${me.organisation.id}`);
  const own = page.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: me.displayName }),
  });
  await expect(own.getByRole('link', { name: /^Deaktivieren/ })).toHaveCount(0);
  await expect(own).toContainText('Ihr eigenes Konto');
  await expect(page.getByRole('link', { name: 'Organisation deaktivieren' })).toHaveCount(0);
  await expect(page.getByText('Ihre eigene Organisation')).toBeVisible();
});

test('an administrator revokes a vendor’s key and disables and re-enables the whole vendor', async ({
  page,
  setupApi,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const vendorOrganisation = await createOrganisation(setupApi, 'vendor');
  const name = vendorOrganisation.name;
  const email = `vendor-${suffix}@nordlicht.example`;
  const link = await inviteUser(setupApi, vendorOrganisation, {
    email,
    displayName: 'Vera Vertrieb',
    role: 'vendor',
  });
  const password = passwordFor('reiher');
  await acceptInvitation(setupApi, link, password);
  // The vendor signs in through the API, as a program would, and creates two keys.
  const vendorContext = await playwright.request.newContext(sameOriginOptions(baseURL!));
  const vendor = new Api(vendorContext);
  await vendor.post('/api/v1/account/login', { email, password });
  const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  for (const keyName of ['ERP-Anbindung', 'Angebotsroboter']) {
    await vendor.post('/api/v1/api-keys', { name: keyName, scopes: ['tenders:read'], expiresAt });
  }

  await page.goto(`/administration/organisations/${vendorOrganisation.id}`);
  const keys = page.getByRole('region', { name: 'API-Schlüssel dieser Organisation' });
  await expect(keys.getByRole('row')).toHaveCount(3);

  await expectAccessibleInBothLanguages(page);

  await keys.getByRole('link', { name: 'Widerrufen (Schlüssel „ERP-Anbindung“)' }).click();
  await expect(
    page.getByRole('heading', { name: 'Schlüssel „ERP-Anbindung“ widerrufen?' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Ja, widerrufen' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'Der Schlüssel „ERP-Anbindung“ ist widerrufen.',
  );
  await expect(keys.getByRole('row', { name: /ERP-Anbindung/ })).toContainText('Widerrufen am');

  await page.getByRole('link', { name: 'Organisation deaktivieren' }).click();
  await expect(page.getByRole('heading', { name: `„${name}“ deaktivieren?` })).toBeVisible();
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: 'Organisation deaktivieren' }).click();
  await expect(page.getByRole('status').first()).toContainText(`„${name}“ ist deaktiviert`);
  await expect(page.getByText('Status: Deaktiviert am')).toBeVisible();
  // Both keys are revoked now, and the vendor's session has ended.
  await expect(keys.getByRole('link', { name: /^Widerrufen/ })).toHaveCount(0);
  const afterwards = await vendorContext.get('/api/v1/api-keys');
  expect(afterwards.status()).toBe(401);

  await page.getByRole('link', { name: 'Organisation wieder aktivieren' }).click();
  await expect(page.getByRole('heading', { name: `„${name}“ wieder aktivieren?` })).toBeVisible();
  await page.getByRole('button', { name: 'Organisation wieder aktivieren' }).click();
  await expect(page.getByRole('status').first()).toContainText(`„${name}“ ist wieder aktiv`);
  await vendor.post('/api/v1/account/login', { email, password });
  expect((await vendorContext.get('/api/v1/api-keys')).status()).toBe(200);

  await vendorContext.dispose();
});

// The demo is offered only to an installation without real data, which the shared server stops
// being as soon as the other tests create their users: this test has a server of its own, on a
// copy of the database global setup migrated, with nothing in it but its first administrator.
test.describe('on a new installation of its own', () => {
  let runDir: string;
  let dataDir: string;
  let statePath: string;
  let server: StartedServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    runDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-e2e-demo-'));
    dataDir = path.join(runDir, 'data');
    statePath = path.join(runDir, 'administrator.json');
    await copyMigratedDataDir(dataDir);
    server = await startServer(dataDir);
    await saveFirstAdministrator({ baseURL: server.url, dataDir, statePath });
  });

  test.afterAll(async () => {
    await server?.stop();
    await rm(runDir, { recursive: true, force: true });
  });

  test('an administrator loads the demo data and learns where its sign-in credentials are', async ({
    browser,
    playwright,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({
      baseURL: server!.url,
      storageState: statePath,
      locale: 'de-DE',
    });
    const page = await context.newPage();
    await page.goto('/administration');
    const card = page.getByRole('region', { name: 'Demo-Daten laden' });
    await expect(card).toContainText('fiktive Landesverwaltung');
    await expectAccessibleInBothLanguages(page);

    await card.getByRole('button', { name: 'Demo-Daten laden' }).click();
    // The first live region of the card; the copy button has one of its own.
    const result = card.getByRole('status').first();
    await expect(result).toContainText('Die Demo-Daten sind geladen.');
    await expect(result).toContainText('Organisationen: 7 neu, 0 schon vorhanden');
    await expect(result).toContainText('Personen: 16 neu, 0 schon vorhanden');
    await expect(result).toContainText('Ausschreibungen: 2 neu, 0 schon vorhanden');
    const file = path.join(dataDir, 'demo-sign-in.txt');
    await expect(card.getByRole('textbox', { name: 'Datei mit den Anmeldedaten' })).toHaveValue(
      file,
    );
    // Every demo organisation says it is fictional, in the list as in its name.
    const vendor = page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: /^Stratocloud Inc\. \(fiktiv\)/ }),
    });
    await expect(vendor).toContainText('fiktiv (Demo)');
    await expect(page.locator('.badge--demo')).toHaveCount(7);
    await expectAccessible(page);

    await card.getByRole('button', { name: 'Demo-Daten laden' }).click();
    await expect(result).toContainText('waren schon vollständig da; nichts wurde geändert');
    await expect(result).toContainText('Personen: 0 neu, 16 schon vorhanden');
    await expect(result).toContainText('Ausschreibungen: 0 neu, 2 schon vorhanden');

    await page.goto('/en/administration');
    await expect(page.getByRole('region', { name: 'Load demo data' })).toContainText(
      'The demo data is loaded.',
    );

    // A committee member signs in with what the file says (no second factor for that role).
    const text = await readFile(file, 'utf8');
    const member = /E-Mail \/ e-mail: +(aylin\.kaya@\S+)\n +Passwort \/ password: +(\S+)/.exec(
      text,
    );
    expect(member).not.toBeNull();
    const memberContext = await playwright.request.newContext(sameOriginOptions(server!.url));
    const signedIn = await new Api(memberContext).post<{ stage: string }>('/api/v1/account/login', {
      email: member![1],
      password: member![2],
    });
    expect(signedIn.stage).toBe('full');
    await memberContext.dispose();
    await context.close();
  });
});
