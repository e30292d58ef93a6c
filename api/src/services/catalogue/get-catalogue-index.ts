import type { CatalogueIndexResponse } from '@tenderwise/schema';
import { countCatalogueEntries, listCatalogueFiles } from '../../db/repositories/catalogue.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { catalogueHeaderOf } from './stored-documents.ts';

/** Every catalogue file with its version, changelog and how many of its entries are verified. */
export async function getCatalogueIndex({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<CatalogueIndexResponse> {
  await authorize(ctx, { operationId: 'getCatalogueIndex' });
  const [files, counted] = await Promise.all([
    listCatalogueFiles(ctx.db, 'catalogue'),
    countCatalogueEntries(ctx.db),
  ]);
  const byFile = new Map(counted.map((row) => [row.file_id, row]));
  const catalogues = files.map((file) => {
    const header = catalogueHeaderOf(file);
    const count = byFile.get(file.id);
    return {
      id: file.id,
      version: file.version,
      title: header.title,
      description: header.description,
      changelog: header.changelog,
      entryCount: count?.entries ?? 0,
      verifiedCount: count?.verified ?? 0,
    };
  });
  const entryCount = catalogues.reduce((sum, item) => sum + item.entryCount, 0);
  const verifiedCount = catalogues.reduce((sum, item) => sum + item.verifiedCount, 0);
  return {
    catalogues,
    entryCount,
    verifiedCount,
    verifiedShare:
      entryCount === 0 ? 0 : Math.round((verifiedCount / entryCount) * 10_000) / 10_000,
  };
}
