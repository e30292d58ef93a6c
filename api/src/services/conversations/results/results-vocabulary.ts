import { EvaluationScheme } from '@tenderwise/schema';
import { listAllOptions, type OptionRow } from '../../../db/repositories/options-review-options.ts';
import {
  findLatestSchemeVersion,
  findSchemeVersion,
} from '../../../db/repositories/options-review-scheme-versions.ts';
import type { Named, ParseVocabulary } from '../../../domain/conversations/parser/context.ts';
import type { ServiceContext } from '../../context.ts';
import { readableReview } from '../../options-reviews/review-steps.ts';
import { isRatioMethod, priceQuestionId } from './price-weighed-scheme.ts';

/**
 * Words people use for a criterion whose title contains one of the keys (lower case), in both
 * languages. The price criterion gets its own list, whatever its title.
 */
const priceWords = [
  'Preis',
  'Kosten',
  'Gesamtkosten',
  'Lebenszykluskosten',
  'Wirtschaftlichkeit',
  'price',
  'cost',
  'costs',
  'total cost',
];
const synonyms: readonly { keys: readonly string[]; words: readonly string[] }[] = [
  {
    keys: ['souverän', 'sovereign'],
    words: ['Souveränität', 'digitale Souveränität', 'sovereignty', 'digital sovereignty'],
  },
  { keys: ['qualität', 'quality'], words: ['Qualität', 'quality'] },
  { keys: ['sicherheit', 'security'], words: ['Sicherheit', 'IT-Sicherheit', 'security'] },
  { keys: ['verfügbar', 'availab'], words: ['Verfügbarkeit', 'availability', 'uptime'] },
  {
    keys: ['datenschutz', 'privacy', 'data protection'],
    words: ['Datenschutz', 'data protection', 'privacy'],
  },
  { keys: ['nachhaltig', 'sustainab'], words: ['Nachhaltigkeit', 'sustainability'] },
  { keys: ['migration'], words: ['Migration', 'migration'] },
  { keys: ['ausstieg', 'exit'], words: ['Ausstieg', 'exit'] },
];

/** Legal forms and notes a person leaves out when naming a vendor. */
export const vendorNoise =
  /\s*(\([^)]*\)|\b(GmbH|AG|SE|KG|KGaA|UG|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|S\.A\.|B\.V\.|plc)\b)\s*/gi;

export interface ResultsVocabulary {
  vocabulary: ParseVocabulary;
  /** The scheme version the criteria come from (the one the results show); null without one. */
  schemeVersion: number | null;
  /** The review's title, read in the same step. */
  reviewTitle: string;
}

/**
 * The names a person may use for a review's options and award criteria when asking about its
 * results: each option's name, vendor and service names and short forms of them; each criterion
 * and group's titles in both languages and common synonyms ("Kosten", "price" for the price).
 * A short form or synonym two things would share is left out, so nothing is read as the wrong
 * one. Read as the caller may read the results (`getOptionsReviewResults`).
 */
export async function resultsVocabulary(
  ctx: ServiceContext,
  reviewId: string,
): Promise<ResultsVocabulary> {
  const { review } = await readableReview(ctx, 'getOptionsReviewResults', reviewId);
  const latest = await findLatestSchemeVersion(ctx.db, review.id);
  const schemeVersion =
    latest === undefined
      ? null
      : ((review.status === 'concluded' ? review.concluded_scheme_version : null) ?? latest.number);
  const version =
    schemeVersion === null ? undefined : await findSchemeVersion(ctx.db, review.id, schemeVersion);
  const scheme =
    version === undefined ? undefined : EvaluationScheme.parse(JSON.parse(version.scheme));
  const options = await listAllOptions(ctx.db, review.id);
  return {
    reviewTitle: review.title,
    vocabulary: {
      options: optionNames(options),
      criteria: scheme === undefined ? [] : criterionNames(scheme),
    },
    schemeVersion,
  };
}

function optionNames(options: readonly OptionRow[]): Named[] {
  // Two options may share a vendor: only an option's own name is always its own.
  const extra = options.map((option) => {
    const names = [option.vendor_name, option.service_name].filter(
      (name): name is string => name !== null && name.trim() !== '',
    );
    return [option.name, ...names].flatMap((name) => {
      const plain = name.replace(vendorNoise, ' ').replace(/\s+/g, ' ').trim();
      const first = plain.split(' ')[0] ?? '';
      const short = [plain, first, first.split('-')[0] ?? ''].filter((word) => word.length >= 4);
      return name === option.name ? short : [name, ...short];
    });
  });
  return withoutShared(
    options.map((option) => option.id),
    options.map((option) => [option.name]),
    extra,
  );
}

/**
 * Under a reference-value method no node is the price (UfAB 2018, Abschnitt 4.21): the price
 * still gets its names, under an id of its own (`priceQuestionId`), so "Was wäre, wenn die Kosten
 * 50 % zählen?" is understood and answered for what the price does there.
 */
export function criterionNames(scheme: EvaluationScheme): Named[] {
  const ratio = isRatioMethod(scheme.method);
  const full = [
    ...scheme.award.map((node) => [node.title.de, node.title.en]),
    ...(ratio ? [['Preis', 'price']] : []),
  ];
  const extra = [
    ...scheme.award.map((node) => {
      if (node.kind === 'price') return priceWords;
      const title = `${node.title.de} ${node.title.en}`.toLowerCase();
      return synonyms
        .filter((entry) => entry.keys.some((key) => title.includes(key)))
        .flatMap((entry) => entry.words);
    }),
    ...(ratio ? [priceWords] : []),
  ];
  return withoutShared(
    [...scheme.award.map((node) => node.id), ...(ratio ? [priceQuestionId(scheme)] : [])],
    full,
    extra,
  );
}

/**
 * Each thing's own names and those extra names no other thing has (compared without case),
 * duplicates removed.
 */
export function withoutShared(
  ids: readonly string[],
  own: readonly (readonly string[])[],
  extra: readonly (readonly string[])[],
): Named[] {
  const holders = new Map<string, Set<number>>();
  [...own, ...extra].forEach((names, at) => {
    const index = at % ids.length;
    for (const name of names) {
      const key = name.toLowerCase();
      holders.set(key, (holders.get(key) ?? new Set()).add(index));
    }
  });
  return ids.map((id, index) => {
    const seen = new Set<string>();
    const names: string[] = [];
    const keep = (name: string, always: boolean) => {
      const key = name.toLowerCase();
      if (seen.has(key) || (!always && holders.get(key)!.size > 1)) return;
      seen.add(key);
      names.push(name);
    };
    own[index]!.forEach((name) => keep(name, true));
    extra[index]!.forEach((name) => keep(name, false));
    return { id, names };
  });
}
