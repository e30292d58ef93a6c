import type { Page } from '@playwright/test';

export interface PageWatch {
  /** Every URL the page requested, in order (including ones the route blocked). */
  requests: string[];
  /** Requests to anywhere but the server under test; blocked, so the test never goes online. */
  external: string[];
  /** Console errors, uncaught exceptions and Content-Security-Policy violations. */
  errors: string[];
}

/**
 * Records what a page does while a test drives it. Call before the first `goto`. Local schemes
 * (data:, blob:) stay on the machine and count as local.
 */
export async function watchPage(page: Page, serverUrl: string): Promise<PageWatch> {
  const origin = new URL(serverUrl).origin;
  const watch: PageWatch = { requests: [], external: [], errors: [] };
  const isLocal = (url: string) => {
    const parsed = new URL(url);
    return parsed.origin === origin || parsed.protocol === 'data:' || parsed.protocol === 'blob:';
  };
  page.on('request', (request) => watch.requests.push(request.url()));
  await page.context().route(
    (url) => !isLocal(url.href),
    async (route) => {
      watch.external.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
  // Chromium reports most CSP violations on the console too, but not all (e.g. report-only).
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    watch.errors.push(`CSP violation: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void })
        .__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return watch;
}
