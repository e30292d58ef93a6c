import type { Page } from '@playwright/test';
import {
  createOrganisation,
  inviteUser,
  sameOriginOptions,
  signIn,
  uniqueSuffix,
} from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
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

test.describe('a signed-in vendor', () => {
  test.use({ signedInAs: 'vendor' });

  test('the account and API key pages reflow and keep their buttons on screen', async ({
    page,
    me,
    playwright,
    baseURL,
  }) => {
    // Two keys with this worker's vendor's session, as the API key page would make them.
    const expiresAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
    const request = await playwright.request.newContext({
      ...sameOriginOptions(baseURL!),
      storageState: me.storageState,
    });
    try {
      for (const name of [
        'ERP-Anbindung der Beschaffungsabteilung',
        `Prüfstand ${uniqueSuffix()}`,
      ]) {
        await new Api(request).post('/api/v1/api-keys', {
          name,
          scopes: ['tenders:read'],
          expiresAt,
        });
      }
    } finally {
      await request.dispose();
    }
    // A second session, so the sessions table has more than this browser's row.
    await signIn((options) => playwright.request.newContext(options), baseURL!, me);

    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/account');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScrolling(page, '/account', width);
      await expectWithinViewport(page, page.getByRole('button', { name: /^Beenden/ }));

      for (const path of ['/api-keys', '/en/api-keys']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSidewaysScrolling(page, path, width);
      }
      await expectWithinViewport(page, page.getByRole('link', { name: /^Revoke/ }));
    }
  });
});

test.describe('a signed-in administrator', () => {
  test.use({ signedInAs: 'admin' });

  test('the administration pages reflow', async ({ page, setupApi }) => {
    const authority = await createOrganisation(setupApi, 'authority');
    await inviteUser(setupApi, authority, {
      email: `reflow-${uniqueSuffix()}@musterhausen.example`,
      displayName: 'Maximiliane Beschaffungsreferentin-Langname',
      role: 'officer',
    });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/administration', `/administration/organisations/${authority.id}`]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSidewaysScrolling(page, path, width);
      }
      await expectWithinViewport(page, page.getByRole('link', { name: /^Deaktivieren/ }));
    }
  });
});
