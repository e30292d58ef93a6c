import { z } from 'zod';
import { LocalizedText } from '../evaluation/common.ts';

/**
 * Ids of catalogue entries, templates, rules and catalogue files: lower case, dotted by area
 * (`csf.sov-1`, `c3a.sov-4-09-c`, `assurance.c5-type-2`). Stable: other data and published
 * schemes refer to them, so an id is never reused for something else.
 */
export const CatalogueId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, 'lower-case letters, digits, dot and hyphen; at most 80')
  .meta({ examples: ['csf.sov-1', 'c3a.sov-4-09-c', 'assurance.c5-type-2'] });

/** A version of a data file, `major.minor.patch`: minor for added items, major for changed meaning. */
export const DataVersion = z
  .string()
  .regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/, 'major.minor.patch')
  .meta({ examples: ['1.0.0'] });

/** A publication date as precise as the source states it: year, year-month or a full date. */
export const PublicationDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ examples: ['2025-10', '2024-10-22'] });

/** Where a statement comes from: the document, its version and date, and where to read it. */
export const Source = z
  .strictObject({
    name: z.string().trim().min(1).max(300),
    version: z.string().trim().min(1).max(60).optional(),
    date: PublicationDate.optional(),
    url: z.url({ protocol: /^https$/ }).max(500),
    /** Section, article, paragraph or page within the source. */
    locator: z.string().trim().min(1).max(200).optional(),
  })
  .meta({ id: 'CatalogueSource' });
export type Source = z.output<typeof Source>;

export const ChangelogEntry = z.strictObject({
  version: DataVersion,
  date: z.iso.date(),
  changes: LocalizedText,
});

/** Newest first; the first entry names the file's current version. */
export const Changelog = z.array(ChangelogEntry).min(1).max(200);

/** What every versioned data file carries besides its items. */
export const dataFileHeader = {
  schemaVersion: z.literal(1),
  id: CatalogueId,
  version: DataVersion,
  title: LocalizedText,
  description: LocalizedText,
  changelog: Changelog,
};

/** A refinement for data files: the changelog's newest entry is the file's version. */
export function changelogMatchesVersion(file: {
  version: string;
  changelog: { version: string }[];
}): boolean {
  return file.changelog[0]?.version === file.version;
}

/** Ids that appear more than once in a list, for refinements that name them. */
export function duplicateIds(items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}
