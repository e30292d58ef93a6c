import type { TenderLotSchemeResponse } from '@tenderwise/schema';
import type { TenderRow } from '../../db/repositories/tenders.ts';
import { validateScheme } from '../../engine/scheme/validate-scheme.ts';
import {
  lotOrigin,
  storedTenderScheme,
  versionSummary,
  type LotRow,
  type TenderSchemeVersionRow,
} from './scheme-rows.ts';

/**
 * A lot's scheme as the team sees it: its draft with the rules of evaluation it still breaks
 * while the tender was never published, else its latest published version.
 */
export function lotSchemeView(
  tender: TenderRow,
  lot: LotRow,
  latest: TenderSchemeVersionRow | undefined,
): TenderLotSchemeResponse {
  const common = {
    tenderId: tender.id,
    lotNumber: lot.number,
    lotVersion: lot.version,
    tenderVersion: tender.version,
    origin: lotOrigin(lot),
  };
  if (tender.published_at === null || latest === undefined) {
    const scheme = lot.scheme_draft === null ? null : storedTenderScheme(lot.scheme_draft);
    return {
      ...common,
      stage: 'draft',
      scheme,
      issues: scheme === null ? [] : validateScheme(scheme),
      publishedVersion: null,
    };
  }
  return {
    ...common,
    stage: 'published',
    scheme: storedTenderScheme(latest.scheme),
    issues: [],
    publishedVersion: versionSummary(latest),
  };
}
