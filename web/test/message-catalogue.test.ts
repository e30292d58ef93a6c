import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const locales = ['de', 'en'] as const;

async function readCatalogue(locale: string): Promise<Record<string, unknown>> {
  const text = await readFile(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8');
  return JSON.parse(text) as Record<string, unknown>;
}

const catalogues = Object.fromEntries(
  await Promise.all(locales.map(async (locale) => [locale, await readCatalogue(locale)] as const)),
);

describe('message catalogue', () => {
  it('has the same keys in German and English', () => {
    const germanKeys = Object.keys(catalogues.de ?? {}).sort();
    const englishKeys = Object.keys(catalogues.en ?? {}).sort();
    expect(germanKeys.length).toBeGreaterThan(0);
    expect(englishKeys).toEqual(germanKeys);
  });

  it.each(locales)('has a non-empty text for every key in %s', (locale) => {
    const empty = Object.entries(catalogues[locale] ?? {})
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, german] of Object.entries(catalogues.de ?? {})) {
      expect(placeholders(catalogues.en?.[key]), key).toEqual(placeholders(german));
    }
  });

  it('names each language in that language, for the language switch', () => {
    expect(catalogues.de?.language_name).toBe('Deutsch');
    expect(catalogues.en?.language_name).toBe('English');
  });

  it('carries the system status texts the start page promises', () => {
    expect(catalogues.de).toMatchObject({
      health_heading: 'Systemstatus',
      health_status_ok: 'Betriebsbereit',
      health_status_degraded: 'Eingeschränkt',
      health_status_unreachable: 'Nicht erreichbar',
      skip_link: 'Zum Inhalt springen',
    });
    expect(catalogues.en).toMatchObject({
      health_heading: 'System status',
      health_status_ok: 'Operational',
      health_status_degraded: 'Degraded',
      health_status_unreachable: 'Unreachable',
      skip_link: 'Skip to main content',
    });
  });
});
