import {
  resolveCitations,
  type BuyerContext,
  type LegalType,
  type LocalizedText,
  type Obligation,
  type RecommendationResponse,
  type RecommendationRule,
  type SovereigntyObjectiveCode,
} from '@tenderwise/schema';
import { holds } from './conditions.ts';

/** A rule as loaded, with the file and version it came from. */
export interface LoadedRule<Rule> {
  rule: Rule;
  file: { id: string; version: string };
}

/**
 * The recommendations for a buyer's context: every rule whose condition the context meets, in
 * the order of the rule files, and the union of what they recommend. A criterion recommended by
 * several rules appears once, as a duty if any of those rules is a duty; of several minimum
 * levels for one objective the highest wins. Citations by topic (`[[awardCriteria]]`) read as the
 * paragraphs of the buyer's regime, or of every regime when it is not given. Pure: same context
 * and rules, same answer.
 */
export function recommend(
  context: BuyerContext,
  rules: readonly LoadedRule<RecommendationRule>[],
  entryTitle: (entryId: string) => LocalizedText,
): RecommendationResponse {
  const facts = { ...context };
  const applied = rules.filter(({ rule }) => holds(rule.when, facts));
  const criteria = new Map<string, RecommendationResponse['criteria'][number]>();
  const levels = new Map<
    SovereigntyObjectiveCode,
    RecommendationResponse['minimumLevels'][number]
  >();

  for (const { rule } of applied) {
    for (const item of rule.criteria) {
      const merged = criteria.get(item.entryId) ?? {
        entryId: item.entryId,
        title: entryTitle(item.entryId),
        legalTypes: [] as LegalType[],
        obligation: rule.obligation,
        ruleIds: [] as string[],
      };
      if (!merged.legalTypes.includes(item.legalType)) merged.legalTypes.push(item.legalType);
      if (!merged.ruleIds.includes(rule.id)) merged.ruleIds.push(rule.id);
      merged.obligation = strongest(merged.obligation, rule.obligation);
      criteria.set(item.entryId, merged);
    }
    for (const level of rule.minimumLevels) {
      const current = levels.get(level.objective);
      if (!current || level.seal > current.seal) {
        levels.set(level.objective, {
          objective: level.objective,
          seal: level.seal,
          obligation: rule.obligation,
          ruleIds: [rule.id],
        });
      } else if (level.seal === current.seal) {
        current.ruleIds.push(rule.id);
        current.obligation = strongest(current.obligation, rule.obligation);
      }
    }
  }

  return {
    applied: applied.map(({ rule, file }) => ({
      ruleId: rule.id,
      ruleFile: file,
      title: rule.title,
      obligation: rule.obligation,
      reason: resolveCitations(rule.reason, context.regime),
      sources: rule.sources,
      verified: rule.verified,
      criteria: rule.criteria.map((item) => ({
        entryId: item.entryId,
        title: entryTitle(item.entryId),
        legalType: item.legalType,
        ...(item.note !== undefined && { note: resolveCitations(item.note, context.regime) }),
      })),
      minimumLevels: rule.minimumLevels,
      related: rule.relatedEntryIds.map((entryId) => ({ entryId, title: entryTitle(entryId) })),
    })),
    criteria: [...criteria.values()],
    minimumLevels: [...levels.values()].sort((a, b) => (a.objective < b.objective ? -1 : 1)),
    notApplied: rules.filter((item) => !applied.includes(item)).map(({ rule }) => rule.id),
    ruleFiles: uniqueFiles(rules),
  };
}

function strongest(a: Obligation, b: Obligation): Obligation {
  return a === 'duty' || b === 'duty' ? 'duty' : 'advice';
}

export function uniqueFiles(
  rules: readonly LoadedRule<unknown>[],
): { id: string; version: string }[] {
  const files = new Map(rules.map(({ file }) => [file.id, file]));
  return [...files.values()];
}
