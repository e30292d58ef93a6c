import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {
  APIRequest,
  APIRequestContext,
  Browser,
  BrowserContext,
  Page,
} from '@playwright/test';
import { expectAccessible } from '../helpers/account-steps.ts';
import { attachScreenshot } from '../helpers/screenshots.ts';
import { sameOriginOptions } from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { saveFirstAdministrator } from '../helpers/first-administrator.ts';
import { copyMigratedDataDir } from '../helpers/migrated-data-dir.ts';
import { startServer, type StartedServer } from '../helpers/server-process.ts';
import { expect, test } from '../helpers/test.ts';
import { nextTotpCode } from '../helpers/totp.ts';

// The evaluation of opened bids, stage by stage. The demo has a tender whose bids the Land's
// platform opened, awaiting their import; once imported, the lead officer decides the formal
// check of a bid and asks the bidder for a clarification. In the demo's vault tender a bidder
// answers a clarification on its own page. The demo is offered only to an installation without
// real data: this spec has a server of its own.

const tenderTitle = 'Videokonferenzdienst für die Bezirksverwaltungen';
const importedTitle = 'Kollaborationsplattform für die Bezirksverwaltungen';
const evaluatedTitle = 'GPU-Rechenleistung für das Landesamt für Geoinformation';
const evaluators = ['aylin.kaya@musterland.example', 'jonas.lindner@musterland.example'];
const vaultTenderTitle = 'GPU-Rechenleistung für das Landesamt für Statistik';
const lead = 'erika.mustermann@musterland.example';

// One server with the demo for both tests: they run in order in one worker.
test.describe.configure({ mode: 'default' });

let runDir: string;
let server: StartedServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  runDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-e2e-evaluation-'));
  const dataDir = path.join(runDir, 'data');
  const statePath = path.join(runDir, 'administrator.json');
  await copyMigratedDataDir(dataDir);
  server = await startServer(dataDir);
  await saveFirstAdministrator({ baseURL: server.url, dataDir, statePath });
});

test.afterAll(async () => {
  await server?.stop();
  if (runDir) await rm(runDir, { recursive: true, force: true });
});

/** A day after today in Berlin, as a date field takes it. */
function tomorrowInBerlin(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const next = new Date(`${today}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The demo, loaded once for the spec's tests by its administrator; its sign-in file's text. */
let demoFile: Promise<string> | undefined;
function demoLoaded(playwright: { request: APIRequest }): Promise<string> {
  demoFile ??= (async () => {
    const admin = await playwright.request.newContext({
      ...sameOriginOptions(server!.url),
      storageState: path.join(runDir, 'administrator.json'),
    });
    await new Api(admin).post('/api/v1/demo-data', {});
    await admin.dispose();
    return readFile(path.join(runDir, 'data', 'demo-sign-in.txt'), 'utf8');
  })();
  return demoFile;
}

/** The TOTP step each user's last code was of. */
const usedSteps = new Map<string, number>();

/** A request context signed in as a demo user: password, then a TOTP code where one is set. */
async function signedInRequest(
  playwright: { request: APIRequest },
  file: string,
  email: string,
): Promise<APIRequestContext> {
  const escaped = email.replace(/[.]/g, '\\.');
  const password = passwordOf(file, email);
  const key = new RegExp(
    `E-Mail / e-mail: +${escaped}\\n +Passwort / password: +\\S+\\n +TOTP: +\\S+\\n +Schlüssel / key: +(\\S+)`,
  ).exec(file)?.[1];
  const request = await playwright.request.newContext(sameOriginOptions(server!.url));
  const api = new Api(request);
  await api.post('/api/v1/account/login', { email, password });
  if (key !== undefined) {
    // A user signs in more than once in this spec: each time with the next unused code.
    const { code, step } = nextTotpCode(key, usedSteps.get(email) ?? null);
    usedSteps.set(email, step);
    await api.post('/api/v1/account/login/totp', { code });
  }
  return request;
}

/** The demo password of a user: in the demo, opening passphrases are the passwords. */
function passwordOf(file: string, email: string): string {
  const escaped = email.replace(/[.]/g, '\\.');
  return new RegExp(`E-Mail / e-mail: +${escaped}\\n +Passwort / password: +(\\S+)`).exec(
    file,
  )![1]!;
}

async function signedIn(
  browser: Browser,
  request: APIRequestContext,
  locale: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server!.url,
    storageState: await request.storageState(),
    locale,
  });
  await request.dispose();
  return context;
}

async function importBids(page: Page, tenderId: string) {
  const bid = (name: string, daysAgo: number) => ({
    lotNumber: 1,
    receivedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
    late: false,
    content: {
      bidder: { kind: 'single', company: { name, country: 'DE' } },
      answers: {},
      price: {
        kind: 'lifeCycleCost',
        costs: {
          oneOff: 90000,
          migrationIn: 60000,
          recurringPerYear: 140000,
          egressPerYear: 0,
          exit: 10000,
        },
      },
      declarations: { art5k: true, exclusionGrounds: true },
      declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
    },
  });
  const exported = {
    format: 'tenderwise-bid-import',
    version: 1,
    tenderReference: 'LVM-VG-2026-022',
    platform: 'Vergabeplattform Musterland (fiktiv)',
    openedAt: new Date(Date.now() - 3_600_000).toISOString(),
    bids: [bid('Bildfunk Kommunal GmbH (fiktiv)', 3), bid('Konferenzwerk eG (fiktiv)', 2)],
  };
  await page.goto(`/en/tenders/${tenderId}/bids/import`);
  await page.getByLabel('Platform', { exact: true }).fill(exported.platform);
  await page.getByLabel('Export of the bids').setInputFiles({
    name: 'export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await page.getByLabel('Opening record', { exact: true }).setInputFiles({
    name: 'niederschrift.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7 Niederschrift der Plattform'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import 2 bids' }).click();
  await expect(page.getByText('2 bids were imported.')).toBeVisible();
}

test('the lead officer decides the formal check of a bid and asks the bidder to clarify', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(90_000);
  const file = await demoLoaded(playwright);
  const context = await signedIn(browser, await signedInRequest(playwright, file, lead), 'en-GB');

  const page = await context.newPage();
  await page.goto('/en/tenders');
  await page.getByRole('link', { name: tenderTitle }).click();
  await expect(page).toHaveURL(/\/tenders\/[0-9a-f-]{36}$/);
  const tenderId = /\/tenders\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await importBids(page, tenderId);

  await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Evaluation of the bids' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Konferenzwerk eG (fiktiv)' });
  await expect(row).toContainText('open');
  await expectAccessible(page);

  await row.getByRole('link', { name: 'Konferenzwerk eG (fiktiv)' }).click();
  await expect(page.getByRole('heading', { name: 'Konferenzwerk eG (fiktiv)' })).toBeVisible();
  // Every criterion of the formal check is met; the register was queried today.
  const decision = page.locator('form[action="?/decide"]');
  for (const group of await decision.getByRole('group').all()) {
    if ((await group.getByRole('checkbox').count()) > 0) {
      await group.getByRole('checkbox').check();
    }
  }
  await decision
    .getByLabel('Competition register queried on')
    .fill(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()));
  await decision.getByLabel('Reasons').fill('Complete and on time; no exclusion ground.');
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByText('The decision is recorded.')).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Legal basis' })).toContainText('passed');
  await expectAccessible(page);

  const ask = page.locator('form[action="?/ask"]');
  await ask.getByLabel('Question to the bidder').fill('Which data centres host the service?');
  await ask.getByLabel('Deadline (last day)').fill(tomorrowInBerlin());
  await ask.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.getByText('The question is asked.')).toBeVisible();
  await expect(page.getByText('Which data centres host the service?')).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test('a bidder answers a clarification of its opened bid on its own page', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(90_000);
  const file = await demoLoaded(playwright);
  // Two opening officers open the vault's bids (§ 55 VgV), then one asks a bidder to clarify.
  const max = await signedInRequest(playwright, file, 'max.mustermann@musterland.example');
  const leonie = await signedInRequest(playwright, file, 'leonie.wagner@musterland.example');
  const officer = new Api(max);
  const { tenders } = await officer.get<{ tenders: { id: string; title: string }[] }>(
    '/api/v1/tenders',
  );
  const tenderId = tenders.find((tender) => tender.title === vaultTenderTitle)!.id;
  const base = `/api/v1/tenders/${tenderId}/opening-sessions`;
  const session = await officer.post<{ id: string }>(base, {});
  await officer.post(`${base}/${session.id}/presence`, {
    passphrase: passwordOf(file, 'max.mustermann@musterland.example'),
  });
  await new Api(leonie).post(`${base}/${session.id}/presence`, {
    passphrase: passwordOf(file, 'leonie.wagner@musterland.example'),
  });
  await officer.post(`${base}/${session.id}/opening`, {});
  const { bids } = await officer.get<{ bids: { id: string; bidder: { name: string } }[] }>(
    `/api/v1/tenders/${tenderId}/bids`,
  );
  const bid = bids.find((entry) => entry.bidder.name.startsWith('Souveräne Rechenzentren'))!;
  await officer.post(`/api/v1/tenders/${tenderId}/bids/${bid.id}/clarifications`, {
    stage: 'formal',
    question: 'Wer hat das Angebot unterschrieben?',
    deadline: tomorrowInBerlin(),
  });
  await max.dispose();
  await leonie.dispose();

  const vendor = await signedIn(
    browser,
    await signedInRequest(playwright, file, 'miriam.schulz@wolkenwerk.example'),
    'de-DE',
  );
  const page = await vendor.newPage();
  await page.goto('/vendor/requests');
  await expect(page.getByRole('heading', { name: /Aufklärung 1/ })).toBeVisible();
  await expect(page.getByText('Wer hat das Angebot unterschrieben?')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Ihre Antwort').fill('Die Geschäftsführerin, Frau Schulz.');
  await page.getByRole('button', { name: 'Antwort senden' }).click();
  await expect(page.getByText('Ihre Antwort ist eingegangen.')).toBeVisible();
  await expect(page.getByText(/beantwortet am/)).toBeVisible();
  await expectAccessible(page);
  await vendor.close();
});

/** The demo tender of the given title, by the API. */
async function tenderIdOf(request: APIRequestContext, title: string): Promise<string> {
  const { tenders } = await new Api(request).get<{ tenders: { id: string; title: string }[] }>(
    '/api/v1/tenders',
  );
  return tenders.find((tender) => tender.title === title)!.id;
}

/** An evaluator fills every level and justification of the sheet, saves and submits it. */
async function scoreAndSubmit(
  page: Page,
  level: string,
  texts: { save: string; saved: string; submit: string },
) {
  const sheet = page.locator('form[action="?/save"]');
  for (const scale of await sheet.locator('fieldset.sheet-levels').all()) {
    await scale.locator(`input[type="radio"][value="${level}"]`).check();
  }
  for (const field of await sheet.locator('textarea').all()) {
    await field.fill(`Erfüllt den Anker der Stufe ${level}: die Zusagen des Angebots sind belegt.`);
  }
  await sheet.getByRole('button', { name: texts.save }).click();
  await expect(page.getByText(texts.saved)).toBeVisible();
  await page.getByRole('link', { name: texts.submit }).click();
}

test('two evaluators score blind, the lead records the consensus, asks for a document and computes the result', async ({
  browser,
  playwright,
}, testInfo) => {
  test.setTimeout(180_000);
  const file = await demoLoaded(playwright);
  // The platform's bids were imported; the lead decides both formal checks by the API, as the
  // first test shows in the browser.
  const leadRequest = await signedInRequest(playwright, file, lead);
  // The same session for the API calls and, from its stored state, for the lead's browser.
  const apiRequest = await playwright.request.newContext({
    ...sameOriginOptions(server!.url),
    storageState: await leadRequest.storageState(),
  });
  const api = new Api(apiRequest);
  const tenderId = await tenderIdOf(leadRequest, importedTitle);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const { lots } = await api.get<{ lots: { bids: { bidId: string }[] }[] }>(
    `/api/v1/tenders/${tenderId}/evaluation`,
  );
  const bidIds = lots[0]!.bids.map((bid) => bid.bidId);
  for (const bidId of bidIds) {
    const detail = await api.get<{ criteria: { id: string; stage: string }[] }>(
      `/api/v1/tenders/${tenderId}/bids/${bidId}/evaluation`,
    );
    await api.post(`/api/v1/tenders/${tenderId}/bids/${bidId}/stages/formal`, {
      outcome: 'passed',
      reasons: 'Fristgerecht und vollständig; keine Ausschlussgründe; Register ohne Eintrag.',
      checks: Object.fromEntries(
        detail.criteria.filter((c) => c.stage === 'formal').map((c) => [c.id, { met: true }]),
      ),
      registerQueriedOn: today,
    });
  }

  // The lead asks one bidder for a missing company document (§ 56 (2) VgV), in German.
  const leadContext = await signedIn(browser, leadRequest, 'de-DE');
  const leadPage = await leadContext.newPage();
  await leadPage.goto(`/tenders/${tenderId}/evaluation/${bidIds[0]}`);
  const requestForm = leadPage.locator('form[action="?/request"]');
  // A suitability document: the formal check, already decided, goes on undisturbed.
  await requestForm.getByLabel('Stufe', { exact: true }).selectOption('suitability');
  await requestForm
    .getByLabel('Nachgeforderte Unterlage')
    .fill('Referenzbescheinigung zur Migration');
  await requestForm.getByLabel('Frist (letzter Tag)').fill(tomorrowInBerlin());
  await requestForm.getByRole('button', { name: 'Nachfordern' }).click();
  await expect(leadPage.getByText('Referenzbescheinigung zur Migration')).toBeVisible();
  // Its bidder answers on the platform: the page offers to record what comes in there.
  await expect(
    leadPage.getByRole('group', { name: 'Antwort von der Vergabeplattform erfassen' }),
  ).toBeVisible();
  await expectAccessible(leadPage);

  // The first evaluator scores and submits; the second sees none of it before submitting.
  const [first, second] = await Promise.all(
    evaluators.map(async (email, index) =>
      signedIn(
        browser,
        await signedInRequest(playwright, file, email),
        index === 0 ? 'de-DE' : 'en-GB',
      ),
    ),
  );
  const firstPage = await first!.newPage();
  await firstPage.goto(`/tenders/${tenderId}/scoring`);
  await expect(firstPage.getByRole('heading', { name: 'Ihr Bewertungsbogen' })).toBeVisible();
  await expectAccessible(firstPage);
  await attachScreenshot(firstPage, testInfo, 'score sheet (de)');
  await scoreAndSubmit(firstPage, '3', {
    save: 'Bogen speichern',
    saved: 'Ihr Bogen ist gespeichert.',
    submit: 'Bogen abgeben …',
  });
  await firstPage.getByRole('button', { name: 'Bogen abgeben' }).click();
  await expect(firstPage.getByText('Ihr Bogen ist abgegeben.')).toBeVisible();

  const secondPage = await second!.newPage();
  await secondPage.goto(`/en/tenders/${tenderId}/scoring`);
  await expect(secondPage.getByText('Nobody sees your scores before you submit.')).toBeVisible();
  await expect(secondPage.getByRole('heading', { name: 'Submitted scores' })).toHaveCount(0);
  await scoreAndSubmit(secondPage, '3', {
    save: 'Save sheet',
    saved: 'Your sheet is saved.',
    submit: 'Submit the sheet…',
  });
  await secondPage.getByRole('button', { name: 'Submit sheet' }).click();
  await expect(secondPage.getByText('Your sheet is submitted.')).toBeVisible();
  await expect(secondPage.getByRole('heading', { name: 'Submitted scores' })).toBeVisible();
  await expectAccessible(secondPage);
  await attachScreenshot(secondPage, testInfo, 'submitted scores (en)');
  await first!.close();
  await second!.close();

  // The consensus: the first in the browser, the others by the API.
  await leadPage.goto(`/tenders/${tenderId}/scoring`);
  const consensus = leadPage.locator('form[action="?/consensus"]').first();
  await consensus.locator('select').selectOption('3');
  await consensus.locator('textarea').first().fill('Das Gremium einigt sich auf Stufe 3.');
  await consensus.getByRole('button', { name: 'Konsens festhalten' }).click();
  await expect(leadPage.getByText('Die Konsensbewertung ist festgehalten.')).toBeVisible();
  const scoring = await api.get<{
    criteria: { criterionId: string }[];
    bids: { bidId: string }[];
    consensus: { bidId: string; criterionId: string }[];
  }>(`/api/v1/tenders/${tenderId}/lots/1/scoring`);
  for (const bid of scoring.bids) {
    for (const criterion of scoring.criteria) {
      if (
        scoring.consensus.some(
          (c) => c.bidId === bid.bidId && c.criterionId === criterion.criterionId,
        )
      )
        continue;
      await api.put(
        `/api/v1/tenders/${tenderId}/lots/1/consensus/${bid.bidId}/${criterion.criterionId}`,
        { score: 3, justification: 'Das Gremium einigt sich auf Stufe 3.' },
      );
    }
  }

  // The official result and the comparison officers read.
  await leadPage.goto(`/tenders/${tenderId}/result`);
  await leadPage.getByRole('button', { name: 'Amtliches Ergebnis von Los 1 berechnen' }).click();
  await expect(
    leadPage.getByText('Das amtliche Ergebnis wurde berechnet und gespeichert.'),
  ).toBeVisible();
  await expect(leadPage.getByRole('heading', { name: 'Rangfolge' })).toBeVisible();
  await expect(leadPage.getByRole('table').first()).toContainText('Offene Arbeitsplatz-Dienste eG');
  await expectAccessible(leadPage);
  await attachScreenshot(leadPage, testInfo, 'comparison (de)');
  await leadContext.close();
  await apiRequest.dispose();
});

test('the comparison of the demo’s evaluated tender shows the exclusion, and the assistant explains it', async ({
  browser,
  playwright,
}, testInfo) => {
  test.setTimeout(90_000);
  const file = await demoLoaded(playwright);
  const request = await signedInRequest(playwright, file, lead);
  const tenderId = await tenderIdOf(request, evaluatedTitle);
  const context = await signedIn(browser, request, 'en-GB');
  const page = await context.newPage();
  await page.goto(`/en/tenders/${tenderId}/result`);
  await expect(page.getByRole('heading', { name: 'Ranking' })).toBeVisible();
  await expect(page.getByText('§ 57 Abs. 1 Nr. 1 VgV').first()).toBeVisible();
  await expect(page.locator('[aria-labelledby="result-heatmap-title"]')).toBeVisible();
  await expectAccessible(page);
  await attachScreenshot(page, testInfo, 'comparison of the evaluated tender (en)');

  await expect(page.getByRole('link', { name: 'Print view' })).toHaveAttribute(
    'href',
    new RegExp(`/tenders/${tenderId}/result/print\\?lot=1$`),
  );

  await page.getByRole('button', { name: 'Ask the assistant about this result' }).click();
  await expect(page).toHaveURL(/\/assistant\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: 'Who was excluded, and why?' }).click();
  await expect(
    page.getByText(/Rechenwerk Nord GmbH \(fiktiv\) \(formal check, § 57 Abs\. 1 Nr\. 1 VgV\)/),
  ).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
