import type { AhpRequest, AhpResponse } from '@tenderwise/schema';
import {
  analyseAhp,
  analyseGroupAhp,
  type AhpAnalysis,
} from '../../engine/weighting/ahp/analyse.ts';
import { EngineInputError } from '../../engine/scheme/issues.ts';
import { ValidationError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Weighs items by the Analytic Hierarchy Process from one person's or a group's pairwise
 * judgements: priorities, basis points and the consistency a buyer must check before using them,
 * against the random index table the request names. Nothing is stored.
 */
export async function weighByAhp({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AhpRequest;
}): Promise<AhpResponse> {
  await authorize(ctx, { operationId: 'weighByAhp' });
  const ids = input.items.map((item) => item.id);
  const options = { randomIndexTable: input.randomIndexTable };
  try {
    if (input.judges !== undefined) {
      const { judges, ...analysis } = analyseGroupAhp(
        ids,
        input.judges.map((judge) => judge.judgements),
        options,
      );
      return {
        ...published(analysis),
        judges: judges.map((own, k) => ({ id: input.judges![k]!.id, ...own })),
      };
    }
    return { ...published(analyseAhp(ids, input.judgements ?? [], options)), judges: null };
  } catch (error) {
    throw asValidationError(error, input.judges !== undefined);
  }
}

function published(analysis: AhpAnalysis): Omit<AhpResponse, 'judges'> {
  return {
    weights: Object.fromEntries(analysis.weights),
    weightsBp: Object.fromEntries(analysis.basisPoints),
    lambdaMax: analysis.lambdaMax,
    consistencyIndex: analysis.consistencyIndex,
    randomIndex: analysis.randomIndex,
    randomIndexTable: analysis.randomIndexTable,
    consistencyRatio: analysis.consistencyRatio,
    acceptable: analysis.acceptable,
    inconsistentPairs: analysis.inconsistentPairs,
  };
}

/** Engine pointers name `/row/column` of one matrix, or `/judge/row/column` of a group's. */
function asValidationError(error: unknown, group: boolean): unknown {
  if (!(error instanceof EngineInputError)) return error;
  return new ValidationError(
    'The judgements break a rule of pairwise comparison',
    error.issues.map((issue) => ({
      in: 'body' as const,
      pointer: group
        ? issue.pointer.replace(/^\/(\d+)/, '/judges/$1/judgements')
        : `/judgements${issue.pointer}`,
      detail: issue.message,
    })),
  );
}
