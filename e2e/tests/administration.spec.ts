import { passwordFor, signedInAdministrator, uniqueSuffix } from '../helpers/accounts.ts';
import { expect, test } from '../helpers/test.ts';

// What an administrator does to a user after creating it: a new invitation link, another role,
// ending sessions, resetting the second factor, disabling. Set up through the API; the browser
// continues with the administrator's session.

test('an administrator re-invites, changes the role of, resets and disables users', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const admin = await signedInAdministrator(baseURL!);
  const suffix = uniqueSuffix();
  const { organisations } = await admin.api.get<{
    organisations: { id: string; name: string }[];
  }>('/api/v1/organisations');
  const authority = organisations.find((o) => o.name === admin.organisationName)!;
  const usersPath = `/api/v1/organisations/${authority.id}/users`;
  // One who never accepted, one who did.
  await admin.api.post(usersPath, {
    email: `invited-${suffix}@musterhausen.example`,
    displayName: 'Ina Eingeladen',
    role: 'officer',
  });
  const reviewer = await admin.api.post<{ invitation: { url: string } }>(usersPath, {
    email: `reviewer-${suffix}@musterhausen.example`,
    displayName: 'Rolf Prüfer',
    role: 'reviewer',
  });
  await admin.api.post('/api/v1/account/invitations/accept', {
    token: new URL(reviewer.invitation.url).pathname.split('/').at(-1),
    password: passwordFor('eule'),
  });

  const context = await browser.newContext({ storageState: await admin.storageState() });
  const page = await context.newPage();
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
  expect(await page.getByRole('textbox', { name: 'Einladungslink' }).inputValue()).toMatch(
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
  await expect(accepted.getByRole('link')).toHaveCount(0);

  await context.close();
  await admin.dispose();
});
