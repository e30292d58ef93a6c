import type { StepDefinition } from '../../dialogue/types.ts';
import type { TenderWorld } from '../world.ts';
import { deadlinesStep } from './completion/deadlines-step.ts';
import { panelStep } from './completion/panel-step.ts';
import { reviewStep } from './completion/review-step.ts';

/** The last steps: deadlines and the opening team, the evaluation panel, the review. */
export const completionSteps: readonly StepDefinition<TenderWorld>[] = [
  deadlinesStep,
  panelStep,
  reviewStep,
];
