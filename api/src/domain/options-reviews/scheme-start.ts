import {
  EvaluationScheme,
  type AwardNode,
  type CatalogueEntry,
  type LegalType,
  type LocalizedText,
} from '@tenderwise/schema';
import type { z } from 'zod';
import { BASIS_POINTS_TOTAL } from '../../engine/weights/basis-points.ts';
import type { FieldIssue } from '../errors.ts';

type SchemeInput = z.input<typeof EvaluationScheme>;

/** What a new scheme takes from its review. */
export interface ReviewBasics {
  title: string;
  /** The review's reference date: the scheme's `submissionDeadline`, as of which evidence counts. */
  referenceDate: string;
}

/** The scheme with the review's reference date as its `submissionDeadline`. */
export function onReferenceDate(scheme: EvaluationScheme, referenceDate: string): EvaluationScheme {
  return { ...scheme, submissionDeadline: referenceDate };
}

/**
 * The smallest scheme the engine accepts: price alone, the lowest price scoring best. Everything
 * else is added in the scheme editor.
 */
export function blankScheme(review: ReviewBasics): EvaluationScheme {
  return EvaluationScheme.parse(frame(review, [priceLeaf(BASIS_POINTS_TOTAL)]));
}

/** A catalogue entry the buyer chose, and the legal type it is to take in the scheme. */
export interface ChosenEntry {
  /** Undefined when the catalogue has no entry with the requested id. */
  entry: CatalogueEntry | undefined;
  entryId: string;
  legalType: LegalType;
}

/**
 * A first scheme from catalogue entries: each entry becomes a criterion of the legal type chosen
 * for it, which must be one the entry admits (ADR 0016). Award criteria share the top level
 * equally with the price criterion (a neutral start; the group sets weights later): an
 * attestation entry scores its scheme's attestation, a price entry names the price criterion,
 * every other one is an ordinal criterion on a scale of 0 to 5 with generic anchors that the
 * editors replace by what an offer must show. Restricted requirements need a basis and a
 * justification, so they are added in the editor. Issues point into `/source/criteria`.
 */
export function schemeFromEntries(
  review: ReviewBasics,
  chosen: readonly ChosenEntry[],
): { scheme: EvaluationScheme } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const at = (index: number, field: string) => `/source/criteria/${index}/${field}`;
  const seen = new Set<string>();
  const lists = {
    exclusionGrounds: [] as NonNullable<SchemeInput['exclusionGrounds']>,
    suitability: [] as NonNullable<SchemeInput['suitability']>,
    minimumRequirements: [] as NonNullable<SchemeInput['minimumRequirements']>,
    conditions: [] as NonNullable<SchemeInput['conditions']>,
  };
  // Weighted once all are known.
  const leaves: AwardNode[] = [];
  let price: { id: string; title: LocalizedText } | undefined;

  chosen.forEach(({ entry, entryId, legalType }, index) => {
    const issue = (field: string, detail: string) =>
      issues.push({ in: 'body', pointer: at(index, field), detail });
    if (seen.has(entryId)) return issue('entryId', `"${entryId}" is chosen twice.`);
    seen.add(entryId);
    if (entry === undefined) return issue('entryId', `There is no catalogue entry "${entryId}".`);
    const admitted = entry.legalTypes.map((use) => use.type);
    if (!admitted.includes(legalType)) {
      return issue(
        'legalType',
        admitted.length === 0
          ? `"${entryId}" bounds how criteria are used and is no criterion itself.`
          : `"${entryId}" can be ${admitted.join(' or ')}, not ${legalType}.`,
      );
    }
    const criterion = { id: entry.id, title: entry.title, description: entry.description };
    switch (legalType) {
      case 'restricted':
        return issue(
          'legalType',
          'A restricted requirement needs its legal basis and justification: add it in the scheme editor.',
        );
      case 'exclusion':
        return void lists.exclusionGrounds.push({ ...criterion, legalType });
      case 'suitability':
        return void lists.suitability.push({ ...criterion, legalType });
      case 'minimum':
        return void lists.minimumRequirements.push({ ...criterion, legalType });
      case 'condition':
        return void lists.conditions.push({ ...criterion, legalType });
      case 'award':
        if (entry.subject === 'price') {
          if (price !== undefined) {
            return issue('entryId', `The price criterion comes from "${price.id}" already.`);
          }
          price = { id: entry.id, title: entry.title };
          return;
        }
        if (entry.kind === 'attestation') {
          const { scheme, type } = entry.attestation;
          return void leaves.push({
            kind: 'attestation',
            id: entry.id,
            parentId: null,
            title: entry.title,
            weightBp: 0,
            subject: 'service',
            rules: [{ scheme, ...(type !== undefined && { type }), points: 100 }],
          });
        }
        return void leaves.push({
          kind: 'ordinal',
          id: entry.id,
          parentId: null,
          title: entry.title,
          weightBp: 0,
          // Contract terms offered are part of the performance (§ 58 (2) S. 2 Nr. 3 VgV, ADR 0016).
          subject: entry.subject === 'staff' ? 'staff' : 'service',
          scale: 5,
          anchors: genericAnchors,
        });
    }
  });
  if (issues.length > 0) return { issues };

  const weights = equalShares(leaves.length + 1);
  const award: AwardNode[] = [
    ...leaves.map((leaf, index) => ({ ...leaf, weightBp: weights[index]! })),
    { ...priceLeaf(weights.at(-1)!), ...price },
  ];
  return {
    scheme: EvaluationScheme.parse({
      ...frame(review, award),
      ...(lists.exclusionGrounds.length > 0 && { exclusionGrounds: lists.exclusionGrounds }),
      suitability: lists.suitability,
      minimumRequirements: lists.minimumRequirements,
      conditions: lists.conditions,
    }),
  };
}

/**
 * `count` whole basis points summing to 10,000, as equal as whole numbers allow; the earlier
 * shares take the remainder, one point each.
 */
export function equalShares(count: number): number[] {
  const base = Math.floor(BASIS_POINTS_TOTAL / count);
  const remainder = BASIS_POINTS_TOTAL - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** Starting anchors for a scale of 0 to 5, to be replaced by what an offer must show per level. */
const genericAnchors: LocalizedText[] = [
  { de: 'nicht erfüllt', en: 'not met' },
  { de: 'kaum erfüllt', en: 'barely met' },
  { de: 'teilweise erfüllt', en: 'partly met' },
  { de: 'überwiegend erfüllt', en: 'largely met' },
  { de: 'vollständig erfüllt', en: 'fully met' },
  { de: 'übertroffen', en: 'exceeded' },
];

function priceLeaf(weightBp: number): Extract<AwardNode, { kind: 'price' }> {
  return {
    kind: 'price',
    id: 'price',
    parentId: null,
    title: { de: 'Preis', en: 'Price' },
    weightBp,
  };
}

function frame(review: ReviewBasics, award: SchemeInput['award']): SchemeInput {
  return {
    schemaVersion: 1,
    id: 'options-review',
    title: { de: review.title, en: review.title },
    currency: 'EUR',
    submissionDeadline: review.referenceDate,
    method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
    price: { kind: 'totalPrice' },
    award,
  };
}
