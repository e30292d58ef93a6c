import { z } from 'zod';

/**
 * How the server reaches an optional, self-hosted language model with an OpenAI-compatible API;
 * absent when none is configured, and then nothing leaves the machine for it.
 */
export interface LanguageModelConfig {
  /** `…/v1` of the endpoint, without a trailing slash; `/chat/completions` is appended. */
  baseUrl: string;
  model: string;
  /** Sent as a bearer token; never logged (the logger redacts it). */
  apiKey: string | undefined;
  timeoutMs: number;
}

/** The environment variables this reads, validated with the rest of the configuration. */
export const languageModelEnvShape = {
  LLM_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LLM_MODEL: z.string().trim().min(1).max(200).optional(),
  LLM_API_KEY: z.string().min(1).max(4096).optional(),
  // Long enough for a small local model to answer a short prompt; short enough that a person
  // waiting for the next question barely notices when the model is down and the answer comes
  // without it.
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
};

type LanguageModelEnv = z.output<z.ZodObject<typeof languageModelEnvShape>>;

export interface LanguageModelProblem {
  path: string;
  message: string;
}

const defaultTimeoutMs = 8_000;

/**
 * Turns the validated variables into the model's configuration, or lists why it cannot. The
 * key goes in LLM_API_KEY, not in the URL: fetch refuses credentials in a URL, and the URL may
 * be shown to operators.
 */
export function languageModelConfigFrom(env: LanguageModelEnv): {
  languageModel?: LanguageModelConfig;
  problems: LanguageModelProblem[];
} {
  const problems: LanguageModelProblem[] = [];
  if (!env.LLM_BASE_URL) {
    for (const name of ['LLM_MODEL', 'LLM_API_KEY', 'LLM_TIMEOUT_MS'] as const) {
      if (env[name] !== undefined) problems.push({ path: name, message: 'needs LLM_BASE_URL' });
    }
    return { problems };
  }
  const url = new URL(env.LLM_BASE_URL);
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    problems.push({
      path: 'LLM_BASE_URL',
      message: 'must not carry credentials, a query or a fragment; put a key in LLM_API_KEY',
    });
  }
  if (!env.LLM_MODEL) {
    problems.push({ path: 'LLM_MODEL', message: 'is required when LLM_BASE_URL is set' });
  }
  if (problems.length > 0) return { problems };
  return {
    languageModel: {
      baseUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
      model: env.LLM_MODEL!,
      apiKey: env.LLM_API_KEY,
      timeoutMs: env.LLM_TIMEOUT_MS ?? defaultTimeoutMs,
    },
    problems,
  };
}
