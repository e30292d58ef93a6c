import { m } from '#lib/paraglide/messages.js';

// The names of the evaluation's stages and of what bidders are asked, as the glossary has them.

export const stageNames = ['formal', 'suitability', 'priceCheck', 'award'] as const;
export type StageName = (typeof stageNames)[number];
export const decidedStageNames = ['formal', 'suitability', 'priceCheck'] as const;
export type DecidedStageName = (typeof decidedStageNames)[number];

export const stageLabels: Record<StageName, () => string> = {
  formal: m.evaluation_stages_stage_formal,
  suitability: m.evaluation_stages_stage_suitability,
  priceCheck: m.evaluation_stages_stage_price_check,
  award: m.evaluation_stages_stage_award,
};

export type StageState = 'open' | 'waiting' | 'passed' | 'excluded';

export const stageStateLabels: Record<StageState, () => string> = {
  open: m.evaluation_stages_state_open,
  waiting: m.evaluation_stages_state_waiting,
  passed: m.evaluation_stages_state_passed,
  excluded: m.evaluation_stages_state_excluded,
};

export const documentKindLabels: Record<'company' | 'offer' | 'price', () => string> = {
  company: m.evaluation_stages_kind_company,
  offer: m.evaluation_stages_kind_offer,
  price: m.evaluation_stages_kind_price,
};

export const documentActionLabels: Record<'submit' | 'complete' | 'correct', () => string> = {
  submit: m.evaluation_stages_action_submit,
  complete: m.evaluation_stages_action_complete,
  correct: m.evaluation_stages_action_correct,
};

export const exchangeStateLabels: Record<'open' | 'answered' | 'expired', () => string> = {
  open: m.evaluation_stages_exchange_open,
  answered: m.evaluation_stages_exchange_answered,
  expired: m.evaluation_stages_exchange_expired,
};
