import { describe, expect, it } from 'vitest';
import {
  catalogueFiles,
  locales,
  type Locale,
  messageFilesOnDisk,
  pathPatterns,
  readCatalogue,
} from '../scripts/message-catalogue.ts';

const catalogues = Object.fromEntries(
  await Promise.all(locales.map(async (locale) => [locale, await readCatalogue(locale)] as const)),
);

describe('message catalogue', () => {
  it('compiles every area file there is, in both languages', async () => {
    const patterns = await pathPatterns();
    expect(patterns.length).toBeGreaterThan(1);
    const listed = locales.flatMap((locale) =>
      patterns.map((pattern) => pattern.replace('{locale}', locale)),
    );
    expect((await messageFilesOnDisk()).sort()).toEqual(listed.sort());
  });

  it.each(locales)('keeps each key in exactly one area file in %s', async (locale) => {
    const seen = new Map<string, string>();
    const collisions: string[] = [];
    for (const file of await catalogueFiles(locale)) {
      for (const key of Object.keys(file.messages)) {
        const earlier = seen.get(key);
        if (earlier) collisions.push(`${key} in ${earlier} and ${file.path}`);
        seen.set(key, file.path);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('keeps each key in the same area in German and English', async () => {
    const areaKeys = async (locale: Locale) =>
      (await catalogueFiles(locale)).map((file) => Object.keys(file.messages).sort());
    expect(await areaKeys('en')).toEqual(await areaKeys('de'));
  });

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
