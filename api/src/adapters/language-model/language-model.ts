/**
 * An optional language model for the assistant, reached over an OpenAI-compatible chat API on an
 * endpoint the operator runs (LLM_BASE_URL). Why it is built this way:
 *
 * - The assistant works fully without it: the deterministic parser reads every turn, and the
 *   product calls nothing outside the machine unless an operator configures an endpoint.
 * - It only maps what a person said to the input the parser would have produced, and rephrases
 *   answers. It never scores, weighs, states law or facts: a mapping is checked against the
 *   schema, the step's names and what the step asks for, and a rephrasing must keep every number.
 *   A proposal it leads to is confirmed by the person like any other.
 * - Any failure, a timeout or an answer that does not pass the checks is null, and the dialogue
 *   goes on as without a model. Failures are logged by a short code only: no prompt, reply or key.
 */
import type { ConversationInput } from '@tenderwise/schema';
import type { LanguageModelConfig } from '../../language-model-config.ts';
import type { Logger } from '../../logger.ts';
import { LanguageModelError } from './chat-client.ts';
import { mapUtterance } from './map-utterance.ts';
import type { MappingContext } from './mapping-context.ts';
import { rephrase, type RephraseMessage } from './rephrase.ts';

export type { MappingContext, MappingName } from './mapping-context.ts';
export type { RephraseMessage } from './rephrase.ts';

export interface LanguageModel {
  /** One intent and its slots for free text, or null when the model gives nothing usable. */
  mapUtterance(text: string, context: MappingContext): Promise<ConversationInput | null>;
  /** The message said more conversationally in `language`, or null to keep the original. */
  rephrase(message: RephraseMessage, language: 'de' | 'en'): Promise<string | null>;
}

/** The configured model, or null when none is configured, so callers write `model?.…`. */
export function languageModelFrom(
  config: { languageModel?: LanguageModelConfig | undefined },
  logger?: Logger,
): LanguageModel | null {
  const settings = config.languageModel;
  if (!settings) return null;
  const orNull = async <T>(operation: string, call: () => Promise<T | null>): Promise<T | null> => {
    try {
      return await call();
    } catch (error) {
      const code = error instanceof LanguageModelError ? error.code : 'failed';
      logger?.warn({ operation, code }, 'language model unavailable');
      return null;
    }
  };
  return {
    mapUtterance: (text, context) =>
      orNull('mapUtterance', () => mapUtterance(settings, text, context)),
    rephrase: (message, language) =>
      orNull('rephrase', () => rephrase(settings, message, language)),
  };
}
