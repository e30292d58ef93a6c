import type { StoredCatalogueEntry } from '@tenderwise/schema';

/** What the editor shows beside a question: the catalogue entry's text and its sources. */
export interface CatalogueHelp {
  id: string;
  title: string;
  description: string;
  sources: { name: string; url: string; locator?: string }[];
}

/** A catalogue entry as help in one language. */
export function helpOf(stored: StoredCatalogueEntry, locale: 'de' | 'en'): CatalogueHelp {
  const { entry } = stored;
  return {
    id: entry.id,
    title: entry.title[locale],
    description: entry.description[locale],
    sources: entry.sources.map((source) => ({
      name: source.name,
      url: source.url,
      ...(source.locator ? { locator: source.locator } : {}),
    })),
  };
}
