import {
  topsis,
  type TopsisCriterion,
  type TopsisOption,
  type TopsisResult,
} from '../topsis/topsis.ts';
import { robustnessReport, type RobustnessInput, type RobustnessReport } from './robustness.ts';

export interface SimulateTaskInput extends RobustnessInput {
  topsis?: { criteria: TopsisCriterion[]; options: TopsisOption[] } | undefined;
}

export type SimulateTaskResult = RobustnessReport & { topsis: TopsisResult | null };

/** The worker pool's `simulate` task: the robustness report, and TOPSIS when options are given. */
export function simulateTask(input: SimulateTaskInput): SimulateTaskResult {
  return {
    ...robustnessReport(input),
    topsis: input.topsis ? topsis(input.topsis.criteria, input.topsis.options) : null,
  };
}
