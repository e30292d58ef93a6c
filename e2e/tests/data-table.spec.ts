import type { Page } from '@playwright/test';
import { createOrganisation, inviteUser, uniqueSuffix } from '../helpers/accounts.ts';
import { expectAccessible } from '../helpers/account-steps.ts';
import type { Api } from '../helpers/api.ts';
import { expect, test } from '../helpers/test.ts';

// The sortable table: a named <table>, sort buttons in the column headers that the keyboard
// works, aria-sort on the sorted column only, and the server's order without JavaScript. Shown
// with the users of an organisation, which an administrator creates without anybody having to
// accept an invitation. Each test has an authority of its own; this worker's administrator looks
// at it.

// The authority's administrator, listed with the people below.
const administrator = { displayName: 'Petra Einrichtung', mailbox: 's', role: 'admin' } as const;
const people = [
  { displayName: 'Gamma 10', mailbox: 'a', role: 'reviewer' },
  { displayName: 'alpha', mailbox: 'd', role: 'officer' },
  { displayName: 'Gamma 9', mailbox: 'b', role: 'officer' },
  { displayName: 'Beta', mailbox: 'c', role: 'reviewer' },
] as const;

/** A new authority with the administrator and the people above; answers its users page. */
async function authorityWithPeople(setupApi: Api): Promise<string> {
  const authority = await createOrganisation(setupApi, 'authority');
  const suffix = uniqueSuffix();
  for (const person of [administrator, ...people]) {
    await inviteUser(setupApi, authority, {
      email: `${person.mailbox}-${suffix}@musterhausen.example`,
      displayName: person.displayName,
      role: person.role,
    });
  }
  return `/administration/organisations/${authority.id}`;
}

function usersTable(page: Page) {
  return page.getByRole('table', { name: /^Benutzer/ });
}

function namesInOrder(page: Page) {
  return usersTable(page).getByRole('rowheader').allInnerTexts();
}

test.describe('the users table', () => {
  test.use({ signedInAs: 'admin' });

  test('sorts by a column from the keyboard and says how it is sorted', async ({
    page,
    setupApi,
  }) => {
    await page.goto(await authorityWithPeople(setupApi));
    const table = usersTable(page);
    const name = table.getByRole('columnheader', { name: 'Name', exact: true });
    const email = table.getByRole('columnheader', { name: 'E-Mail-Adresse' });
    await expect(name).toHaveAttribute('aria-sort', 'ascending');
    await expect(email).not.toHaveAttribute('aria-sort');
    // Language-aware, with numbers by value: "Gamma 9" before "Gamma 10".
    expect(await namesInOrder(page)).toEqual([
      'alpha',
      'Beta',
      'Gamma 9',
      'Gamma 10',
      'Petra Einrichtung',
    ]);

    const sortByName = name.getByRole('button', { name: 'Name', exact: true });
    await sortByName.focus();
    await page.keyboard.press('Enter');
    await expect(name).toHaveAttribute('aria-sort', 'descending');
    expect(await namesInOrder(page)).toEqual([
      'Petra Einrichtung',
      'Gamma 10',
      'Gamma 9',
      'Beta',
      'alpha',
    ]);
    await expect(sortByName).toBeFocused();

    await table.getByRole('button', { name: 'E-Mail-Adresse', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(email).toHaveAttribute('aria-sort', 'ascending');
    await expect(name).not.toHaveAttribute('aria-sort');
    expect(await namesInOrder(page)).toEqual([
      'Gamma 10',
      'Gamma 9',
      'Beta',
      'alpha',
      'Petra Einrichtung',
    ]);
    await expectAccessible(page);
  });

  test('keeps working as a list of cards at 320 px, sort buttons included', async ({
    page,
    setupApi,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(await authorityWithPeople(setupApi));
    const table = usersTable(page);
    await table.getByRole('button', { name: 'Name', exact: true }).click();
    expect((await namesInOrder(page)).at(-1)).toBe('alpha');
    // Still a table for assistive technology, with its rows and cells.
    await expect(table.getByRole('row')).toHaveCount(2 + people.length);
    await expect(table.getByRole('cell', { name: 'Ausschussmitglied' }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows the server’s order, marked, and no buttons that would do nothing', async ({
      page,
      setupApi,
    }) => {
      await page.goto(await authorityWithPeople(setupApi));
      const table = usersTable(page);
      await expect(table.getByRole('columnheader', { name: 'Name', exact: true })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
      await expect(table.getByRole('columnheader').getByRole('button')).toHaveCount(0);
      expect((await namesInOrder(page))[0]).toBe('alpha');
    });
  });
});
