import type { SeedBundle } from '@tenderwise/schema';

/** A source that names a whole web site instead of the document it cites. */
export interface SiteRootSource {
  /** Relative to the seed root, e.g. `catalogue/cost.json`. */
  file: string;
  /** The catalogue entry or rule citing it. */
  id: string;
  name: string;
  url: string;
}

/** True for a URL whose path is empty or `/`: a site's front page, not a document on it. */
export function isSiteRoot(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname === '' || pathname === '/';
}

/**
 * Every source in the catalogue entries and rules whose URL is a site root. A reader cannot find
 * the cited statement from a front page, so the seed allows none.
 */
export function siteRootSources(bundle: SeedBundle): SiteRootSource[] {
  const found: SiteRootSource[] = [];
  const check = (file: string, id: string, sources: readonly { name: string; url: string }[]) => {
    for (const { name, url } of sources) if (isSiteRoot(url)) found.push({ file, id, name, url });
  };
  for (const catalogue of bundle.catalogues)
    for (const entry of catalogue.entries)
      check(`catalogue/${catalogue.id}.json`, entry.id, entry.sources);
  for (const ruleFile of bundle.rules)
    for (const rule of ruleFile.rules) check(`rules/${ruleFile.id}.json`, rule.id, rule.sources);
  return found;
}

/** `catalogue/cost.json cost.price-formula: https://www.cio.bund.de/ (UfAB 2018)`. */
export function formatSiteRootSource(source: SiteRootSource): string {
  return `${source.file} ${source.id}: ${source.url} (${source.name})`;
}
