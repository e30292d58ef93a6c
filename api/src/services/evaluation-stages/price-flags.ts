import {
  ContractValueInput,
  type EvaluatedBid,
  type EvaluationScheme,
  type PriceFlag,
} from '@tenderwise/schema';
import type { TenderRow } from '../../db/repositories/tenders.ts';
import { estimateContractValue } from '../../domain/tenders/contract-value.ts';
import { abnormallyLowPrices } from '../../engine/price/abnormally-low.ts';
import { evaluatedPrice } from '../../engine/evaluation/score-bids.ts';
import type { EvaluatedBidRow } from '../tender-evaluation/evaluated-bids.ts';
import { lotValueId } from '../tenders/tender-view.ts';

/**
 * The tender's estimated net contract value (all lots, § 3 VgV) with each lot's, or null without
 * an estimate. An estimate stored as a bare net amount (`{"net": "…"}`) names no lots.
 */
export function contractValueOf(tender: Pick<TenderRow, 'estimated_value'>): {
  value: string;
  lots: { id: string; value: string }[];
} | null {
  if (tender.estimated_value === null) return null;
  const stored = JSON.parse(tender.estimated_value) as unknown;
  if (typeof stored === 'object' && stored !== null && 'net' in stored) {
    return typeof stored.net === 'string' ? { value: stored.net, lots: [] } : null;
  }
  const estimate = ContractValueInput.safeParse(stored);
  return estimate.success ? estimateContractValue(estimate.data) : null;
}

/**
 * The engine's abnormally-low flags (§ 60 (1) VgV) over the lot's bids still in the procedure,
 * with the scheme's threshold (Aufgreifschwelle) and the lot's estimate, as the evaluation runs
 * them (`engine/evaluation/evaluate.ts`). A flag asks for a clarification; it never excludes.
 */
export function priceFlagsOf(
  scheme: EvaluationScheme,
  bids: readonly EvaluatedBidRow[],
  tender: Pick<TenderRow, 'estimated_value'>,
  lotNumber: number,
): Map<string, PriceFlag[]> {
  const estimate = contractValueOf(tender)?.lots.find((lot) => lot.id === lotValueId(lotNumber));
  const flags = abnormallyLowPrices(
    bids.map((bid) => ({
      id: bid.id,
      // Only the price is read; the bid was checked against the scheme's price kind on entry.
      price: evaluatedPrice(scheme, { price: bid.content.price } as EvaluatedBid),
    })),
    {
      thresholdPercent: scheme.abnormallyLowThresholdPercent,
      ...(estimate === undefined ? {} : { estimate: estimate.value }),
    },
  );
  return new Map(
    [...flags].map(([id, reasons]) => [id, [{ code: 'abnormallyLow' as const, reasons }]]),
  );
}
