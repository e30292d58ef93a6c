import type { StepDefinition } from '../../dialogue/types.ts';
import type { TenderWorld } from '../world.ts';

export const completionSteps: readonly StepDefinition<TenderWorld>[] = [];
