import { exclusionBasesByStage, type ExclusionBasis } from '@tenderwise/schema';
import { textField } from '#lib/forms/form-data.ts';
import { decidedStageNames, type DecidedStageName } from './labels.ts';

// Reads the evaluation's forms into the API's bodies. What the API checks (every criterion
// judged, evidence, the register, the law on requests) is left to it; these only shape the input.

const optional = (value: string) => (value === '' ? undefined : value);
export const oneOf = <T extends string>(values: readonly T[], value: string): T | undefined =>
  (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** The paragraphs an exclusion may rest on, each once, in the stages' order. */
export const exclusionBases: readonly ExclusionBasis[] = [
  ...new Set<ExclusionBasis>(Object.values(exclusionBasesByStage).flat()),
];

export interface StageDecisionForm {
  stage: DecidedStageName;
  body: {
    outcome: 'passed' | 'excluded';
    basis?: ExclusionBasis;
    reasons: string;
    checks?: Record<string, { met: boolean; evidence?: string; evidenceDate?: string }>;
    registerQueriedOn?: string;
  };
}

/**
 * A stage decision from the form. Each criterion's fields are named by its id (`met-<id>`,
 * `evidence-<id>`, `evidenceDate-<id>`); `criterion` lists `<stage>:<id>`, and only the criteria
 * of the chosen stage are judged.
 */
export function readStageDecision(data: FormData): StageDecisionForm | null {
  const stage = oneOf(decidedStageNames, textField(data, 'stage'));
  const outcome = oneOf(['passed', 'excluded'] as const, textField(data, 'outcome'));
  if (stage === undefined || outcome === undefined) return null;
  const checks: NonNullable<StageDecisionForm['body']['checks']> = {};
  for (const entry of data.getAll('criterion')) {
    const [criterionStage, id] = String(entry).split(':');
    if (criterionStage !== stage || id === undefined || id === '') continue;
    const evidence = optional(textField(data, `evidence-${id}`).trim());
    const evidenceDate = optional(textField(data, `evidenceDate-${id}`));
    checks[id] = {
      met: textField(data, `met-${id}`) === 'true',
      ...(evidence !== undefined && { evidence }),
      ...(evidenceDate !== undefined && { evidenceDate }),
    };
  }
  const basis = oneOf(exclusionBases, textField(data, 'basis'));
  const registerQueriedOn = optional(textField(data, 'registerQueriedOn'));
  return {
    stage,
    body: {
      outcome,
      ...(basis !== undefined && { basis }),
      reasons: textField(data, 'reasons').trim(),
      ...(stage !== 'priceCheck' && { checks }),
      ...(stage === 'formal' && registerQueriedOn !== undefined && { registerQueriedOn }),
    },
  };
}

export interface DocumentRow {
  name: string;
  mediaType: string;
  bytes: number;
  sha256: string;
}

/** The documents of an answer: rows `name-<n>`, `mediaType-<n>`, `bytes-<n>`, `sha256-<n>`; empty rows left out. */
export function readDocuments(data: FormData, rows: number): DocumentRow[] {
  const documents: DocumentRow[] = [];
  for (let row = 0; row < rows; row++) {
    const name = textField(data, `name-${row}`).trim();
    const sha256 = textField(data, `sha256-${row}`).trim().toLowerCase();
    if (name === '' && sha256 === '') continue;
    documents.push({
      name,
      mediaType: textField(data, `mediaType-${row}`).trim() || 'application/pdf',
      bytes: Number(textField(data, `bytes-${row}`) || '0'),
      sha256,
    });
  }
  return documents;
}

export const requestStages = ['formal', 'suitability'] as const;
export const documentKinds = ['company', 'offer', 'price'] as const;
export const documentActions = ['submit', 'complete', 'correct'] as const;
