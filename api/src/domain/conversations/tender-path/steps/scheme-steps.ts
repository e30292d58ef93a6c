import type { StepDefinition } from '../../dialogue/types.ts';
import type { TenderWorld } from '../world.ts';
import { minimumStep } from './scheme/minimum-step.ts';
import { priceStep } from './scheme/price-step.ts';
import { scalesStep } from './scheme/scales-step.ts';
import { suitabilityStep } from './scheme/suitability-step.ts';
import { variantsStep } from './scheme/variants-step.ts';
import { weightsStep } from './scheme/weights-step.ts';

/**
 * The scheme of lot 1, in the order it is built: what every bid must meet, who may bid, what is
 * scored and how much it weighs, what each score requires, how the price counts, and what else
 * the notice must say. Each step proposes the changed scheme, checked by the engine.
 */
export const schemeSteps: readonly StepDefinition<TenderWorld>[] = [
  minimumStep,
  suitabilityStep,
  weightsStep,
  scalesStep,
  priceStep,
  variantsStep,
];
