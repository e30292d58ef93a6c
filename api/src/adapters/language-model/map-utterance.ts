import type { ConversationInput } from '@tenderwise/schema';
import type { LanguageModelConfig } from '../../language-model-config.ts';
import { completeChat } from './chat-client.ts';
import { checkedMapping } from './mapping-check.ts';
import type { MappingContext } from './mapping-context.ts';
import { mappingMessages } from './mapping-prompt.ts';

/**
 * Asks the model what one utterance means, as one intent and its slots. The answer counts only
 * when it passes `checkedMapping`; anything else, a failed call included, is null. Errors are
 * thrown as LanguageModelError and caught by the caller that logs them.
 */
export async function mapUtterance(
  config: LanguageModelConfig,
  text: string,
  context: MappingContext,
): Promise<ConversationInput | null> {
  const content = await completeChat(config, mappingMessages(text, context), {
    json: true,
    maxTokens: 400,
  });
  return checkedMapping(jsonIn(content), context, text);
}

/** The JSON object in a reply, also when a model wraps it in a Markdown code fence. */
function jsonIn(content: string): unknown {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(content);
  try {
    return JSON.parse(fenced ? fenced[1]! : content);
  } catch {
    return undefined;
  }
}
