import {
  exclusionBasesByStage,
  type EvaluationScheme,
  type RecordStageDecisionInput,
} from '@tenderwise/schema';
import type { DecidedStage } from '../../db/tables/evaluation.ts';
import { stageBases } from '../../domain/evaluation-stages/stages.ts';
import type { FieldIssue } from '../../domain/errors.ts';

/** From this estimated net contract value the competition register is queried (§ 6 (1) WRegG). */
export const registerThresholdEuro = 30_000;

const issue = (pointer: string, detail: string): FieldIssue => ({ in: 'body', pointer, detail });

/** The criteria of the scheme a stage judges: every one needs a check. */
export function checkedCriteria(scheme: EvaluationScheme, stage: DecidedStage): string[] {
  if (stage === 'formal') {
    return [
      ...(scheme.exclusionGrounds ?? []),
      ...(scheme.restrictedRequirements ?? []),
      ...scheme.minimumRequirements,
    ].map((criterion) => criterion.id);
  }
  if (stage === 'suitability') return scheme.suitability.map((criterion) => criterion.id);
  return [];
}

/**
 * The rules a decision's input must keep, the state of the procedure aside: the basis of an
 * exclusion from the stage's own list, a check for every criterion the stage judges (an unmet one
 * excludes), evidence with its date for every met suitability criterion, and the competition
 * register's answer for the formal check from €30,000.
 */
export function decisionIssues(input: {
  stage: DecidedStage;
  decision: RecordStageDecisionInput;
  scheme: EvaluationScheme;
  /** The estimated net contract value in euros; null without an estimate. */
  contractValue: number | null;
  today: string;
}): FieldIssue[] {
  const { stage, decision, scheme, contractValue, today } = input;
  const issues: FieldIssue[] = [];
  const bases: readonly string[] = exclusionBasesByStage[stage];
  if (decision.outcome === 'excluded') {
    if (decision.basis === undefined) {
      issues.push(issue('/basis', `An exclusion names its basis, one of: ${bases.join('; ')}.`));
    } else if (!bases.includes(decision.basis)) {
      issues.push(
        issue(
          '/basis',
          `${decision.basis} is no basis of this stage; one of: ${bases.join('; ')}.`,
        ),
      );
    }
  } else if (decision.basis !== undefined) {
    issues.push(
      issue('/basis', `A pass rests on the stage’s own basis (${stageBases[stage].join(', ')}).`),
    );
  }

  const required = checkedCriteria(scheme, stage);
  const checks = decision.checks ?? {};
  for (const id of required) {
    if (checks[id] === undefined) {
      issues.push(issue(`/checks/${id}`, `Judge criterion ${id} of the lot’s scheme.`));
    }
  }
  for (const [id, check] of Object.entries(checks)) {
    if (!required.includes(id)) {
      issues.push(issue(`/checks/${id}`, `The ${stage} stage judges no criterion ${id}.`));
      continue;
    }
    // § 122 (1) GWB, § 48 VgV: suitability rests on evidence, judged as of the deadline.
    if (stage === 'suitability' && check.met && check.evidence === undefined) {
      issues.push(issue(`/checks/${id}/evidence`, 'Name the evidence the criterion is met by.'));
    }
    if (stage === 'suitability' && check.met && check.evidenceDate === undefined) {
      issues.push(issue(`/checks/${id}/evidenceDate`, 'Give the date of the evidence.'));
    }
  }
  const unmet = Object.entries(checks).filter(([id, check]) => required.includes(id) && !check.met);
  if (unmet.length > 0 && decision.outcome === 'passed') {
    issues.push(
      issue(
        '/outcome',
        `Unmet: ${unmet.map(([id]) => id).join(', ')}. A bid that does not meet a criterion ` +
          `of this stage is excluded (${stage === 'formal' ? '§ 57 Abs. 1 VgV, §§ 123, 124 GWB' : '§ 57 Abs. 1 Nr. 2 VgV, § 122 Abs. 1 GWB'}).`,
      ),
    );
  }

  if (decision.registerQueriedOn !== undefined && stage !== 'formal') {
    issues.push(
      issue('/registerQueriedOn', 'The competition register is queried in the formal check.'),
    );
  }
  if (stage === 'formal') {
    const needed = contractValue !== null && contractValue >= registerThresholdEuro;
    if (needed && decision.registerQueriedOn === undefined) {
      issues.push(
        issue(
          '/registerQueriedOn',
          'From an estimated contract value of €30,000 net the competition register must be ' +
            'queried before the award (§ 6 Abs. 1 WRegG): give the day it was queried.',
        ),
      );
    }
    if (decision.registerQueriedOn !== undefined && decision.registerQueriedOn > today) {
      issues.push(
        issue('/registerQueriedOn', 'The register’s query cannot be in the future (§ 6 WRegG).'),
      );
    }
  }
  return issues;
}
