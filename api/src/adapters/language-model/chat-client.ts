import { z } from 'zod';
import type { LanguageModelConfig } from '../../language-model-config.ts';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/**
 * Why a call to the model failed, as a short code only: never the endpoint's reply, the prompt
 * or the key, so the error can be logged as it is.
 */
export class LanguageModelError extends Error {
  override name = 'LanguageModelError';
  readonly code: LanguageModelFailure;
  constructor(code: LanguageModelFailure) {
    super(`Language model call failed: ${code}`);
    this.code = code;
  }
}

export type LanguageModelFailure = 'timeout' | 'unreachable' | `http_${number}` | 'malformed';

/** Only what is read from a reply; everything else an endpoint adds is ignored. */
const ChatCompletion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().max(64_000) }) })).min(1),
});

/** A reply this large is not an answer to our prompts; reading stops there. */
const maxReplyBytes = 256 * 1024;

/**
 * One chat completion (`POST {base}/chat/completions`, OpenAI's format): the text of the first
 * choice. Temperature 0, since the answers are checked, not enjoyed. Redirects are refused so the
 * key goes to the configured endpoint only.
 */
export async function completeChat(
  config: LanguageModelConfig,
  messages: ChatMessage[],
  options: { json?: boolean; maxTokens: number },
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${config.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(config.apiKey === undefined ? {} : { authorization: `Bearer ${config.apiKey}` }),
      },
      body: JSON.stringify({
        model: config.model,
        messages,
        temperature: 0,
        max_tokens: options.maxTokens,
        stream: false,
        ...(options.json ? { response_format: { type: 'json_object' } } : {}),
      }),
      redirect: 'error',
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    throw new LanguageModelError(isTimeout(error) ? 'timeout' : 'unreachable');
  }
  let text: string;
  try {
    if (!response.ok) {
      await response.body?.cancel();
      throw new LanguageModelError(`http_${response.status}`);
    }
    text = await readCapped(response, maxReplyBytes);
  } catch (error) {
    if (error instanceof LanguageModelError) throw error;
    throw new LanguageModelError(isTimeout(error) ? 'timeout' : 'unreachable');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LanguageModelError('malformed');
  }
  const parsed = ChatCompletion.safeParse(json);
  if (!parsed.success) throw new LanguageModelError('malformed');
  return parsed.data.choices[0]!.message.content;
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

async function readCapped(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new LanguageModelError('malformed');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
