import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { APIRequest, Browser, BrowserContext, Page } from '@playwright/test';
import { expectAccessible } from '../helpers/account-steps.ts';
import { sameOriginOptions } from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { saveFirstAdministrator } from '../helpers/first-administrator.ts';
import { copyMigratedDataDir } from '../helpers/migrated-data-dir.ts';
import { startServer, type StartedServer } from '../helpers/server-process.ts';
import { expect, test } from '../helpers/test.ts';
import { nextTotpCode } from '../helpers/totp.ts';

// The joint opening of the bids in the vault (§ 55 VgV). The server's clock cannot be moved from
// the browser, so the spec uses the demo: a vault tender whose submission deadline has passed,
// with sealed bids of three vendors, one of them late. The demo's opening officers open it with
// their passphrase, which in the demo is their password. The demo is offered only to an
// installation without real data: this spec has a server of its own.

const tenderTitle = 'GPU-Rechenleistung für das Landesamt für Statistik';
const officers = ['max.mustermann@musterland.example', 'leonie.wagner@musterland.example'];

interface DemoSignIn {
  email: string;
  password: string;
  totpKey: string;
}

function signInOf(file: string, email: string): DemoSignIn {
  const escaped = email.replace(/[.]/g, '\\.');
  const match = new RegExp(
    `E-Mail / e-mail: +${escaped}\\n +Passwort / password: +(\\S+)\\n +TOTP: +\\S+\\n +Schlüssel / key: +(\\S+)`,
  ).exec(file);
  if (match === null) throw new Error(`No sign-in with TOTP for ${email} in the demo file`);
  return { email, password: match[1]!, totpKey: match[2]! };
}

// One server with the demo for both tests: they run in order in one worker.
test.describe.configure({ mode: 'default' });

let runDir: string;
let server: StartedServer | undefined;
let statePath: string;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  runDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-e2e-opening-'));
  dataDir = path.join(runDir, 'data');
  statePath = path.join(runDir, 'administrator.json');
  await copyMigratedDataDir(dataDir);
  server = await startServer(dataDir);
  await saveFirstAdministrator({ baseURL: server.url, dataDir, statePath });
});

/** The demo, loaded once for the spec's tests by its administrator; its sign-in file's text. */
let demoFile: Promise<string> | undefined;
function demoLoaded(playwright: { request: APIRequest }): Promise<string> {
  demoFile ??= (async () => {
    const admin = await playwright.request.newContext({
      ...sameOriginOptions(server!.url),
      storageState: statePath,
    });
    await new Api(admin).post('/api/v1/demo-data', {});
    await admin.dispose();
    return readFile(path.join(dataDir, 'demo-sign-in.txt'), 'utf8');
  })();
  return demoFile;
}

test.afterAll(async () => {
  await server?.stop();
  if (runDir) await rm(runDir, { recursive: true, force: true });
});

/** A browser context signed in as a demo officer: password, then the TOTP code. */
async function signedIn(
  browser: Browser,
  playwright: { request: APIRequest },
  who: DemoSignIn,
  locale: string,
): Promise<BrowserContext> {
  const request = await playwright.request.newContext(sameOriginOptions(server!.url));
  try {
    const api = new Api(request);
    const { stage } = await api.post<{ stage: string }>('/api/v1/account/login', {
      email: who.email,
      password: who.password,
    });
    expect(stage).toBe('totp');
    await api.post('/api/v1/account/login/totp', { code: nextTotpCode(who.totpKey).code });
    return browser.newContext({
      baseURL: server!.url,
      storageState: await request.storageState(),
      locale,
    });
  } finally {
    await request.dispose();
  }
}

async function openingPage(context: BrowserContext, tenderId: string, prefix: string) {
  const page = await context.newPage();
  await page.goto(`${prefix}/tenders/${tenderId}/opening`);
  return page;
}

async function confirmPresence(page: Page, passphrase: string, label: RegExp, submit: RegExp) {
  await page.getByLabel(label).fill(passphrase);
  await page.getByRole('button', { name: submit }).click();
}

test('two opening officers confirm their presence in one session and open the bids', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(90_000);
  const file = await demoLoaded(playwright);
  const [first, second] = officers.map((email) => signInOf(file, email));

  const de = await signedIn(browser, playwright, first!, 'de-DE');
  const en = await signedIn(browser, playwright, second!, 'en-GB');
  const list = await de.newPage();
  await list.goto('/tenders');
  await list.getByRole('link', { name: tenderTitle }).click();
  await expect(list).toHaveURL(/\/tenders\/[0-9a-f-]{36}$/);
  const tenderId = /\/tenders\/([0-9a-f-]{36})/.exec(list.url())![1]!;

  // Before the opening the bids are counted, not shown.
  await list.goto(`/tenders/${tenderId}/bids`);
  await expect(list.getByText('Die Angebote bleiben bis zur Öffnung verschlossen')).toBeVisible();
  await expect(list.getByRole('table')).not.toContainText('(fiktiv)');
  await expectAccessible(list);

  const pageDe = await openingPage(de, tenderId, '');
  await pageDe.getByRole('button', { name: 'Öffnungstermin beginnen' }).click();
  await confirmPresence(
    pageDe,
    first!.password,
    /^Öffnungs-Passphrase/,
    /^Anwesenheit bestätigen$/,
  );
  await expect(pageDe.getByRole('list').filter({ hasText: 'Max Mustermann' })).toBeVisible();
  await expect(pageDe.getByRole('button', { name: 'Angebote öffnen' })).toBeDisabled();
  await expectAccessible(pageDe);

  const pageEn = await openingPage(en, tenderId, '/en');
  await confirmPresence(pageEn, second!.password, /^Opening passphrase/, /^Confirm presence$/);
  await expect(pageEn.getByRole('list').filter({ hasText: 'Leonie Wagner' })).toBeVisible();
  await expectAccessible(pageEn);
  await pageEn.getByRole('button', { name: 'Open the bids' }).click();
  await expect(
    pageEn.getByRole('status').filter({ hasText: 'The bids are opened.' }),
  ).toBeVisible();

  await pageEn.getByRole('link', { name: 'Opening record' }).click();
  const bids = pageEn.getByRole('table');
  await expect(bids.getByRole('row')).toHaveCount(4);
  const late = bids.getByRole('row').filter({ hasText: 'Global Cloud Services Germany GmbH' });
  await expect(late).toContainText('late');
  await expect(bids.getByRole('row').filter({ hasText: /late/ })).toHaveCount(1);
  await expectAccessible(pageEn);

  await pageDe.goto(`/tenders/${tenderId}/opening/record`);
  await expect(
    pageDe.getByRole('heading', { name: /Niederschrift über die Öffnung/ }),
  ).toBeVisible();
  await expect(
    pageDe.getByRole('row').filter({ hasText: 'Global Cloud Services Germany GmbH' }),
  ).toContainText('verspätet');
  await expectAccessible(pageDe);
  await de.close();
  await en.close();
});

// The other way bids come in: the platform of the Land opened them, and an officer imports its
// export (our JSON format) with the platform's opening record; the demo has such a tender
// awaiting its import.
test('an officer imports the e-procurement platform’s export with its opening record', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(60_000);
  const file = await demoLoaded(playwright);
  // The tender's lead, not an officer who signed in in the other test: a TOTP code counts once.
  const lead = signInOf(file, 'erika.mustermann@musterland.example');
  const officer = await signedIn(browser, playwright, lead, 'en-GB');
  const page = await officer.newPage();
  await page.goto('/en/tenders');
  await page
    .getByRole('link', { name: 'Videokonferenzdienst für die Bezirksverwaltungen' })
    .click();
  await expect(page).toHaveURL(/\/tenders\/[0-9a-f-]{36}$/);
  const tenderId = /\/tenders\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.goto(`/en/tenders/${tenderId}/bids`);
  // An outage of the platform during the submission period is recorded (§ 57 (1) no. 1 VgV).
  await page.getByLabel('Start of the outage').fill('2026-10-01T09:00');
  await page.getByLabel('End of the outage').fill('2026-10-01T10:30');
  await page.getByLabel('Description').fill('Die Plattform war nicht erreichbar.');
  await page.getByRole('button', { name: 'Record the outage' }).click();
  await expect(page.getByText('The outage is recorded.')).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Die Plattform war nicht erreichbar.' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Import the e-procurement platform’s export' }).click();

  const bid = (name: string, receivedAt: string, late: boolean) => ({
    lotNumber: 1,
    receivedAt,
    late,
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
    bids: [
      bid(
        'Bildfunk Kommunal GmbH (fiktiv)',
        new Date(Date.now() - 3 * 86_400_000).toISOString(),
        false,
      ),
      bid('Konferenzwerk eG (fiktiv)', new Date(Date.now() - 2 * 86_400_000).toISOString(), false),
    ],
  };
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
  await expect(page.getByRole('heading', { name: 'Lot 1: 2 bids' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import 2 bids' }).click();
  await expect(page.getByText('2 bids were imported.')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/tenders/${tenderId}/bids`);
  await expect(page.getByRole('table')).toContainText('Konferenzwerk eG (fiktiv)');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
  await expectAccessible(page);
  await officer.close();
});
