import type { Condition, LocalizedText } from '@tenderwise/schema';

/** The facts a condition is tested against: booleans, choices, lists and numbers by name. */
export type Facts = Readonly<Record<string, boolean | string | number | readonly string[]>>;

/** How to name facts and their values in the printed reasoning. */
export interface FactLabels {
  fact(name: string): LocalizedText;
  value(name: string, value: boolean | string | number): LocalizedText;
}

/** Whether the condition holds for the facts. Pure; unknown facts never hold. */
export function holds(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((item) => holds(item, facts));
  if ('any' in condition) return condition.any.some((item) => holds(item, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  const value = Object.hasOwn(facts, condition.fact) ? facts[condition.fact] : undefined;
  if (value === undefined) return false;
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ('includesAny' in condition) {
    return Array.isArray(value) && condition.includesAny.some((item) => value.includes(item));
  }
  return typeof value === 'number' && value >= condition.atLeast;
}

/**
 * Why a condition holds or not, one line per fact it tested, in both languages: what the fact
 * is, what the rule asks and whether it is met. Lines of `all`/`any` are all printed, so a
 * reader sees every fact that was considered.
 */
export function explain(condition: Condition, facts: Facts, labels: FactLabels): LocalizedText[] {
  if ('all' in condition) return condition.all.flatMap((item) => explain(item, facts, labels));
  if ('any' in condition) return condition.any.flatMap((item) => explain(item, facts, labels));
  if ('not' in condition) {
    return explain(condition.not, facts, labels).map((line) => ({
      de: `nicht: ${line.de}`,
      en: `not: ${line.en}`,
    }));
  }
  const name = labels.fact(condition.fact);
  const actual = Object.hasOwn(facts, condition.fact) ? facts[condition.fact] : undefined;
  const shown = describeValue(condition.fact, actual, labels);
  const met = holds(condition, facts);
  const mark = { de: met ? 'erfüllt' : 'nicht erfüllt', en: met ? 'met' : 'not met' };
  const wanted = describeTest(condition, labels);
  return [
    {
      de: `${name.de}: ${shown.de} (verlangt: ${wanted.de}) – ${mark.de}`,
      en: `${name.en}: ${shown.en} (required: ${wanted.en}) – ${mark.en}`,
    },
  ];
}

function describeValue(
  fact: string,
  value: Facts[string] | undefined,
  labels: FactLabels,
): LocalizedText {
  if (value === undefined) return { de: 'nicht angegeben', en: 'not given' };
  if (Array.isArray(value)) {
    if (value.length === 0) return { de: 'keine', en: 'none' };
    const items = value.map((item) => labels.value(fact, item));
    return {
      de: items.map((item) => item.de).join(', '),
      en: items.map((item) => item.en).join(', '),
    };
  }
  return labels.value(fact, value as boolean | string | number);
}

function describeTest(
  condition: Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>,
  labels: FactLabels,
): LocalizedText {
  const value = (item: boolean | string | number) => labels.value(condition.fact, item);
  const list = (items: readonly string[], joinDe: string, joinEn: string): LocalizedText => ({
    de: items.map((item) => value(item).de).join(joinDe),
    en: items.map((item) => value(item).en).join(joinEn),
  });
  if ('equals' in condition) return value(condition.equals);
  if ('in' in condition) return list(condition.in, ' oder ', ' or ');
  if ('includes' in condition) {
    const item = value(condition.includes);
    return { de: `enthält ${item.de}`, en: `includes ${item.en}` };
  }
  if ('includesAny' in condition) {
    const items = list(condition.includesAny, ', ', ', ');
    return { de: `enthält eines von ${items.de}`, en: `includes one of ${items.en}` };
  }
  return {
    de: `mindestens ${condition.atLeast.toLocaleString('de-DE')}`,
    en: `at least ${condition.atLeast.toLocaleString('en-GB')}`,
  };
}
