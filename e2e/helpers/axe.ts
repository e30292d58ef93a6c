import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from '@playwright/test';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What AxeBuilder's `withTags(wcag)` asks axe for. */
const options = { runOnly: { type: 'tag', values: wcag } };

/** What AxeBuilder's legacy mode configures after injecting axe. */
const configure = `axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } })`;

/** What axe finds against WCAG 2.1 AA: rule, impact and the offending elements. */
export async function axeViolations(page: Page) {
  // Legacy mode runs axe in the page itself. The default also opens a blank page to combine
  // results across frames from other origins, which these pages never embed: about a second
  // saved per check, with dozens of checks in the account journey.
  const results = await (page.frames().length === 1
    ? analyzeInMainFrame(page)
    : new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze());
  // Enough to fix it without rerunning axe.
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * AxeBuilder's legacy analysis for a page without frames, with axe injected once per document:
 * AxeBuilder evaluates axe's half-megabyte source twice on every check, which took three
 * quarters of a check's time. The pages navigate on the client, so one document meets several
 * checks; a full load brings a new document, into which axe is injected again. Same rules,
 * same options, same results.
 */
async function analyzeInMainFrame(page: Page): Promise<axe.AxeResults> {
  const injected = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!injected) {
    await page.evaluate(axe.source);
    await page.evaluate(configure);
  }
  const outcome = await page.evaluate(async (runOptions) => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    try {
      return {
        results: await inPage.run(document, runOptions as axe.RunOptions),
        error: null,
      };
    } catch (error) {
      return { results: null, error: String(error) };
    }
  }, options);
  if (outcome.error !== null) throw new Error(outcome.error);
  return outcome.results!;
}
