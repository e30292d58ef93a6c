import type { StepDefinition } from '../../dialogue/types.ts';
import type { TenderWorld } from '../world.ts';
import { inHouseStep } from './procedure/in-house-step.ts';
import { lotsStep } from './procedure/lots-step.ts';
import { needStep } from './procedure/need-step.ts';
import { procedureStep } from './procedure/procedure-step.ts';
import { protectionStep } from './procedure/protection-step.ts';
import { valueStep } from './procedure/value-step.ts';

/**
 * The procedure, in the order a Vergabestelle settles it: the need and who buys, the value and
 * the regime it leads to (the draft is created here), whether a tender is needed at all, lots,
 * the procedure type, and what must be protected.
 */
export const procedureSteps: readonly StepDefinition<TenderWorld>[] = [
  needStep,
  valueStep,
  inHouseStep,
  lotsStep,
  procedureStep,
  protectionStep,
];
