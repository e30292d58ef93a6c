import { expectAccessible } from '../helpers/account-steps.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { scoredReview } from '../helpers/scored-review.ts';
import { expect, test } from '../helpers/test.ts';

// The assistant's chat, short: an officer starts preparing a tender, describes the need by
// typing, answers the next three questions by quick reply, and finds the conversation as it was
// after reloading the page; and asks about an options review's results from its results page.
// The dialogue itself is tested in the API; this is the page.

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

test('an officer asks about an options review’s results from its results page', async ({
  page,
  me,
  setupApi,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { reviewId } = await scoredReview({
    request: playwright.request,
    baseURL: baseURL!,
    setupApi,
    lead: me,
    member: { emailPrefix: 'frage', displayName: 'Frieda Frage', passwordWord: 'kranich' },
    review: {
      schemeId: 'results',
      title: { de: 'Fragen', en: 'Questions' },
      purpose: 'Drei Wege vergleichen.',
    },
  });
  await page.goto(`/en/reviews/${reviewId}/results`);
  await page.getByRole('button', { name: 'Ask about these results' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Questions about results' }),
  ).toBeVisible();
  const log = page.getByRole('log', { name: 'Conversation so far' });
  const turns = log.locator(':scope > ol > li');
  const before = await turns.count();
  const reply = page.getByRole('list', { name: 'Suggested replies' }).getByRole('button').first();
  const label = await reply.innerText();
  await reply.click();
  await expect(turns.nth(before)).toContainText(label);
  await expect(turns.nth(before + 1)).toBeVisible();
  await expectAccessible(page);
});
