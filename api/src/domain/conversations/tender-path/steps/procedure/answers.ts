import type {
  AuthorityKind,
  ProcurementRegime,
  TenderLand,
  ThresholdRegime,
} from '@tenderwise/schema';

/**
 * What the first steps keep as their confirmed answers, read by the steps after them. The
 * dialogue stores answers as JSON; these shapes are written only by the steps of this folder.
 */
export interface NeedAnswer {
  need: string;
  /** The tender's title: the need's first sentence. */
  subject: string;
  templateId: string | null;
  cpvCodes: string[];
  land: TenderLand;
  authorityKind: AuthorityKind;
}

export interface ValueAnswer {
  /** Net, in euro, over the whole term with options and extensions (§ 3 (1) VgV). */
  amount: string;
  termMonths: number;
  comparedWith: ThresholdRegime;
  position: 'above' | 'below';
  /** The threshold row compared with, and its amount. */
  thresholdId: string;
  thresholdAmount: string;
  regime: ProcurementRegime;
}

export const stepIds = {
  need: 'need',
  value: 'value',
  inHouse: 'inHouse',
  lots: 'lots',
  procedure: 'procedure',
  protection: 'protection',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function needAnswerOf(answers: Readonly<Record<string, unknown>>): NeedAnswer | undefined {
  const answer = answers[stepIds.need];
  return isRecord(answer) && typeof answer.need === 'string'
    ? (answer as unknown as NeedAnswer)
    : undefined;
}

export function valueAnswerOf(answers: Readonly<Record<string, unknown>>): ValueAnswer | undefined {
  const answer = answers[stepIds.value];
  return isRecord(answer) && typeof answer.amount === 'string'
    ? (answer as unknown as ValueAnswer)
    : undefined;
}
