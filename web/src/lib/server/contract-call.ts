import type { RequestEvent } from '@sveltejs/kit';
import { readProblem } from '#lib/api/problem.ts';
import type { ServiceResult } from '#lib/services/result.ts';

/**
 * One call to the API (`/api/v1…`) through `event.fetch`, so it runs through the `handleFetch`
 * hook with the user's session like every other call of the pages. The answer is typed by the
 * shared contract in `@tenderwise/schema`, for the operations whose pages read it from there.
 * A network failure becomes a 503 refusal, as in `#lib/services/result.ts`.
 */
export async function contractCall<T>(
  event: Pick<RequestEvent, 'fetch' | 'url'>,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: { json: unknown } | { bytes: Blob; contentType: string },
): Promise<ServiceResult<{ data: T }>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) {
    headers['content-type'] = body.contentType;
    payload = await body.bytes.arrayBuffer();
  }
  let response: Response;
  try {
    response = await event.fetch(new URL(`/api/v1${path}`, event.url.origin), {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
  } catch {
    response = new Response(null, { status: 503 });
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not a problem document (a proxy's error page): readProblem copes with nothing.
  }
  if (!response.ok) return { ok: false, problem: readProblem(parsed, response) };
  return { ok: true, data: parsed as T };
}
