import type { CatalogueEntryListQuery, CatalogueEntryListResponse } from '@tenderwise/schema';
import type { z } from 'zod';
import { listCatalogueEntries as selectEntries } from '../../db/repositories/catalogue.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { entryOf } from './stored-documents.ts';

/** Entries in catalogue order, filtered by catalogue file, kind, legal type and verification. */
export async function listCatalogueEntries({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CatalogueEntryListQuery;
}): Promise<z.output<typeof CatalogueEntryListResponse>> {
  await authorize(ctx, { operationId: 'listCatalogueEntries' });
  const rows = await selectEntries(ctx.db, {
    ...(input.catalogue !== undefined && { fileId: input.catalogue }),
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.verified !== undefined && { verified: input.verified === 'true' }),
  });
  const entries = rows.map(entryOf);
  if (input.legalType === undefined) return { entries };
  return {
    entries: entries.filter(({ entry }) =>
      entry.legalTypes.some((use) => use.type === input.legalType),
    ),
  };
}
