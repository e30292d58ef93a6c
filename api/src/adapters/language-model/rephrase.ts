import type { ConversationText } from '@tenderwise/schema';
import type { LanguageModelConfig } from '../../language-model-config.ts';
import { completeChat } from './chat-client.ts';
import { keepsNumbers } from './numbers.ts';

/** An assistant's message to be rephrased: its text and the engine's figures it quotes. */
export interface RephraseMessage {
  text: ConversationText;
  figures?: readonly { label: ConversationText; value: string }[];
}

/**
 * Asks the model to say an answer more conversationally, in one language. The rephrasing counts
 * only if it states every number of the original unchanged and adds none but the quoted figures;
 * otherwise it is null and the original stands.
 */
export async function rephrase(
  config: LanguageModelConfig,
  message: RephraseMessage,
  language: 'de' | 'en',
): Promise<string | null> {
  const original = message.text[language];
  const figures = (message.figures ?? []).map(
    (figure) => `- ${figure.label[language]}: ${figure.value}`,
  );
  const system = [
    `Rephrase the message below in ${language === 'de' ? 'German' : 'English'}, friendlier and more conversational, and about as long.`,
    'Keep its meaning. Write every number exactly as it is written, with its unit; add no number, fact, judgement or legal statement.',
    'Reply with the rephrased message only.',
    ...(figures.length > 0 ? ['', 'Figures the message refers to:', ...figures] : []),
  ].join('\n');
  const content = await completeChat(
    config,
    [
      { role: 'system', content: system },
      { role: 'user', content: original },
    ],
    { maxTokens: 1_000 },
  );
  const rephrased = content.trim();
  if (rephrased === '' || rephrased.length > 8_000) return null;
  const figureValues = (message.figures ?? []).map((figure) => figure.value);
  return keepsNumbers(original, rephrased, figureValues) ? rephrased : null;
}
