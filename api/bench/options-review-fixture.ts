import { EvaluationScheme, OptionOffer } from '@tenderwise/schema';
import type { ResultsConsensus, ResultsOption } from '../src/domain/options-reviews/option-bids.ts';

/**
 * A large options review for the benchmarks: `options` options on 40 scored criteria (three
 * groups of 13 ordinal criteria and the price), deterministic scores and prices.
 */
export function largeReview(optionCount = 50) {
  const groups = ['sovereignty', 'security', 'operations'];
  const perGroup = 13;
  // 13 shares of one sibling set: 12 × 769 + 772 basis points.
  const bp = (index: number) => (index === perGroup - 1 ? 772 : 769);
  const anchors = [0, 1, 2, 3, 4, 5].map((level) => ({
    de: `Stufe ${level}`,
    en: `Level ${level}`,
  }));
  const award = [
    ...groups.map((id) => ({
      kind: 'group',
      id,
      parentId: null,
      title: { de: id, en: id },
      weightBp: 2500,
    })),
    ...groups.flatMap((group) =>
      Array.from({ length: perGroup }, (_, index) => ({
        kind: 'ordinal',
        id: `${group}-${index + 1}`,
        parentId: group,
        title: { de: `${group} ${index + 1}`, en: `${group} ${index + 1}` },
        weightBp: bp(index),
        subject: 'service',
        scale: 5,
        anchors,
      })),
    ),
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 2500,
    },
  ];
  const scheme = EvaluationScheme.parse({
    schemaVersion: 1,
    id: 'bench-review',
    title: { de: 'Benchmark', en: 'Benchmark' },
    currency: 'EUR',
    submissionDeadline: '2027-01-15',
    method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
    price: { kind: 'totalPrice' },
    award,
  });
  const ordinal = award.filter((node) => node.kind === 'ordinal').map((node) => node.id);
  const options: ResultsOption[] = Array.from({ length: optionCount }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    name: `Option ${index + 1}`,
    vendorName: null,
    offer: OptionOffer.parse({
      price: { kind: 'totalPrice', amount: 500_000 + ((index * 7919) % 50) * 20_000 },
    }),
  }));
  const consensus: ResultsConsensus[] = options.flatMap((option, row) =>
    ordinal.map((criterionId, column) => ({
      optionId: option.id,
      criterionId,
      score: (row * 31 + column * 17) % 6,
      justification: 'Benchmark',
    })),
  );
  return { scheme, options, consensus };
}
