/**
 * What the parser knows when it reads a turn: the language, the names of the things the current
 * step may refer to, and what kind of value the step asks for. The dialogue builds it per step,
 * so "4000" is a count of workplaces where a count is asked for and euro where money is.
 */

/** A thing a person may name, with every name and synonym they may use, in both languages. */
export interface Named {
  id: string;
  names: string[];
}

export interface ParseVocabulary {
  criteria?: Named[];
  options?: Named[];
  templates?: Named[];
  /** The current step's choices (Länder, procedure types, quick replies). */
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

export interface ParseContext {
  language: 'de' | 'en';
  vocabulary: ParseVocabulary;
  /** What the current step asks for; absent: anything. */
  expects?: readonly SlotKind[];
  /** Today (YYYY-MM-DD), for relative dates such as "in sechs Wochen". */
  today?: string;
}
