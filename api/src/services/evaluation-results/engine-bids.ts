import type {
  BidContent,
  DrawRecord,
  EvaluatedBid,
  EvaluationScheme,
  StageChecks,
} from '@tenderwise/schema';
import type { EvaluationStage } from '../../domain/evaluation-stages/stages.ts';
import type { ConsensusScore, IndividualScoreRow } from './result-inputs.ts';

/** A bid admitted to the result, with the checks of its latest formal and suitability decisions. */
export interface AdmittedBid {
  id: string;
  content: BidContent;
  /** The `checks` of the latest formal decision, where it recorded any. */
  formalChecks: StageChecks | undefined;
  /** The `checks` of the latest suitability decision, where one was made. */
  suitabilityChecks: StageChecks | undefined;
}

/** A scored criterion the result cannot be computed without. */
export interface MissingAssessment {
  bidId: string;
  criterionId: string;
  what: 'consensus' | 'metricValue';
}

/**
 * The engine options of the official result: the reference date is the published submission
 * deadline (attestations are judged on it, § 97 (2) GWB), the estimate the tender's own.
 */
export interface OfficialOptions {
  referenceDate: string;
  estimate?: number;
  drawOrder?: string[];
}

/**
 * Everything the engine ran on, stored as canonical JSON beside the result: recomputing the
 * result from it alone gives the same bytes.
 */
export interface OfficialInput {
  schemeVersion: number;
  schemeCommitment: string;
  scheme: EvaluationScheme;
  /** In id order. */
  bids: EvaluatedBid[];
  options: OfficialOptions;
  /** Bids excluded in a stage before the result, which the engine does not see. */
  excluded: { bidId: string; stage: EvaluationStage }[];
  /** Who drew lots between tied bids, and how; only where a draw decided. */
  drawRecord?: DrawRecord;
}

const noDeclaration = 'No declaration in the bid.';

/**
 * The bids as the engine evaluates them. Pass/fail outcomes come from the officers' decisions
 * where they recorded checks (formal: exclusion grounds, restricted and minimum requirements;
 * suitability), else from the bid's own declarations; the result may come before suitability is
 * decided (§ 42 (3) VgV). Ordinal criteria carry the panel's consensus with its justification and
 * the submitted individual scores; metric criteria the offered value; attestation criteria the
 * evidence given (none: no attestation held); the price is the bid's. Pure: the same rows give
 * the same bids.
 */
export function engineBidsOf(
  scheme: EvaluationScheme,
  admitted: readonly AdmittedBid[],
  consensus: readonly ConsensusScore[],
  individual: readonly IndividualScoreRow[],
): { bids: EvaluatedBid[]; missing: MissingAssessment[] } {
  const agreed = new Map(consensus.map((row) => [`${row.bidId}/${row.criterionId}`, row]));
  const scored = new Map<string, { evaluator: string; score: number }[]>();
  for (const row of individual) {
    const key = `${row.bidId}/${row.criterionId}`;
    scored.set(key, [...(scored.get(key) ?? []), { evaluator: row.evaluator, score: row.score }]);
  }
  const missing: MissingAssessment[] = [];
  const sorted = [...admitted].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bids = sorted.map((bid): EvaluatedBid => {
    const declared = (id: string) => {
      const answer = bid.content.answers[id];
      if (answer?.kind !== 'declaration') {
        return { met: false, byEquivalent: false, note: noDeclaration };
      }
      return {
        met: answer.met,
        byEquivalent: false,
        ...(answer.note !== undefined &&
          answer.note !== '' && { note: answer.note.slice(0, 2_000) }),
      };
    };
    const outcomes = (criteria: readonly { id: string }[], checks: StageChecks | undefined) =>
      Object.fromEntries(
        criteria.map(({ id }) => {
          const check = checks?.[id];
          if (check === undefined) return [id, declared(id)];
          return [
            id,
            {
              met: check.met,
              byEquivalent: false,
              ...(check.note !== undefined && { note: check.note }),
            },
          ];
        }),
      );
    const assessments: EvaluatedBid['assessments'] = {};
    for (const leaf of scheme.award) {
      const key = `${bid.id}/${leaf.id}`;
      if (leaf.kind === 'ordinal') {
        const row = agreed.get(key);
        if (row === undefined) {
          missing.push({ bidId: bid.id, criterionId: leaf.id, what: 'consensus' });
          continue;
        }
        assessments[leaf.id] = {
          kind: 'ordinal',
          score: row.score,
          justification: { de: row.justification, en: row.justification },
          individual: (scored.get(key) ?? []).sort((a, b) =>
            a.evaluator < b.evaluator ? -1 : a.evaluator > b.evaluator ? 1 : 0,
          ),
        };
      } else if (leaf.kind === 'metric') {
        const answer = bid.content.answers[leaf.id];
        if (answer?.kind !== 'metric') {
          missing.push({ bidId: bid.id, criterionId: leaf.id, what: 'metricValue' });
          continue;
        }
        assessments[leaf.id] = { kind: 'metric', value: answer.value };
      } else if (leaf.kind === 'attestation') {
        const answer = bid.content.answers[leaf.id];
        assessments[leaf.id] = {
          kind: 'attestation',
          evidence: answer?.kind === 'evidence' ? answer.evidence : [],
        };
      }
    }
    return {
      id: bid.id,
      exclusionGrounds: outcomes(scheme.exclusionGrounds ?? [], bid.formalChecks),
      restrictedRequirements: outcomes(scheme.restrictedRequirements ?? [], bid.formalChecks),
      suitability: outcomes(scheme.suitability, bid.suitabilityChecks),
      minimumRequirements: outcomes(scheme.minimumRequirements, bid.formalChecks),
      conditionsAccepted: Object.fromEntries(
        scheme.conditions.map(({ id }) => {
          const answer = bid.content.answers[id];
          return [id, answer?.kind === 'declaration' && answer.met];
        }),
      ),
      assessments,
      price: bid.content.price,
    };
  });
  return { bids, missing };
}
