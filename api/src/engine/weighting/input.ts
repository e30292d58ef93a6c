import { fromDecimal, type Rational } from '../arithmetic/rational.ts';
import { pointer, type EngineIssue } from '../scheme/issues.ts';

/** Issues every weighting method shares: a non-empty set of items with unique ids. */
export function checkItems(entries: readonly { id: string }[]): EngineIssue[] {
  const issues: EngineIssue[] = [];
  if (entries.length === 0) {
    issues.push({ pointer: '', code: 'items-empty', message: 'Weighting needs at least one item' });
  }
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      issues.push({
        pointer: pointer(index, 'id'),
        code: 'id-duplicate',
        message: `The id "${entry.id}" appears more than once`,
      });
    }
    seen.add(entry.id);
  });
  return issues;
}

/** The exact value of an entered decimal, or undefined when it is not one. */
export function readDecimal(value: number | string): Rational | undefined {
  try {
    return fromDecimal(value);
  } catch {
    return undefined;
  }
}
