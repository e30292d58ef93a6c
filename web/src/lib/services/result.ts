import { readProblem, type ApiProblem } from '#lib/api/problem.ts';

/**
 * What a mutation came to: success with what the caller needs from the answer, or the problem
 * the API refused it with. Services never throw for an API refusal or an unreachable API, so every
 * caller handles both outcomes explicitly.
 */
export type ServiceResult<T extends object = object> =
  ({ ok: true } & T) | { ok: false; problem: ApiProblem };

/** A refusal, as a result. */
export type Refusal = Extract<ServiceResult, { ok: false }>;

/** An openapi-fetch answer: `data` on success, `error` (the parsed body) otherwise. */
interface Answer<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/** The refusal an API answer stands for. */
export function refusal(answer: { error?: unknown; response: Response }): Refusal {
  return { ok: false, problem: readProblem(answer.error, answer.response) };
}

/**
 * Sends one API call. A network failure (the API process down during development, a proxy in
 * between) becomes a 503 refusal rather than an exception, like the answer a proxy would give.
 */
export async function send<Data>(call: () => Promise<Answer<Data>>): Promise<Answer<Data>> {
  try {
    return await call();
  } catch {
    return { error: undefined, response: new Response(null, { status: 503 }) };
  }
}
