import type { SeedBundle } from '@tenderwise/schema';

export interface VerifiedShare {
  entries: number;
  verified: number;
  /** verified / entries, 0 without entries. */
  share: number;
  byCatalogue: { id: string; version: string; entries: number; verified: number }[];
}

/** How many catalogue entries were checked against their sources' own text. */
export function verifiedShare(bundle: SeedBundle): VerifiedShare {
  const byCatalogue = bundle.catalogues.map((catalogue) => ({
    id: catalogue.id,
    version: catalogue.version,
    entries: catalogue.entries.length,
    verified: catalogue.entries.filter((entry) => entry.verified).length,
  }));
  const entries = byCatalogue.reduce((sum, item) => sum + item.entries, 0);
  const verified = byCatalogue.reduce((sum, item) => sum + item.verified, 0);
  return { entries, verified, share: entries === 0 ? 0 : verified / entries, byCatalogue };
}

/** `73 of 120 entries verified (60.8 %)`. */
export function formatVerifiedShare(share: {
  entries: number;
  verified: number;
  share: number;
}): string {
  return `${share.verified} of ${share.entries} entries verified (${(share.share * 100).toFixed(1)} %)`;
}
