import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What axe finds against WCAG 2.1 AA: rule, impact and the offending elements. */
export async function axeViolations(page: Page) {
  // Legacy mode runs axe in the page itself. The default also opens a blank page to combine
  // results across frames from other origins, which these pages never embed: about a second
  // saved per check, with dozens of checks in the account journey.
  const results = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
  // Enough to fix it without rerunning axe.
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
