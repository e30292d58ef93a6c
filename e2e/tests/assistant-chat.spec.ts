import { expectAccessible } from '../helpers/account-steps.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';

// The assistant's chat, short: an officer starts preparing a tender, describes the need by
// typing, answers the next three questions by quick reply, and finds the conversation as it was
// after reloading the page. The dialogue itself is tested in the API; this is the page.

test.use({ signedInAs: 'officer' });

test('an officer answers the assistant by typing and by quick reply, and the transcript stays', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The tender path offers the catalogue's templates.
  await loadCatalogue();
  await page.goto('/assistant');
  await page.getByRole('button', { name: 'Neue Ausschreibung vorbereiten' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ausschreibung vorbereiten' }),
  ).toBeVisible();

  const log = page.getByRole('log', { name: 'Gesprächsverlauf' });
  const turns = log.locator(':scope > ol > li');
  const field = page.getByRole('textbox', { name: 'Nachricht an den Assistenten' });
  await expect(log).toContainText('Was soll beschafft werden?');
  await expectAccessible(page);

  await test.step('the need, typed', async () => {
    const before = await turns.count();
    const need = 'Kollaborationsplattform für 4.000 Arbeitsplätze einer Landesverwaltung';
    await field.fill(need);
    await field.press('Enter');
    await expect(turns.nth(before)).toContainText(need);
    await expect(turns.nth(before + 1)).toBeVisible();
    // Ready for the next turn: the field is empty and has the focus again.
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('');
  });

  const replies = page.getByRole('list', { name: 'Antwortvorschläge' }).getByRole('button');
  for (const step of [1, 2, 3]) {
    await test.step(`quick reply ${step}`, async () => {
      const before = await turns.count();
      const reply = replies.first();
      const label = await reply.innerText();
      await reply.click();
      // The person's turn reads as the button did; the assistant answers after it.
      await expect(turns.nth(before)).toContainText(label);
      await expect(turns.nth(before + 1)).toBeVisible();
    });
  }
  await expectAccessible(page);

  await test.step('a reload shows the same conversation', async () => {
    const shown = await turns.allInnerTexts();
    await page.reload();
    await expect(turns).toHaveCount(shown.length);
    expect(await turns.allInnerTexts()).toEqual(shown);
  });
});
