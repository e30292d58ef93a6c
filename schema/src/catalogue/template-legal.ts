import type { LocalizedText } from '../evaluation/common.ts';
import type { LegalType } from '../evaluation/criteria.ts';
import type { CatalogueEntry, EntrySubject } from './entry.ts';
import type { EvaluationTemplate } from './template.ts';

type Path = (string | number)[];

export interface EntryUseIssue {
  path: Path;
  message: LocalizedText;
}

/** The award-leaf subject an entry's subject gives; null for background and company entries. */
const leafSubjectOf: Record<EntrySubject, 'service' | 'price' | 'staff' | null> = {
  service: 'service',
  // A contractual commitment offered beyond the minimum is part of the offered performance
  // (§ 127 (3) GWB: any stage of its life cycle; § 58 (2) S. 2 Nr. 3 VgV: delivery conditions).
  contract: 'service',
  price: 'price',
  staff: 'staff',
  company: null,
  background: null,
};

/**
 * The message refusing an award criterion that draws on a company trait, in both languages:
 * it names the criterion, the entry and § 127 (3) GWB.
 */
export function companyAwardMessage(criterionId: string, entryId: string): LocalizedText {
  return {
    en: `The award criterion "${criterionId}" draws on catalogue entry "${entryId}", which describes the company (seat, ownership, control, financing or the origin of its products), not the offered service. Award criteria must be linked to the subject matter of the contract (§ 127 (3) GWB), and more suitability earns no award points (VK Bund VK 1-38/14). Use the entry as a contract condition, or as a restricted requirement where its basis allows.`,
    de: `Das Zuschlagskriterium „${criterionId}“ stützt sich auf den Katalogeintrag „${entryId}“, der das Unternehmen beschreibt (Sitz, Eigentum, Kontrolle, Finanzierung oder Herkunft seiner Produkte), nicht die angebotene Leistung. Zuschlagskriterien müssen mit dem Auftragsgegenstand in Verbindung stehen (§ 127 Abs. 3 GWB), und ein Mehr an Eignung bringt keine Zuschlagspunkte (VK Bund VK 1-38/14). Den Eintrag als Ausführungsbedingung verwenden oder, wo seine Grundlage es zulässt, als eingeschränkte Anforderung.`,
  };
}

const legalTypeNames: Record<LegalType, LocalizedText> = {
  exclusion: { de: 'Ausschlussgrund', en: 'exclusion ground' },
  restricted: { de: 'eingeschränkte Anforderung', en: 'restricted requirement' },
  suitability: { de: 'Eignungskriterium', en: 'suitability criterion' },
  minimum: { de: 'Mindestanforderung', en: 'minimum requirement' },
  award: { de: 'Zuschlagskriterium', en: 'award criterion' },
  condition: { de: 'Ausführungsbedingung', en: 'contract condition' },
};

function typeMismatch(criterionId: string, type: LegalType, entry: CatalogueEntry): LocalizedText {
  const admitted = entry.legalTypes.map((use) => legalTypeNames[use.type]);
  return {
    en: `"${criterionId}" is used as ${legalTypeNames[type].en}, but catalogue entry "${entry.id}" admits only: ${admitted.map((item) => item.en).join(', ') || 'none'}`,
    de: `„${criterionId}“ wird als ${legalTypeNames[type].de} verwendet, der Katalogeintrag „${entry.id}“ lässt nur zu: ${admitted.map((item) => item.de).join(', ') || 'keine'}`,
  };
}

/**
 * One use of an entry as a criterion of a legal type: refused when the entry describes the
 * company and the use is an award criterion, or when the entry does not admit the type.
 * Background entries (statutes, rulings, methods) bound a criterion without typing it.
 */
export function entryUseIssue(
  criterionId: string,
  type: LegalType,
  entry: CatalogueEntry,
): LocalizedText | null {
  if (entry.subject === 'background') return null;
  if (type === 'award' && entry.subject === 'company')
    return companyAwardMessage(criterionId, entry.id);
  if (!entry.legalTypes.some((use) => use.type === type))
    return typeMismatch(criterionId, type, entry);
  return null;
}

/**
 * What a template's criteria take from their catalogue entries: their legal type must be one the
 * entry admits, a company trait is never an award criterion, and a scored criterion's subject is
 * the one its entries give (a template cannot relabel it). A scored criterion drawing on no entry
 * that states a subject must be listed as need-specific.
 */
export function templateEntryIssues(
  template: EvaluationTemplate,
  entries: ReadonlyMap<string, CatalogueEntry>,
): EntryUseIssue[] {
  const scheme = template.scheme;
  const issues: EntryUseIssue[] = [];
  const typeOf = new Map<string, LegalType>([
    ...(scheme.exclusionGrounds ?? []).map((item) => [item.id, item.legalType] as const),
    ...(scheme.restrictedRequirements ?? []).map((item) => [item.id, item.legalType] as const),
    ...scheme.suitability.map((item) => [item.id, item.legalType] as const),
    ...scheme.minimumRequirements.map((item) => [item.id, item.legalType] as const),
    ...scheme.conditions.map((item) => [item.id, item.legalType] as const),
    ...scheme.award.map((node) => [node.id, 'award'] as const),
  ]);
  const nodes = new Map(scheme.award.map((node) => [node.id, node]));
  const subjectGiven = new Set<string>();

  template.basedOn.forEach((item, index) => {
    const type = typeOf.get(item.criterionId);
    if (type === undefined) return; // reported by the template's own schema
    const node = nodes.get(item.criterionId);
    item.entryIds.forEach((entryId, at) => {
      const entry = entries.get(entryId);
      if (!entry) return; // reported by the bundle as an unknown entry
      const path: Path = ['basedOn', index, 'entryIds', at];
      if (entry.subject !== 'background') subjectGiven.add(item.criterionId);
      const issue = entryUseIssue(item.criterionId, type, entry);
      if (issue) {
        issues.push({ path, message: issue });
        return;
      }
      const given = leafSubjectOf[entry.subject];
      if (!node || node.kind === 'group' || given === null) return;
      const own = node.kind === 'price' ? 'price' : node.subject;
      if (own !== given) {
        issues.push({
          path,
          message: {
            en: `"${node.id}" is labelled "${own}", but its catalogue entry "${entry.id}" describes a ${entry.subject}: the subject comes from the entry`,
            de: `„${node.id}“ ist als „${own}“ bezeichnet, sein Katalogeintrag „${entry.id}“ beschreibt aber: ${entry.subject}; der Gegenstand kommt aus dem Eintrag`,
          },
        });
      }
    });
  });

  const needSpecific = new Set(template.needSpecific.map((item) => item.criterionId));
  scheme.award.forEach((node, index) => {
    if (node.kind === 'group' || node.kind === 'price') return;
    if (subjectGiven.has(node.id) || needSpecific.has(node.id)) return;
    issues.push({
      path: ['scheme', 'award', index],
      message: {
        en: `The award criterion "${node.id}" draws on no catalogue entry stating its subject; base it on one, or list it under needSpecific with what it measures of the offered service`,
        de: `Das Zuschlagskriterium „${node.id}“ stützt sich auf keinen Katalogeintrag, der seinen Gegenstand nennt; auf einen Eintrag stützen oder unter needSpecific mit dem aufführen, was es an der angebotenen Leistung misst`,
      },
    });
  });
  return issues;
}
