import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { createUser, signIn } from '../helpers/accounts.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';
import { publishedTender } from '../helpers/tenders.ts';

// Bidders' questions (§ 20 (3) VgV), in English: a published tender is set up through the API
// (this worker's officer leads it). In the browser a vendor opens the public tender page,
// registers interest and asks a question; the officer answers it on the tender's questions tab;
// the vendor reads the answer on the public page, where nobody is named as the asker, and the
// notice of the answer on the notices page.

test.use({ signedInAs: 'officer', locale: 'en-GB' });

const question =
  'May the platform be operated by a subcontractor in a data centre of the contractor?';
const answer =
  'Yes, if the data centre is in the EU and the subcontractor is named in the bid (§ 36 VgV).';

test('a vendor asks a question on the public page, the officer answers, the vendor reads the answer', async ({
  page,
  me,
  setupApi,
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await loadCatalogue();
  const setUp = { request: playwright.request, baseURL: baseURL!, setupApi };
  const [tender, vendor] = await Promise.all([
    publishedTender({ ...setUp, lead: me }),
    createUser(setupApi, 'vendor', 'Ada Nordlicht').then((user) =>
      signIn((options) => playwright.request.newContext(options), baseURL!, user),
    ),
  ]);
  const vendorContext = await browser.newContext({
    locale: 'en-GB',
    storageState: vendor.storageState,
  });
  const vendorPage = await vendorContext.newPage();
  const publicPath = `/en/public/tenders/${tender.id}`;

  try {
    await test.step('the vendor finds the tender among the published ones', async () => {
      await vendorPage.goto('/en');
      await vendorPage
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Published tenders' })
        .click();
      await expect(
        vendorPage.getByRole('heading', { level: 1, name: 'Published tenders' }),
      ).toBeVisible();
      await vendorPage.getByRole('link', { name: tender.title }).click();
      await expect(vendorPage.getByRole('heading', { level: 1, name: tender.title })).toBeVisible();
      await expect(vendorPage).toHaveURL(new RegExp(`${publicPath}$`));
      await expect(vendorPage.getByText('No answers are published yet.')).toBeVisible();
    });

    await test.step('the vendor registers interest and asks a question', async () => {
      await vendorPage.getByRole('button', { name: 'Register interest' }).click();
      await expect(
        vendorPage.getByText("Interest registered. Your company receives this tender's notices."),
      ).toBeVisible();
      await expect(vendorPage.getByRole('button', { name: 'Withdraw interest' })).toBeVisible();
      await vendorPage.getByLabel('Your question').fill(question);
      await vendorPage.getByRole('button', { name: 'Send question' }).click();
      await expect(
        vendorPage.getByRole('status').filter({ hasText: 'Question 1 has been sent.' }),
      ).toBeVisible();
      await expect(vendorPage.getByLabel('Your question')).toHaveValue('');
      const own = vendorPage.getByRole('table').filter({ hasText: question });
      await expect(own).toContainText('open');
      await expectAccessibleInBothLanguages(vendorPage);
    });

    await test.step('the officer answers the question on the tender’s questions tab', async () => {
      await page.goto(`/en/tenders/${tender.id}`);
      await page
        .getByRole('navigation', { name: 'Parts of the tender' })
        .getByRole('link', { name: 'Clarification questions' })
        .click();
      const asked = page.getByRole('article', { name: /^Question 1/ });
      await expect(asked).toContainText(question);
      // Only the team sees who asked.
      await expect(asked).toContainText(vendor.organisation.name);
      await expect(page.getByText('Questions: 1, unanswered: 1')).toBeVisible();
      await expect(page.getByRole('row', { name: vendor.organisation.name })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel('Answer to question 1').fill(answer);
      await page.getByRole('button', { name: 'Publish the answer to question 1' }).click();
      await expect(
        page.getByText(
          'The answer to question 1 is published; everybody who registered interest is notified.',
        ),
      ).toBeVisible();
      await expect(asked).toContainText(answer);
      await expect(page.getByText('Questions: 1, unanswered: 0')).toBeVisible();
      await expectAccessible(page);
    });

    await test.step('the vendor reads the answer on the public page, the asker unnamed', async () => {
      await vendorPage.goto(publicPath);
      const answers = vendorPage.getByRole('region', {
        name: 'Answers to clarification questions',
      });
      await expect(answers.getByRole('heading', { name: /^Question 1/ })).toBeVisible();
      await expect(answers).toContainText(question);
      await expect(answers).toContainText(answer);
      await expect(answers).not.toContainText(vendor.organisation.name);
      await expect(vendorPage.getByRole('table').filter({ hasText: question })).toContainText(
        'answered',
      );
      await expectAccessible(vendorPage);
    });

    await test.step('the vendor has the notice of the answer', async () => {
      await vendorPage
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: /^Notices/ })
        .click();
      await expect(vendorPage.getByRole('heading', { level: 1, name: 'Notices' })).toBeVisible();
      // The subject names the question and the tender, never who asked.
      const subject = `Answer to bidders’ question 1: ${tender.reference} – ${tender.title}`;
      const notice = vendorPage.getByRole('article', { name: new RegExp(`${escaped(subject)}$`) });
      await expect(notice.getByText('unread', { exact: true })).toBeVisible();
      await expect(notice).toContainText('Answer to a clarification question');
      await expect(notice).toContainText(answer);
      await expect(vendorPage.getByText('Unread: 1')).toBeVisible();
      await expectAccessibleInBothLanguages(vendorPage);
      await notice.getByRole('button', { name: /^Mark read/ }).click();
      await expect(vendorPage.getByText('Unread: 0')).toBeVisible();
      await expect(notice).toContainText(/read on /);
      await notice.getByRole('link', { name: /^Open the tender/ }).click();
      await expect(vendorPage.getByRole('heading', { level: 1, name: tender.title })).toBeVisible();
    });
  } finally {
    await vendorContext.close();
  }
});

/** The text as a regular expression that matches it literally. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
