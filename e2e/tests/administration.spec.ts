import {
  acceptInvitation,
  createOrganisation,
  inviteUser,
  passwordFor,
  uniqueSuffix,
} from '../helpers/accounts.ts';
import { expect, test } from '../helpers/test.ts';

// What an administrator does to a user after creating it: a new invitation link, another role,
// ending sessions, resetting the second factor, disabling. Set up through the API in an
// authority of the test's own; the browser continues with this worker's administrator's session.

test.use({ signedInAs: 'admin' });

test('an administrator re-invites, changes the role of, resets and disables users', async ({
  page,
  setupApi,
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
  const invited = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Ina Eingeladen' }),
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

  const accepted = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Rolf Prüfer' }),
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
});
