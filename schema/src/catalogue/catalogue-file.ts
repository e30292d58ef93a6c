import { z } from 'zod';
import { changelogMatchesVersion, dataFileHeader, duplicateIds } from './common.ts';
import { CatalogueEntry } from './entry.ts';

/**
 * One catalogue file (`seed/catalogue/<id>.json`): a versioned group of entries from one family
 * of sources. Every entry id starts with the file's prefix, so an id tells where it lives.
 */
export const CatalogueFile = z
  .strictObject({
    ...dataFileHeader,
    /** The prefix of every entry id in the file, e.g. `csf.`. */
    idPrefix: z.string().regex(/^[a-z0-9-]+\.$/),
    entries: z.array(CatalogueEntry).min(1).max(300),
  })
  .superRefine((file, ctx) => {
    if (!changelogMatchesVersion(file)) {
      ctx.addIssue({
        code: 'custom',
        path: ['changelog', 0, 'version'],
        message: `The newest changelog entry must be the file's version ${file.version}`,
      });
    }
    for (const id of duplicateIds(file.entries)) {
      ctx.addIssue({ code: 'custom', path: ['entries'], message: `Duplicate entry id "${id}"` });
    }
    file.entries.forEach((entry, index) => {
      if (!entry.id.startsWith(file.idPrefix)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', index, 'id'],
          message: `"${entry.id}" does not start with the file's prefix "${file.idPrefix}"`,
        });
      }
    });
  });
export type CatalogueFile = z.output<typeof CatalogueFile>;
