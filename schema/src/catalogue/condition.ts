import { z } from 'zod';

/** A fact's value type, which decides the comparisons a condition may make on it. */
export type FactType =
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'number' };

const FactName = z.string().regex(/^[a-z][A-Za-z0-9]{0,59}$/);
const FactValue = z.union([z.boolean(), z.string().max(80)]);

export type Condition =
  | { fact: string; equals: boolean | string }
  | { fact: string; in: string[] }
  | { fact: string; includes: string }
  | { fact: string; includesAny: string[] }
  | { fact: string; atLeast: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/**
 * When a rule applies, as data: comparisons of named facts (`equals` for booleans and choices,
 * `in` for a choice among several, `includes`/`includesAny` for lists, `atLeast` for numbers),
 * combined with `all`, `any` and `not`. Which facts exist is fixed by the rule file's kind.
 */
export const Condition: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      z.strictObject({ fact: FactName, equals: FactValue }),
      z.strictObject({ fact: FactName, in: z.array(z.string().max(80)).min(1).max(30) }),
      z.strictObject({ fact: FactName, includes: z.string().max(80) }),
      z.strictObject({ fact: FactName, includesAny: z.array(z.string().max(80)).min(1).max(30) }),
      z.strictObject({ fact: FactName, atLeast: z.number() }),
      z.strictObject({ all: z.array(Condition).min(1).max(20) }),
      z.strictObject({ any: z.array(Condition).min(1).max(20) }),
      z.strictObject({ not: Condition }),
    ]),
  )
  .meta({ id: 'RuleCondition' });

/**
 * Everything wrong with a condition given the facts it may use: unknown facts, comparisons that
 * do not fit the fact's type, values the fact can never have. Empty when it is sound.
 */
export function conditionIssues(
  condition: Condition,
  facts: Readonly<Record<string, FactType>>,
): string[] {
  if ('all' in condition) return condition.all.flatMap((item) => conditionIssues(item, facts));
  if ('any' in condition) return condition.any.flatMap((item) => conditionIssues(item, facts));
  if ('not' in condition) return conditionIssues(condition.not, facts);
  const type = Object.hasOwn(facts, condition.fact) ? facts[condition.fact] : undefined;
  if (!type) return [`Unknown fact "${condition.fact}"`];
  const unknownValues = (values: readonly string[], allowed: readonly string[]) =>
    values
      .filter((value) => !allowed.includes(value))
      .map((value) => `"${condition.fact}" never has the value "${value}"`);
  if ('equals' in condition) {
    if (type.kind === 'boolean') {
      return typeof condition.equals === 'boolean'
        ? []
        : [`"${condition.fact}" is a yes/no fact; compare it with true or false`];
    }
    if (type.kind === 'enum' && typeof condition.equals === 'string') {
      return unknownValues([condition.equals], type.values);
    }
    return [`"${condition.fact}" cannot be compared with equals`];
  }
  if ('in' in condition) {
    return type.kind === 'enum'
      ? unknownValues(condition.in, type.values)
      : [`"${condition.fact}" is not a choice; "in" needs one`];
  }
  if ('includes' in condition) {
    return type.kind === 'list'
      ? unknownValues([condition.includes], type.values)
      : [`"${condition.fact}" is not a list; "includes" needs one`];
  }
  if ('includesAny' in condition) {
    return type.kind === 'list'
      ? unknownValues(condition.includesAny, type.values)
      : [`"${condition.fact}" is not a list; "includesAny" needs one`];
  }
  return type.kind === 'number' ? [] : [`"${condition.fact}" is not a number; "atLeast" needs one`];
}
