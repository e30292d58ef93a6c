import type { EvaluationScheme, TenderResponse, TenderTeamResponse } from '@tenderwise/schema';

/** A catalogue template as the dialogue offers it. */
export interface TemplateChoice {
  id: string;
  version: string;
  title: { de: string; en: string };
  useCase: { de: string; en: string };
  regime: string | null;
}

/** A colleague who may join the tender's team. */
export interface Colleague {
  id: string;
  name: string;
  role: 'officer' | 'reviewer';
}

/**
 * What the tender path reads each turn, loaded fresh by the service layer
 * (`services/conversations/tender-world.ts`): the draft tender once it exists, its lot's draft
 * scheme, and what the steps offer to choose from.
 */
export interface TenderWorld {
  /** Today in Berlin (YYYY-MM-DD). */
  today: string;
  userId: string;
  tender: TenderResponse | null;
  /** Lot 1's draft scheme, once there is one. */
  scheme: EvaluationScheme | null;
  templates: TemplateChoice[];
  colleagues: Colleague[];
  /**
   * The tender's team with each member's capacities and § 6 VgV declarations, once the tender
   * exists (the deadlines, panel and review steps read it); absent or null before.
   */
  team?: TenderTeamResponse | null;
}
