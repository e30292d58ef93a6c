import type { ConversationInput } from '@tenderwise/schema';
import type { Language } from './context.ts';
import type { Mention } from './mentions.ts';
import { numberPattern, readNumber } from './numbers.ts';
import { percentSign } from './percents.ts';

type Weights = NonNullable<ConversationInput['weights']>;

const criterionOrNumber = new RegExp(`@c(\\d+)|${numberPattern}\\s*(${percentSign})?`, 'g');

/**
 * Weights given directly: "Preis 40 %, Qualität 60 %", "price 30, sovereignty 50, security 20",
 * "40 % Preis und 60 % Qualität", "Kosten: 50". Criteria and numbers must alternate, each
 * criterion with exactly one number; with a single pair a percent sign must say it is a weight.
 */
export function readWeights(
  marked: string,
  criteria: Mention[],
  language: Language,
): Weights | undefined {
  if (criteria.length === 0 || criteria.some((mention) => !mention.id)) return undefined;
  const items = [...marked.matchAll(criterionOrNumber)].map(
    (match): { criterion: string } | { digits: string; percentSign: boolean } =>
      match[1] !== undefined
        ? { criterion: criteria[Number(match[1])]!.id! }
        : { digits: match[2]!, percentSign: match[3] !== undefined },
  );
  if (items.length !== 2 * criteria.length) return undefined;
  const numberFirst = 'digits' in items[0]!;
  const weights: Weights = [];
  let signs = 0;
  for (let i = 0; i < items.length; i += 2) {
    const [a, b] = numberFirst ? [items[i + 1]!, items[i]!] : [items[i]!, items[i + 1]!];
    if (!('criterion' in a) || !('digits' in b)) return undefined;
    const reading = readNumber(b.digits, language);
    if (!('value' in reading)) return undefined;
    if (weights.some((weight) => weight.criterionId === a.criterion)) return undefined;
    weights.push({ criterionId: a.criterion, percent: reading.value });
    if (b.percentSign) signs++;
  }
  if (weights.length === 1 && signs === 0) return undefined;
  return weights;
}
