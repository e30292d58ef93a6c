import type { TenderRow } from '../../db/repositories/tenders.ts';
import { estimateContractValue } from '../../domain/tenders/contract-value.ts';
import { storedEstimate } from '../tenders/tender-view.ts';

/**
 * The tender's estimated contract value, net of VAT, in euro (§ 3 VgV): what the competition
 * register threshold (§ 6 (1) WRegG) and the engine's abnormally-low check compare with. Null
 * while the tender has no estimate.
 */
export function estimatedNetValue(tender: Pick<TenderRow, 'estimated_value'>): number | null {
  const estimate = storedEstimate(tender);
  return estimate === null ? null : Number(estimateContractValue(estimate).value);
}
