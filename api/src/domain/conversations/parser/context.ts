import type { countUnits } from '@tenderwise/schema';

/** Something a person may name: its id and every name or synonym they may use, in both languages. */
export interface Named {
  id: string;
  names: string[];
}

/** The names the current step knows: criteria, options of a review, templates, the step's choices. */
export interface ParseVocabulary {
  criteria?: Named[];
  options?: Named[];
  templates?: Named[];
  choices?: Named[];
}

export type SlotKind =
  | 'amount'
  | 'number'
  | 'count'
  | 'percent'
  | 'date'
  | 'time'
  | 'duration'
  | 'text'
  | 'choice'
  | 'choices'
  | 'yesNo'
  | 'comparison'
  | 'weights'
  | 'question';

export type CountUnit = (typeof countUnits)[number];

export interface ParseContext {
  language: 'de' | 'en';
  vocabulary: ParseVocabulary;
  /** What the current step asks for: "4000" is a count where a count is expected, money where money is. */
  expects?: readonly SlotKind[];
  /** What a counted answer counts where the step knows it ("4000" when asked for workplaces). */
  countUnit?: CountUnit;
  /** Today as YYYY-MM-DD, for relative dates ("in 6 Wochen") and dates without a year. */
  today?: string;
}

export type Language = ParseContext['language'];
