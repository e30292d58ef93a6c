/**
 * What a mapping knows about the current step: the parser's context
 * (domain/conversations/parser/context.ts), restated here because adapters import no other
 * layer. A ParseContext is one of these; a test keeps the two in step.
 */
export interface MappingContext {
  language: 'de' | 'en';
  vocabulary: {
    criteria?: readonly MappingName[];
    options?: readonly MappingName[];
    templates?: readonly MappingName[];
    choices?: readonly MappingName[];
  };
  /** The slot kinds the step asks for (`amount`, `choice`, `yesNo`, …); absent: anything. */
  expects?: readonly string[];
  /** Today (YYYY-MM-DD), for relative dates. */
  today?: string;
}

export interface MappingName {
  id: string;
  names: readonly string[];
}
