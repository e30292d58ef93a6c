import type { Locator, Page } from '@playwright/test';
import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { uniqueSuffix } from '../helpers/accounts.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';
import {
  addTeam,
  asUser,
  colleaguesOf,
  commitmentOf,
  declareAll,
  estimateValue,
  noSession,
  submissionDeadlineAhead,
  tenderColleagues,
  tenderTemplate,
} from '../helpers/tenders.ts';

// A tender prepared and published, in German. This worker's officer creates the tender in the
// new tender form, starts lot 1's evaluation scheme from a catalogue template, sets the
// submission deadline (the rules compute the last day for questions and the bid validity),
// declares no conflict of interest (§ 6 VgV) and asks for publication; a second officer of the
// authority approves it (four eyes). The public page, without an account, shows the scheme's
// SHA-256 commitment, the same the API reports. What is not under test is done through the API
// beforehand or in between: the estimated value and the reasons for one lot, the team of three
// opening officers with deputies (§ 55 (2) VgV) and their own declarations.

test.use({ signedInAs: 'officer' });

/** A tab of the tender's workspace. */
function tab(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: 'Bereiche des Vergabeverfahrens' })
    .getByRole('link', { name, exact: true });
}

/** A notice of success that says this. */
function notice(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

test('an officer prepares a tender from a template, a second officer approves, the public page shows the commitment', async ({
  page,
  me,
  setupApi,
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const setUp = { request: playwright.request, baseURL: baseURL!, setupApi };
  const [colleagues] = await Promise.all([
    tenderColleagues({ ...setUp, organisation: me.organisation }),
    loadCatalogue(),
  ]);
  const suffix = uniqueSuffix();
  const reference = `VG-2027-${suffix}`;
  const title = `Kollaborationsplattform für die Landesverwaltung ${suffix}`;

  const tenderId =
    await test.step('the officer creates the tender in the new tender form', async () => {
      await page.goto('/');
      await page
        .getByRole('navigation', { name: 'Hauptnavigation' })
        .getByRole('link', { name: 'Vergaben' })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Vergaben' })).toBeVisible();
      await page.getByRole('link', { name: 'Neues Vergabeverfahren' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Neues Vergabeverfahren' }),
      ).toBeVisible();
      await expectAccessibleInBothLanguages(page);
      await page.getByLabel('Vergabenummer').fill(reference);
      await page.getByLabel('Titel').fill(title);
      await page
        .getByLabel('Beschreibung')
        .fill(
          'Betrieb und Pflege einer souveränen Kollaborationsplattform für 4.000 Arbeitsplätze.',
        );
      await page.getByLabel('CPV-Codes').fill('72000000-5, 48000000-8');
      await page
        .getByRole('group', { name: /^VgV – / })
        .getByRole('radio', { name: 'Offenes Verfahren', exact: true })
        .check();
      await page.getByLabel('Land', { exact: true }).selectOption({ label: 'Berlin' });
      await page.getByRole('button', { name: 'Vergabeverfahren anlegen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(notice(page, 'Das Vergabeverfahren ist als Entwurf angelegt.')).toBeVisible();
      await expect(page.getByText(`Vergabenummer: ${reference}`)).toBeVisible();
      await expectAccessible(page);
      return new URL(page.url()).pathname.split('/').at(-1)!;
    });

  // The value, the reasons for a single lot and the team are other pages' journeys: through
  // the API, as the officer and the colleagues themselves.
  await asUser(setUp, me, async (api) => {
    await estimateValue(api, tenderId);
    await addTeam(api, tenderId, colleagues);
  });
  await declareAll(setUp, tenderId, colleaguesOf(colleagues));

  await test.step('the officer starts lot 1’s scheme from the catalogue template', async () => {
    await tab(page, 'Wertungsschema').click();
    await expect(page.getByRole('heading', { name: 'Wertungsschema anlegen' })).toBeVisible();
    await page.getByRole('radio', { name: `Vorlage „${tenderTemplate.title.de}“` }).check();
    await page.getByRole('button', { name: 'Schema speichern' }).click();
    await expect(notice(page, 'Das Wertungsschema ist gespeichert.')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: `Wertungsschema für Los 1: ${title}` }),
    ).toBeVisible();
    await expect(page.getByText('Das Schema erfüllt alle Regeln der Wertung.')).toBeVisible();
    await expect(page.getByText(`Vorlage (${tenderTemplate.id},`)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the officer sets the submission deadline; the rules compute the rest', async () => {
    await tab(page, 'Fristen').click();
    await page.getByLabel('Angebotsfrist', { exact: true }).fill(submissionDeadlineAhead());
    await page.getByRole('button', { name: 'Fristen speichern und prüfen' }).click();
    await expect(
      notice(page, 'Die Fristen sind gespeichert; ihre Prüfung steht unten.'),
    ).toBeVisible();
    await expect(page.getByText(/^Prüfung der Fristen: 0 Fehler,/)).toBeVisible();
    // Left empty, the last day for questions and the bid validity are computed.
    await expect(page.getByLabel('Frist für Bieterfragen', { exact: true })).not.toHaveValue('');
    await expect(page.getByLabel('Bindefrist bis', { exact: true })).not.toHaveValue('');
    await expectAccessibleInBothLanguages(page);
  });

  await test.step('the officer declares no conflict of interest; the team is complete', async () => {
    await tab(page, 'Team').click();
    await expect(page.getByText('Otto Öffner').first()).toBeVisible();
    await page
      .getByRole('button', { name: 'Ich erkläre, dass kein Interessenkonflikt besteht' })
      .click();
    await expect(notice(page, 'Ihre Erklärung ist gespeichert.')).toBeVisible();
    await expect(page.getByText(/^Sie haben diese Erklärung am .* abgegeben\.$/)).toBeVisible();
    await expect(
      page.getByText('Das Team ist für die Veröffentlichung vollständig.'),
    ).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the officer asks for publication', async () => {
    await tab(page, 'Veröffentlichung').click();
    await expect(
      page.getByText('Es fehlt nichts: Die Veröffentlichung kann beantragt werden.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Veröffentlichung beantragen' }).click();
    await expect(notice(page, 'Die Veröffentlichung ist beantragt.')).toBeVisible();
    await expect(page.getByText(/^Sie haben die Veröffentlichung am .* beantragt\./)).toBeVisible();
    // Four eyes: the one who asked cannot approve.
    await expect(page.getByRole('link', { name: /^Veröffentlichung freigeben/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  const second = await browser.newContext({
    locale: 'de-DE',
    storageState: colleagues.second.storageState,
  });
  try {
    await test.step('a second officer approves the publication', async () => {
      const approver = await second.newPage();
      await approver.goto(`/tenders/${tenderId}/publication`);
      await expect(
        approver.getByText(
          new RegExp(`^${me.displayName} hat die Veröffentlichung am .* beantragt`),
        ),
      ).toBeVisible();
      await approver.getByRole('link', { name: 'Veröffentlichung freigeben …' }).click();
      await expect(
        approver.getByRole('heading', { name: 'Veröffentlichung freigeben?' }),
      ).toBeVisible();
      await expectAccessible(approver);
      await approver.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click();
      await expect(notice(approver, 'Das Verfahren ist veröffentlicht.')).toBeVisible();
      await expect(approver.getByText('Stand: Veröffentlicht')).toBeVisible();
      await expect(approver.getByLabel('SHA-256-Hashwert', { exact: true })).toHaveValue(
        /^[0-9a-f]{64}$/,
      );
      await expectAccessible(approver);
    });
  } finally {
    await second.close();
  }

  await test.step('the public page shows the commitment the API reports, without an account', async () => {
    const commitment = await asUser(setUp, me, (officer) => commitmentOf(officer, tenderId));
    // Anybody reads the frozen version 1 through the API too, without an account.
    const published = await asUser(setUp, noSession, (api) =>
      api.get<{ commitment: string }>(
        `/api/v1/public/tenders/${tenderId}/lots/1/scheme-versions/1`,
      ),
    );
    expect(published.commitment).toBe(commitment);
    const anonymous = await browser.newContext({ locale: 'de-DE' });
    try {
      const visitor = await anonymous.newPage();
      await visitor.goto(`/public/tenders/${tenderId}`);
      await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(visitor.getByLabel('SHA-256-Hashwert, Los 1, Version 1')).toHaveValue(
        commitment,
      );
      // The team is never public.
      await expect(visitor.getByRole('main')).not.toContainText(colleagues.second.displayName);
      await expectAccessibleInBothLanguages(visitor);
    } finally {
      await anonymous.close();
    }
  });
});
