import type { z } from 'zod';
import type { VersionComparisonResponse } from '@tenderwise/schema';
import { findVersionByNumber } from '../../db/repositories/self-assessment-versions.ts';
import { compareJson } from '../../domain/registry/compare.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { publishedContent, readableService } from './registry-reads.ts';

/**
 * The differences between two published versions of a service, by JSON pointer into their
 * content. A number that names no published version (a draft included) is named in the 422.
 */
export async function compareRegistryVersions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; from: number; to: number };
}): Promise<z.output<typeof VersionComparisonResponse>> {
  const service = await readableService(ctx, 'compareRegistryVersions', input.serviceId);
  const [from, to] = await Promise.all(
    [input.from, input.to].map((number) => findVersionByNumber(ctx.db, service.id, number)),
  );
  const missing = (
    [
      ['from', from],
      ['to', to],
    ] as const
  ).filter(([, version]) => version === undefined || version.status !== 'published');
  if (missing.length > 0) {
    throw new ValidationError(
      'The versions cannot be compared.',
      missing.map(([name]) => ({
        in: 'query' as const,
        pointer: `/${name}`,
        detail: 'The service has no published version with this number.',
      })),
    );
  }
  return {
    serviceId: service.id,
    from: input.from,
    to: input.to,
    differences: compareJson(publishedContent(from!).content, publishedContent(to!).content),
  };
}
