import type { components } from '@tenderwise/schema/openapi-types';
import type { SheetCell } from '#lib/options-reviews/score-form.ts';

type Scheme = components['schemas']['EvaluationScheme'];
type Option = components['schemas']['OptionResponse'];
export type OrdinalLeaf = Extract<Scheme['award'][number], { kind: 'ordinal' }>;

/** The ordinal criteria of a scheme: what members score. */
export function ordinalCriteria(scheme: Scheme): OrdinalLeaf[] {
  return scheme.award.filter((node): node is OrdinalLeaf => node.kind === 'ordinal');
}

/** Every option on every ordinal criterion, with the criterion's scale. */
export function sheetCells(scheme: Scheme, options: readonly Pick<Option, 'id'>[]) {
  return options.flatMap((option) =>
    ordinalCriteria(scheme).map((node): SheetCell & { scale: number } => ({
      optionId: option.id,
      criterionId: node.id,
      scale: node.scale,
    })),
  );
}
