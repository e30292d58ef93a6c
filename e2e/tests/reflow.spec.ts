import { request as playwrightRequest, type Browser, type Page } from '@playwright/test';
import { Api } from '../helpers/api.ts';
import {
  createVendorUser,
  signedInAdministrator,
  uniqueSuffix,
  type SignedInAdministrator,
} from '../helpers/accounts.ts';
import { expect, test } from '../helpers/test.ts';

// WCAG 1.4.10 Reflow, which axe does not check: at 320 CSS pixels (and on a 390 px phone) no page
// may need scrolling sideways, and no control may end up outside the screen.

const widths = [320, 390] as const;

async function expectNoSidewaysScrolling(page: Page, path: string, width: number) {
  const { documentWidth, viewportWidth } = await page.evaluate(() => ({
    documentWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
  }));
  expect(documentWidth, `${path} at ${width} px`).toBeLessThanOrEqual(viewportWidth);
}

/** Every match lies wholly inside the viewport, left to right. */
async function expectWithinViewport(page: Page, controls: ReturnType<Page['getByRole']>) {
  const count = await controls.count();
  expect(count).toBeGreaterThan(0);
  const viewport = page.viewportSize()!;
  for (let index = 0; index < count; index++) {
    const box = (await controls.nth(index).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  }
}

/** A browser signed in as the user; `prepare` sets up data with the same session first. */
async function signedInPage(
  browser: Browser,
  baseURL: string,
  credentials: object,
  prepare: (api: Api) => Promise<void> = async () => {},
) {
  const request = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { origin: new URL(baseURL).origin },
  });
  const api = new Api(request);
  await api.post('/api/v1/account/login', credentials);
  await prepare(api);
  const context = await browser.newContext({ storageState: await request.storageState() });
  await request.dispose();
  return { page: await context.newPage(), close: () => context.close() };
}

test('public pages reflow at 320 and 390 px, the German landing heading included', async ({
  page,
}) => {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/en', '/login', '/en/login', '/login/code']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await expectNoSidewaysScrolling(page, path, width);
    }
  }
});

test.describe('signed in', () => {
  // One administrator and one vendor for both tests: every invitation accepted counts against
  // the API's per-address limit, which all browser tests share.
  test.describe.configure({ mode: 'default' });
  let admin: SignedInAdministrator;
  let vendorCredentials: { email: string; password: string };

  test.beforeAll(async ({ baseURL }) => {
    admin = await signedInAdministrator(baseURL!);
    vendorCredentials = await createVendorUser(admin.api, 'Ada Nordlicht');
  });

  test.afterAll(async () => {
    await admin.dispose();
  });

  test('the account and API key pages reflow and keep their buttons on screen', async ({
    browser,
    baseURL,
  }) => {
    const expiresAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
    const vendor = await signedInPage(browser, baseURL!, vendorCredentials, async (api) => {
      for (const name of [
        'ERP-Anbindung der Beschaffungsabteilung',
        `Prüfstand ${uniqueSuffix()}`,
      ]) {
        await api.post('/api/v1/api-keys', { name, scopes: ['tenders:read'], expiresAt });
      }
    });
    // A second session, so the sessions table has more than this browser's row.
    const other = await signedInPage(browser, baseURL!, vendorCredentials);
    await other.close();

    for (const width of widths) {
      await vendor.page.setViewportSize({ width, height: 800 });
      await vendor.page.goto('/account');
      await expect(vendor.page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScrolling(vendor.page, '/account', width);
      await expectWithinViewport(
        vendor.page,
        vendor.page.getByRole('button', { name: /^Beenden/ }),
      );

      for (const path of ['/api-keys', '/en/api-keys']) {
        await vendor.page.goto(path);
        await expect(vendor.page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSidewaysScrolling(vendor.page, path, width);
      }
      await expectWithinViewport(vendor.page, vendor.page.getByRole('link', { name: /^Revoke/ }));
    }
    await vendor.close();
  });

  test('the administration pages reflow', async ({ browser }) => {
    const { organisations } = await admin.api.get<{
      organisations: { id: string; name: string }[];
    }>('/api/v1/organisations');
    const authority = organisations.find((o) => o.name === admin.organisationName)!;
    await admin.api.post(`/api/v1/organisations/${authority.id}/users`, {
      email: `reflow-${uniqueSuffix()}@musterhausen.example`,
      displayName: 'Maximiliane Beschaffungsreferentin-Langname',
      role: 'officer',
    });
    const context = await browser.newContext({ storageState: await admin.storageState() });
    const page = await context.newPage();
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/administration', `/administration/organisations/${authority.id}`]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSidewaysScrolling(page, path, width);
      }
      await expectWithinViewport(page, page.getByRole('link', { name: /^Deaktivieren/ }));
    }
    await context.close();
  });
});
