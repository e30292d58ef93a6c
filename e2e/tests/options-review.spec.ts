import type { Locator, Page } from '@playwright/test';
import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import {
  acceptInvitation,
  inviteUser,
  passwordFor,
  sameOriginOptions,
  signIn,
  uniqueSuffix,
} from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';
import { attachScreenshot } from '../helpers/screenshots.ts';
import { conceptAndPriceScheme } from '../helpers/scored-review.ts';

// Options reviews (Optionenvergleich): the lead officer builds a review from a catalogue template,
// weighs a level of its scheme anew, enters options and a committee member, and puts the review
// into review; nobody outside the review sees it. This worker's officer leads (an authority of
// its own); the committee member is invited into that authority through the API and never signs
// in: taking part needs no password yet.

test.use({ signedInAs: 'officer' });

const templateTitle =
  'Kollaborations- und Office-Suite für eine Landesverwaltung (4.000 Arbeitsplätze)';

/** A tab of the review's workspace. */
function tab(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', {
      name: /^(Bereiche des Optionenvergleichs|Parts of the options review)$/,
    })
    .getByRole('link', { name, exact: true });
}

/** A notice of success that says this. */
function notice(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/** An entry of the scheme's tree, by the title it starts with. */
function treeEntry(page: Page, title: string): Locator {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${escaped}`) })
    .first();
}

test('an officer builds a review from a template, weighs it, adds options and a member, and puts it into review', async ({
  page,
  setupApi,
  me,
  workerUsers,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  await loadCatalogue();
  const suffix = uniqueSuffix();
  const title = `Kollaborationsplattform ${suffix}`;
  await inviteUser(setupApi, me.organisation, {
    email: `ausschuss-${suffix}@musterhausen.example`,
    displayName: 'Clara Ausschuss',
    role: 'reviewer',
  });

  await test.step('the list is reached from the main navigation', async () => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Optionenvergleiche' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Optionenvergleiche' })).toBeVisible();
    await expectAccessibleInBothLanguages(page);
  });

  const reviewPath = await test.step('the officer starts a review from a template', async () => {
    await page.getByLabel('Titel').fill(title);
    await page
      .getByLabel('Zweck')
      .fill('Der IT-Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung.');
    await page.getByLabel('Stichtag').fill('2027-01-15');
    await page.getByLabel(`Vorlage „${templateTitle}“`).check();
    await attachScreenshot(page, testInfo, 'reviews-list');
    await page.getByRole('button', { name: 'Optionenvergleich beginnen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(notice(page, 'Der Optionenvergleich ist angelegt.')).toBeVisible();
    await expect(page.getByText('Status: Entwurf')).toBeVisible();
    return new URL(page.url()).pathname;
  });

  await test.step('the scheme shows the template as a tree with weights in percent', async () => {
    await tab(page, 'Wertungsschema').click();
    await expect(page.getByRole('heading', { name: 'Wertungsschema, Version 1' })).toBeVisible();
    await expect(treeEntry(page, 'Funktion')).toContainText('40 % dieser Ebene');
    const documents = treeEntry(page, 'Dokumente, Tabellen, Präsentationen');
    // 30 % of the group of 40 %: 12 % of the whole.
    await expect(documents).toContainText('12 % insgesamt');
    await documents.getByText(/^Notenanker \(0–5\)/).click();
    await expect(documents.getByRole('listitem')).toHaveCount(6);
    await expectAccessibleInBothLanguages(page);
    await attachScreenshot(page, testInfo, 'scheme');
  });

  await test.step('weights that do not add up are refused next to the fields, nothing typed lost', async () => {
    await page.getByRole('link', { name: 'Gewichte der obersten Ebene ändern' }).click();
    await expect(
      page.getByRole('heading', { name: 'Gewichte ändern: oberste Ebene' }),
    ).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await page.getByLabel('Funktion (in %)').fill('30');
    await page.getByLabel('Souveränität (in %)').fill('45');
    await page.getByLabel('Einführung (in %)').fill('20');
    await page.getByLabel('Anmerkung').fill('Souveränität stärker gewichtet');
    await page.getByRole('button', { name: 'Als neue Version speichern' }).click();
    await expect(
      page.getByText('Die Gewichte ergeben zusammen 95 %; es müssen genau 100 % sein.'),
    ).toBeVisible();
    await expect(page.getByLabel('Souveränität (in %)')).toHaveValue('45');
    await expect(page.getByLabel('Anmerkung')).toHaveValue('Souveränität stärker gewichtet');
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, 'weights-refused');

    // From the keyboard: Enter in a field sends the form.
    await page.getByLabel('Einführung (in %)').fill('25');
    await page.getByLabel('Einführung (in %)').press('Enter');
    await expect(notice(page, 'Version 2 des Wertungsschemas ist gespeichert.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Wertungsschema, Version 2' })).toBeVisible();
    await expect(treeEntry(page, 'Souveränität')).toContainText('45 % dieser Ebene');
  });

  await test.step('the versions say who saved what, and an earlier one reads as it was', async () => {
    const versions = page.getByRole('table', { name: /^Versionen des Wertungsschemas/ });
    await expect(versions.getByRole('row')).toHaveCount(3);
    const second = versions
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Version 2' }) });
    await expect(second).toContainText('Souveränität stärker gewichtet');
    await expect(second).toContainText(me.displayName);
    await versions.getByRole('link', { name: 'Version 1', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Wertungsschema, Version 1' })).toBeVisible();
    await expect(page.getByText('Eine frühere Version, nur zum Lesen')).toBeVisible();
    await expect(treeEntry(page, 'Funktion')).toContainText('40 % dieser Ebene');
    await expect(page.getByRole('link', { name: /^Gewichte .* ändern$/ })).toHaveCount(0);
    await expectAccessibleInBothLanguages(page);
  });

  await test.step('the officer adds two options with their offer’s data', async () => {
    await tab(page, 'Optionen').click();
    await expect(page.getByText('Es gibt noch keine Optionen.')).toBeVisible();
    await page.getByRole('link', { name: 'Option hinzufügen' }).click();
    await expect(page.getByRole('heading', { name: 'Neue Option' })).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await page.getByLabel('Name', { exact: true }).fill('openDesk beim Landesdienstleister');
    await page.getByLabel('Anbieter', { exact: true }).fill('Dataport AöR (fiktiv)');
    await page.getByLabel('Leistung', { exact: true }).fill('openDesk');
    await page
      .getByLabel('Dokumente, Tabellen, Präsentationen')
      .fill('Collabora Online; ODF und OOXML verlustfrei in der Teststellung.');
    await page.getByLabel('Einmalige Kosten').fill('250.000');
    await page.getByLabel('Kosten der Migration').fill('400.000');
    await page.getByLabel('Laufende Kosten je Jahr').fill('1.200.000');
    await page.getByLabel('Kosten für Datenabfluss je Jahr').fill('0');
    // The exit costs are missing: costs are given completely or not at all.
    await page.getByRole('button', { name: 'Option anlegen' }).click();
    const exit = page.getByLabel('Kosten des Ausstiegs');
    await expect(exit).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await expect(page.getByText(/^Bitte angeben \(0, wenn keine Kosten anfallen\)/)).toBeVisible();
    await expect(page.getByLabel('Laufende Kosten je Jahr')).toHaveValue('1.200.000');
    await exit.fill('150.000');
    await attachScreenshot(page, testInfo, 'option-form');
    await page.getByRole('button', { name: 'Option anlegen' }).click();
    await expect(
      notice(page, 'Die Option „openDesk beim Landesdienstleister“ ist angelegt.'),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Option hinzufügen' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Suite eines Hyperscalers');
    await page.getByLabel('Anbieter', { exact: true }).fill('Hyperscaler Inc. (fiktiv)');
    await page.getByRole('button', { name: 'Option anlegen' }).click();
    await expect(notice(page, 'Die Option „Suite eines Hyperscalers“ ist angelegt.')).toBeVisible();

    const options = page.getByRole('table', { name: /^Optionen/ });
    await expect(options.getByRole('row')).toHaveCount(3);
    const openDesk = options
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'openDesk beim Landesdienstleister' }) });
    await expect(openDesk).toContainText('Kosten angegeben');
    // Nine award criteria and eighteen others of the template's scheme.
    await expect(openDesk).toContainText('1 von 27 Kriterien');
    await expectAccessibleInBothLanguages(page);
    await attachScreenshot(page, testInfo, 'options');
  });

  await test.step('the lead adds a committee member picked from the authority’s people', async () => {
    await tab(page, 'Überblick').click();
    await page.getByLabel('Person').selectOption({ label: 'Clara Ausschuss (Ausschussmitglied)' });
    await page.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect(notice(page, 'Clara Ausschuss nimmt jetzt teil.')).toBeVisible();
    const members = page.getByRole('table', { name: /^Mitglieder/ });
    await expect(members.getByRole('row')).toHaveCount(3);
    await expect(
      members
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Clara Ausschuss' }) }),
    ).toContainText('Ausschussmitglied');
  });

  await test.step('the lead puts the review into review after confirming', async () => {
    await page.getByRole('link', { name: 'In Prüfung geben' }).click();
    await expect(page.getByRole('heading', { name: `„${title}“ in Prüfung geben?` })).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await page.getByRole('button', { name: 'In Prüfung geben' }).click();
    await expect(notice(page, 'Der Status ist geändert.')).toBeVisible();
    await expect(page.getByText('Status: In Prüfung')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Abschließen' })).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await attachScreenshot(page, testInfo, 'overview-in-review');
  });

  await test.step('a committee member of another authority finds no such page', async () => {
    const stranger = await workerUsers.of('reviewer');
    const context = await browser.newContext({
      baseURL: baseURL!,
      storageState: stranger.storageState,
    });
    try {
      const strangerPage = await context.newPage();
      const response = await strangerPage.goto(reviewPath);
      expect(response?.status()).toBe(404);
      await expect(
        strangerPage.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
      ).toBeVisible();
      await expectAccessible(strangerPage);
      await attachScreenshot(strangerPage, testInfo, 'stranger-404');
      await strangerPage.goto('/reviews');
      await expect(
        strangerPage.getByRole('heading', { level: 1, name: 'Optionenvergleiche' }),
      ).toBeVisible();
      await expect(strangerPage.getByText(title)).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});

/** A review of this worker's officer with a scheme from the template and one option, via the API. */
async function reviewThroughApi(api: Api, title: string) {
  const review = await api.post<{ id: string }>('/api/v1/options-reviews', {
    title,
    purpose: 'Compare a German sovereign cloud with the current suite.',
    referenceDate: '2027-03-01',
  });
  await api.post(`/api/v1/options-reviews/${review.id}/scheme-versions`, {
    basedOnVersion: null,
    source: { kind: 'template', templateId: 'state-collaboration-suite' },
  });
  const option = await api.post<{ id: string; version: number }>(
    `/api/v1/options-reviews/${review.id}/options`,
    {
      name: 'German sovereign cloud',
      vendorName: 'Wolke GmbH (fictitious)',
      offer: { answers: { documents: 'Office in the browser, ODF by default.' }, assessments: {} },
    },
  );
  return { reviewId: review.id, option };
}

test('a stale edit of an option says someone else changed it and keeps what was typed, in English', async ({
  page,
  me,
  playwright,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await loadCatalogue();
  const context = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  try {
    const api = new Api(context);
    const { reviewId, option } = await reviewThroughApi(api, `Cloud review ${uniqueSuffix()}`);
    const optionPath = `/en/reviews/${reviewId}/options/${option.id}`;
    await page.goto(optionPath);
    await expect(page.getByRole('heading', { name: 'German sovereign cloud' })).toBeVisible();
    await expect(page.getByLabel('Documents, spreadsheets, presentations')).toHaveValue(
      'Office in the browser, ODF by default.',
    );
    await page.getByLabel('Vendor', { exact: true }).fill('Wolke Deutschland GmbH (fictitious)');

    // Meanwhile the option is saved elsewhere (another tab, a colleague).
    await api.put(`/api/v1/options-reviews/${reviewId}/options/${option.id}`, {
      name: 'German sovereign cloud',
      serviceName: 'Sovereign IaaS',
      version: option.version,
    });

    await page.getByRole('button', { name: 'Save the option' }).click();
    await expect(page.getByRole('alert')).toContainText(
      `${me.displayName} changed this option meanwhile`,
    );
    await expect(page.getByRole('alert')).toContainText('what you entered is still in the form');
    await expect(page.getByLabel('Vendor', { exact: true })).toHaveValue(
      'Wolke Deutschland GmbH (fictitious)',
    );
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, 'option-stale-edit');

    // Costs given in part are refused next to the fields still missing, in English.
    await page.getByLabel('One-off costs').fill('1,250,000.50');
    await page.getByRole('button', { name: 'Save the option' }).click();
    await expect(page.getByLabel('One-off costs')).toHaveValue('1,250,000.50');
    await expect(page.getByLabel('Exit costs')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/^Please fill in \(0 if there are none\)/).first()).toBeVisible();
    for (const [label, value] of [
      ['Migration costs', '0'],
      ['Recurring costs per year', '300,000; 310,000; 320,000; 330,000; 340,000; 350,000'],
      ['Egress costs per year', '0'],
      ['Exit costs', '50,000'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    // Saving again replaces the other change knowingly.
    await page.getByRole('button', { name: 'Save the option' }).click();
    await expect(notice(page, 'The option “German sovereign cloud” is saved.')).toBeVisible();
    const { options } = await api.get<{
      options: { vendorName: string | null; offer: { price?: unknown } }[];
    }>(`/api/v1/options-reviews/${reviewId}/options`);
    expect(options[0]?.vendorName).toBe('Wolke Deutschland GmbH (fictitious)');
    expect(options[0]?.offer.price).toEqual({
      kind: 'lifeCycleCost',
      costs: {
        oneOff: 1250000.5,
        migrationIn: 0,
        recurringPerYear: [300000, 310000, 320000, 330000, 340000, 350000],
        egressPerYear: 0,
        exit: 50000,
      },
    });
    await expectAccessibleInBothLanguages(page);
  } finally {
    await context.dispose();
  }
});

test('a review reads on a phone: no page scrolls sideways at 320 px', async ({
  page,
  me,
  playwright,
  baseURL,
  setupApi,
}, testInfo) => {
  test.setTimeout(120_000);
  await loadCatalogue();
  // A colleague who could join: the overview's list of people to add names them, and a long
  // name must not widen the page (it did while the test ran only after others had added one).
  const suffix = uniqueSuffix();
  await inviteUser(setupApi, me.organisation, {
    email: `ausschuss-${suffix}@musterhausen.example`,
    displayName: `Maximiliane Ausschuss-Beispielhausen ${suffix}`,
    role: 'reviewer',
  });
  const context = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  try {
    const { reviewId, option } = await reviewThroughApi(
      new Api(context),
      `Vergleich mit einem sehr langen Titel über Kollaborationsplattformen ${uniqueSuffix()}`,
    );
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of [
      '/reviews',
      `/reviews/${reviewId}`,
      `/reviews/${reviewId}/scheme`,
      `/reviews/${reviewId}/scheme/versions/1`,
      `/reviews/${reviewId}/options`,
      `/en/reviews/${reviewId}/options/${option.id}`,
      `/reviews/${reviewId}/scoring`,
    ]) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const { documentWidth, viewportWidth } = await page.evaluate(() => ({
        documentWidth: document.documentElement.scrollWidth,
        viewportWidth: window.innerWidth,
      }));
      expect(documentWidth, `${path} at 320 px`).toBeLessThanOrEqual(viewportWidth);
    }
    await page.goto(`/reviews/${reviewId}/scheme`);
    await attachScreenshot(page, testInfo, 'scheme-on-a-phone');
  } finally {
    await context.dispose();
  }
});

test('two members score blind and the lead records the consensus', async ({
  page,
  me,
  setupApi,
  playwright,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const member = {
    email: `bewertung-${suffix}@musterhausen.example`,
    displayName: 'Bea Bewertung',
    role: 'reviewer' as const,
  };
  const password = passwordFor('kranich');
  await acceptInvitation(setupApi, await inviteUser(setupApi, me.organisation, member), password);
  const reviewer = await signIn((options) => playwright.request.newContext(options), baseURL!, {
    ...member,
    password,
    organisation: me.organisation,
  });
  const context = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  let reviewId: string;
  try {
    const api = new Api(context);
    const review = await api.post<{ id: string; members: { userId: string }[] }>(
      '/api/v1/options-reviews',
      {
        title: `Bewertung ${suffix}`,
        purpose: 'Zwei Wege vergleichen.',
        referenceDate: '2027-03-01',
      },
    );
    reviewId = review.id;
    await api.post(`/api/v1/options-reviews/${reviewId}/scheme-versions`, {
      basedOnVersion: null,
      source: {
        kind: 'edited',
        scheme: conceptAndPriceScheme('scoring', { de: 'Bewertung', en: 'Scoring' }),
      },
    });
    await api.post(`/api/v1/options-reviews/${reviewId}/options`, { name: 'openDesk' });
    const candidates = await api.get<{ candidates: { userId: string; displayName: string }[] }>(
      `/api/v1/options-reviews/${reviewId}/member-candidates`,
    );
    const candidate = candidates.candidates.find((item) => item.displayName === member.displayName);
    await api.post(`/api/v1/options-reviews/${reviewId}/members`, { userId: candidate!.userId });
  } finally {
    await context.dispose();
  }
  const levelGroup = (on: Page, name: RegExp) => on.getByRole('group', { name });

  await test.step('the committee member scores first, in English, and submits after confirming', async () => {
    const memberContext = await browser.newContext({
      baseURL: baseURL!,
      storageState: reviewer.storageState,
    });
    try {
      const memberPage = await memberContext.newPage();
      await memberPage.goto(`/en/reviews/${reviewId}`);
      await tab(memberPage, 'Scoring').click();
      await expect(memberPage.getByText('Scores for scheme version 1')).toBeVisible();
      const level = levelGroup(memberPage, /^Operating concept: level for openDesk/);
      await level.getByLabel(/^4 – level 4/).check();
      await memberPage.getByRole('button', { name: 'Save draft' }).click();
      // A level without its justification is refused in English, and the level chosen stays.
      await expect(
        memberPage.getByText('Please justify the score against the anchors.'),
      ).toBeVisible();
      await expect(level.getByLabel(/^4 – level 4/)).toBeChecked();
      await memberPage
        .getByLabel('Justification: Operating concept, openDesk')
        .fill('Betrieb rund um die Uhr beim Landesdienstleister.');
      await memberPage.getByRole('button', { name: 'Save draft' }).click();
      await expect(notice(memberPage, 'Your draft score sheet is saved.')).toBeVisible();
      await memberPage.getByRole('link', { name: 'Submit score sheet …' }).click();
      await memberPage.getByRole('button', { name: 'Submit score sheet' }).click();
      await expect(notice(memberPage, 'Your score sheet is submitted.')).toBeVisible();
      // The lead has not submitted: the member sees only their own scores.
      await expect(
        memberPage.getByRole('table', { name: /^Scores of the members/ }),
      ).not.toContainText(me.displayName);
    } finally {
      await memberContext.close();
    }
  });

  await test.step('the lead does not see that score before submitting their own', async () => {
    await page.goto(`/reviews/${reviewId}/scoring`);
    await expect(page.getByText(`Bisher abgegeben: ${member.displayName}`)).toBeVisible();
    await expect(page.getByText('Betrieb rund um die Uhr')).toHaveCount(0);
    await expect(page.getByText(/sobald mindestens zwei Mitglieder/)).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await attachScreenshot(page, testInfo, 'scoring-sheet');
    await levelGroup(page, /^Betriebskonzept: Punkte für openDesk/)
      .getByLabel(/^1 – lückenhaft/)
      .check();
    await page.getByLabel('Begründung: Betriebskonzept, openDesk').fill('Nur werktags erreichbar.');
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expect(notice(page, 'Ihr Entwurf des Wertungsbogens ist gespeichert.')).toBeVisible();
    await page.getByRole('link', { name: 'Wertungsbogen abgeben …' }).click();
    await page.getByRole('button', { name: 'Wertungsbogen abgeben' }).click();
    await expect(notice(page, 'Ihr Wertungsbogen ist abgegeben.')).toBeVisible();
  });

  await test.step('after submitting, the lead sees both scores, the flag, and records the consensus', async () => {
    const scores = page.getByRole('table', { name: /^Bewertungen der Mitglieder/ });
    await expect(scores).toContainText('Betrieb rund um die Uhr');
    await expect(scores).toContainText('Markiert: zu besprechen');
    const consensus = page.getByRole('group', { name: 'Konsens: openDesk, Betriebskonzept' });
    await consensus.getByLabel('Konsenspunkte').selectOption('3');
    await consensus
      .getByLabel('Gemeinsame Begründung')
      .fill('Bereitschaft vereinbart, aber nicht belegt.');
    await consensus.getByRole('button', { name: 'Konsens festhalten' }).click();
    await expect(notice(page, 'Die Konsensbewertung ist festgehalten.')).toBeVisible();
    await expect(page.getByRole('table', { name: /^Bewertungen der Mitglieder/ })).toContainText(
      'Bereitschaft vereinbart',
    );
    await expectAccessibleInBothLanguages(page);
    await attachScreenshot(page, testInfo, 'scoring-consensus');
  });
});
