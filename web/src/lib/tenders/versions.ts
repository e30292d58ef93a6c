import type { components } from '@tenderwise/schema/openapi-types';

type Version = NonNullable<components['schemas']['TenderSchemeVersionSummary']>;

export interface LotVersions {
  number: number;
  title: string;
  /** Newest first: the version bids refer to now leads. */
  versions: Version[];
}

/** The published versions by lot, in the lots' order; a version of an unknown lot is kept too. */
export function versionsByLot(
  lots: readonly { number: number; title: string }[],
  versions: readonly Version[],
): LotVersions[] {
  const known = new Set(lots.map((lot) => lot.number));
  const extra = [...new Set(versions.map((version) => version.lotNumber))]
    .filter((number) => !known.has(number))
    .map((number) => ({ number, title: '' }));
  return [...lots, ...extra].map((lot) => ({
    number: lot.number,
    title: lot.title,
    versions: versions
      .filter((version) => version.lotNumber === lot.number)
      .toSorted((a, b) => b.number - a.number),
  }));
}
