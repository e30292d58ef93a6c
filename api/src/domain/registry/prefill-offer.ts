import type {
  Attestation,
  CatalogueEntry,
  EvaluationScheme,
  Evidence,
  OptionOffer,
  SelfAssessmentContent,
  ValidityRule,
} from '@tenderwise/schema';
import { toEngineEvidence } from '../attestations/validity.ts';

/** What an option taken from the registry is pre-filled from. */
export interface PrefillSource {
  content: SelfAssessmentContent;
  versionNumber: number;
  /** YYYY-MM-DD: the day the version was published, cited in every answer. */
  publishedOn: string;
}

export interface PrefillContext {
  /** The review's latest scheme. */
  scheme: EvaluationScheme;
  /** The day attestations are judged on: the review's reference date. */
  referenceDate: string;
  /** The catalogue entries each criterion is taken from (template `basedOn`, chosen entries). */
  entriesOfCriterion: ReadonlyMap<string, readonly string[]>;
  /** The catalogue entries by id. */
  entries: ReadonlyMap<string, CatalogueEntry>;
  /** The scheme's validity rule for an attestation's scheme and type. */
  ruleFor: (scheme: string, type: string | undefined) => ValidityRule | null;
}

const maxAnswerLength = 4_000;
/** An offer holds at most 300 answers (`OptionOffer`); a scheme may have more criteria. */
const maxAnswers = 300;
const german = (date: string) => date.split('-').reverse().join('.');

const keyControlNames: Record<string, string> = {
  provider: 'beim Anbieter',
  externalKeyManagement: 'beim Kunden (externes Schlüsselmanagement)',
  clientSideEncryption: 'beim Kunden (clientseitige Verschlüsselung)',
};

/**
 * An option's offer pre-filled from a published self-assessment, against the review's scheme:
 *
 * - every attestation leaf gets the version's attestations whose scheme and type meet one of its
 *   rules, as engine evidence whose dates follow the scheme's validity rule (the engine judges
 *   them on the reference date itself); an attestation whose validity cannot be determined gives
 *   no evidence, since made-up dates could make it count;
 * - every criterion taken from catalogue entries the self-assessment answers (C3A criteria, SEAL
 *   per objective, locations, key management, attestations) gets those answers as German text,
 *   citing the version and its date, for the members to read when they score.
 *
 * Nothing else is filled in: the members judge the rest. Pure.
 */
export function prefillOffer(source: PrefillSource, context: PrefillContext): OptionOffer {
  const { scheme } = context;
  const assessments: OptionOffer['assessments'] = {};
  for (const node of scheme.award) {
    if (node.kind !== 'attestation') continue;
    const evidence = source.content.attestations
      .filter((attestation) =>
        node.rules.some(
          (rule) =>
            rule.scheme === attestation.scheme &&
            (rule.type === undefined || rule.type === attestation.type),
        ),
      )
      .map((attestation) => engineEvidenceOf(attestation, context))
      .filter((item): item is Evidence => item !== null);
    if (evidence.length > 0) assessments[node.id] = { kind: 'attestation', evidence };
  }

  const answers: OptionOffer['answers'] = {};
  const criterionIds = [
    ...scheme.minimumRequirements.map((criterion) => criterion.id),
    ...scheme.conditions.map((criterion) => criterion.id),
    ...scheme.award.filter((node) => node.kind !== 'group').map((node) => node.id),
  ];
  for (const criterionId of criterionIds) {
    const entryIds = context.entriesOfCriterion.get(criterionId) ?? [];
    const lines = [
      ...new Set(
        entryIds.flatMap((entryId) => {
          const entry = context.entries.get(entryId);
          return entry === undefined ? [] : answerLines(entry, source.content);
        }),
      ),
    ];
    if (lines.length > 0 && Object.keys(answers).length < maxAnswers) {
      answers[criterionId] = withCitation(lines, source);
    }
  }
  return { answers, assessments };
}

function engineEvidenceOf(attestation: Attestation, context: PrefillContext): Evidence | null {
  return toEngineEvidence(
    attestation,
    context.ruleFor(attestation.scheme, attestation.type),
    context.referenceDate,
    attestation.coversService,
  ).evidence;
}

function withCitation(lines: readonly string[], source: PrefillSource): string {
  const citation = `(Selbstauskunft v${source.versionNumber} vom ${german(source.publishedOn)})`;
  const body = lines.join('\n');
  const room = maxAnswerLength - citation.length - 2;
  const shortened = body.length > room ? `${body.slice(0, room - 1)}…` : body;
  return `${shortened}\n${citation}`;
}

/** What the self-assessment says about one catalogue entry, in German; empty if nothing. */
export function answerLines(entry: CatalogueEntry, content: SelfAssessmentContent): string[] {
  switch (entry.kind) {
    case 'c3aCriterion': {
      const answer = content.c3a[entry.id];
      if (answer === undefined) return [];
      const how = answer.how === undefined ? '' : ` Umsetzung: ${answer.how}`;
      return [`C3A ${entry.criterion.code}: ${answer.met ? 'erfüllt' : 'nicht erfüllt'}.${how}`];
    }
    case 'sovereigntyObjective': {
      const objective = entry.objective.code.toLowerCase() as keyof SelfAssessmentContent['seal'];
      const answer = content.seal[objective];
      return answer === undefined ? [] : [sealLine(objective, answer)];
    }
    case 'assuranceLevel':
      return sealLines(content);
    case 'attestation':
      return content.attestations
        .filter(
          (attestation) =>
            attestation.scheme === entry.attestation.scheme &&
            (entry.attestation.type === undefined || attestation.type === entry.attestation.type),
        )
        .map(attestationLine);
    default:
      return topicLines(entry.id, content);
  }
}

/** Entries whose answers are not keyed by the entry: chosen by what they ask about. */
function topicLines(entryId: string, content: SelfAssessmentContent): string[] {
  switch (entryId) {
    case 'csf.minimum-seal':
    case 'csf.sovereignty-score':
    case 'csf.sovereignty-proxy':
      return sealLines(content);
    case 'law.condition-customer-key-control':
      return keyLines(content);
    case 'law.condition-eu-operations':
      return locationLines(content);
    default:
      return [];
  }
}

function sealLine(objective: string, answer: { level: number; justification: string }): string {
  return `${objective.toUpperCase()}: SEAL-${answer.level}. Begründung: ${answer.justification}`;
}

function sealLines(content: SelfAssessmentContent): string[] {
  return Object.entries(content.seal)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([objective, answer]) => sealLine(objective, answer));
}

function keyLines(content: SelfAssessmentContent): string[] {
  const keys = content.keyManagement;
  if (keys === undefined) return [];
  const description = keys.description === undefined ? '' : ` ${keys.description}`;
  return [`Schlüsselverwaltung: ${keyControlNames[keys.control]}.${description}`];
}

function locationLines(content: SelfAssessmentContent): string[] {
  const locations = content.locations;
  if (locations === undefined) return [];
  const list = (countries: readonly string[]) => countries.join(', ');
  return [
    `Standorte – Daten: ${list(locations.data)}; Verarbeitung: ${list(locations.processing)}; ` +
      `Support: ${list(locations.support)}; Administration: ${list(locations.administration)}.`,
  ];
}

function attestationLine(attestation: Attestation): string {
  const parts = [
    `${attestation.scheme}${attestation.type === undefined ? '' : ` ${attestation.type}`}`,
    `Prüfer: ${attestation.issuer}`,
    `Umfang: ${attestation.scope}`,
  ];
  if (attestation.auditPeriod !== undefined) {
    parts.push(
      `Prüfzeitraum ${german(attestation.auditPeriod.from)}–${german(attestation.auditPeriod.to)}`,
    );
  }
  if (attestation.reportDate !== undefined) {
    parts.push(`Bericht vom ${german(attestation.reportDate)}`);
  }
  if (!attestation.coversService) parts.push('deckt diesen Dienst nicht ab');
  return `${parts.join('; ')}.`;
}
