import type { StoredCatalogueEntry } from '@tenderwise/schema';
import { findCatalogueEntry } from '../../db/repositories/catalogue.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { entryOf } from './stored-documents.ts';

/** One entry by its stable id, with its catalogue file and version. */
export async function getCatalogueEntry({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { entryId: string };
}): Promise<StoredCatalogueEntry> {
  await authorize(ctx, { operationId: 'getCatalogueEntry' });
  const row = await findCatalogueEntry(ctx.db, input.entryId);
  if (!row) throw new NotFoundError(`There is no catalogue entry "${input.entryId}".`);
  return entryOf(row);
}
