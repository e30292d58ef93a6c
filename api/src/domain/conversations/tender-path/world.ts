import type {
  EvaluationScheme,
  EvaluationTemplate,
  LocalizedText,
  ProcedureTypeTable,
  RecommendationRule,
  TenderResponse,
  TenderTeamResponse,
  ThresholdTable,
} from '@tenderwise/schema';
import type { LoadedRule } from '../../catalogue/recommend.ts';

/** A catalogue template as the dialogue offers it. */
export interface TemplateChoice {
  id: string;
  version: string;
  title: { de: string; en: string };
  useCase: { de: string; en: string };
  regime: string | null;
  /** The template's checks before tendering (in-house award, frameworks, market sounding). */
  preliminaryChecks?: { id: string; question: LocalizedText; guidance: LocalizedText }[];
  /** How the template divides the contract into lots, or why it does not (§ 97 (4) GWB). */
  lots?: EvaluationTemplate['lots'];
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
  /** The EU thresholds (`seed/regimes/eu-thresholds.json`), for the value and regime step. */
  thresholds?: Pick<ThresholdTable, 'id' | 'version' | 'rows'>;
  /** The procedure types of every regime (`seed/regimes/procedure-types.json`). */
  procedureTypes?: Pick<ProcedureTypeTable, 'id' | 'version' | 'types'>;
  /** The recommendation rules (`seed/rules/recommendations.json`) as the catalogue stores them. */
  recommendationRules?: LoadedRule<RecommendationRule>[];
  /** A catalogue entry's title, for the criteria the recommendations name. */
  entryTitle?: (entryId: string) => LocalizedText;
  /**
   * The tender's team with each member's capacities and § 6 VgV declarations, once the tender
   * exists (the deadlines, panel and review steps read it); absent or null before.
   */
  team?: TenderTeamResponse | null;
}
