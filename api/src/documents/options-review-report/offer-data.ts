import type { AwardNode, OptionResponse, ReportLanguage } from '@tenderwise/schema';
import { formatCalendarDate, formatMoney, formatNumber } from './formats.ts';
import { labelsOf } from './labels.ts';

type Leaf = Exclude<AwardNode, { kind: 'group' }>;
type Offer = OptionResponse['offer'];
type Costs = Extract<NonNullable<Offer['price']>, { kind: 'lifeCycleCost' }>['costs'];

const costKeys = ['oneOff', 'migrationIn', 'recurringPerYear', 'egressPerYear', 'exit'] as const;

/** The recorded value of an option on a leaf, in words: measured value, attestations or price. */
export function offerValueText(
  offer: Offer,
  leaf: Leaf,
  currency: string,
  lang: ReportLanguage,
): string | null {
  const labels = labelsOf(lang);
  if (leaf.kind === 'price') {
    const price = offer.price;
    if (price === undefined) return null;
    if (price.kind === 'totalPrice') return formatMoney(price.amount, currency, lang);
    return costKeys
      .map((key) => `${labels.costs[key]}: ${costText(price.costs, key, currency, lang)}`)
      .join('; ');
  }
  const assessment = offer.assessments[leaf.id];
  if (assessment === undefined) return null;
  if (assessment.kind === 'metric') {
    const unit = leaf.kind === 'metric' ? ` ${leaf.unit}` : '';
    return `${formatNumber(assessment.value, lang, 6)}${unit}`;
  }
  if (assessment.evidence.length === 0) return null;
  return assessment.evidence
    .map((item) =>
      labels.evidence(
        item.scheme,
        item.type,
        formatCalendarDate(item.validFrom, lang),
        formatCalendarDate(item.validUntil, lang),
        item.coversOfferedService,
      ),
    )
    .join('; ');
}

function costText(
  costs: Costs,
  key: (typeof costKeys)[number],
  currency: string,
  lang: ReportLanguage,
) {
  const value = costs[key];
  return Array.isArray(value)
    ? value.map((year) => formatMoney(year, currency, lang)).join(' / ')
    : formatMoney(value, currency, lang);
}

/** The number a spreadsheet cell holds for a leaf, where the value is one number. */
export function offerValueNumber(offer: Offer, leaf: Leaf): number | null {
  if (leaf.kind === 'price') {
    return offer.price?.kind === 'totalPrice' ? offer.price.amount : null;
  }
  const assessment = offer.assessments[leaf.id];
  return assessment?.kind === 'metric' ? assessment.value : null;
}
