import type { OptionRegistrySource } from '@tenderwise/schema';
import {
  listRegistrySources,
  type OptionRow,
} from '../../db/repositories/options-review-options.ts';
import type { ServiceContext } from '../context.ts';

/** The registry versions the options were taken from, for `optionResponse`. */
export async function registrySourcesOf(
  db: ServiceContext['db'],
  options: readonly OptionRow[],
): Promise<Map<string, OptionRegistrySource>> {
  const ids = options.flatMap((option) =>
    option.registry_version_id === null ? [] : [option.registry_version_id],
  );
  const rows = await listRegistrySources(db, ids);
  return new Map(
    rows
      // Only published versions can be taken, and they never change.
      .filter((row) => row.published_at !== null && row.content_sha256 !== null)
      .map((row) => [
        row.id,
        {
          serviceId: row.service_id,
          versionId: row.id,
          versionNumber: row.number,
          publishedAt: row.published_at!.toISOString(),
          contentSha256: row.content_sha256!,
        },
      ]),
  );
}
