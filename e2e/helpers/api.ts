import type { APIRequestContext, APIResponse } from '@playwright/test';

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: { in: string; pointer: string; detail: string }[];
}

/** The API answered with a problem where the test expected success; the message says which. */
export class ApiProblemError extends Error {
  override name = 'ApiProblemError';
  readonly problem: Problem;

  constructor(method: string, path: string, problem: Problem) {
    const fields = (problem.errors ?? []).map((e) => `\n  ${e.in} ${e.pointer}: ${e.detail}`);
    super(
      `${method} ${path} answered ${problem.status} ${problem.title}: ${problem.detail ?? ''}` +
        `${fields.join('')}\n  (request id ${problem.requestId ?? 'unknown'})`,
    );
    this.problem = problem;
  }
}

/**
 * Sets up test data through the API, the way a client would: JSON in, typed JSON out, and a
 * clear failure naming the problem when the API refuses. Tests then drive only the journey under
 * test through the UI. The type parameter states what the caller expects back; the API's own
 * response validation guarantees the shape.
 */
export class Api {
  readonly #request: APIRequestContext;

  constructor(request: APIRequestContext) {
    this.#request = request;
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.send<T>('POST', path, body, headers);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PATCH', path, body);
  }

  delete(path: string): Promise<void> {
    return this.send<void>('DELETE', path);
  }

  private async send<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await this.#request.fetch(path, {
      method,
      ...(body === undefined ? {} : { data: body }),
      headers: { accept: 'application/json, application/problem+json', ...headers },
      failOnStatusCode: false,
      // The server ends keep-alive connections idle for five seconds; a request that reuses one at
      // that moment is reset before the server reads it, and goes again on a new connection.
      maxRetries: 1,
    });
    return readAnswer<T>(method, path, response);
  }
}

async function readAnswer<T>(method: string, path: string, response: APIResponse): Promise<T> {
  const type = response.headers()['content-type'] ?? '';
  if (type.startsWith('application/problem+json')) {
    throw new ApiProblemError(method, path, (await response.json()) as Problem);
  }
  if (!response.ok()) {
    throw new Error(`${method} ${path} answered ${response.status()} (${type || 'no body'})`);
  }
  if (response.status() === 204) return undefined as T;
  if (!type.startsWith('application/json')) {
    throw new Error(`${method} ${path} answered ${type || 'no body'} where JSON was expected`);
  }
  return (await response.json()) as T;
}
