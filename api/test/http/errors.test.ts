import { Problem } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { captureLogs, createTestApp, jsonRequest } from './test-app.ts';

const limit = 1024;
const app = createTestApp({}, { maxBodyBytes: limit });

/** Asserts the response is a well-formed problem that leaks nothing, and returns it. */
async function expectProblem(response: Response, status: number, slug: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const text = await response.text();
  // The raw object, not the parsed one: parsing would hide fields the schema does not declare.
  const problem = JSON.parse(text) as Problem;
  Problem.parse(problem);
  expect(problem.status).toBe(status);
  expect(problem.type).toBe(`/api/problems/${slug}`);
  expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|node_modules|\/work\/|Error:/);
  return problem;
}

function chunkedBody(chunks: number, chunkSize: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ === chunks) return controller.close();
      controller.enqueue(new TextEncoder().encode('x'.repeat(chunkSize)));
    },
  });
}

describe('error responses', () => {
  it('answers malformed JSON with 400', async () => {
    const response = await app.request('/api/test/echo', jsonRequest('{"title": "a",'));
    await expectProblem(response, 400, 'malformed-request');
  });

  it('refuses a body over the limit announced by Content-Length with 413', async () => {
    const body = JSON.stringify({ title: 'x'.repeat(limit) });
    const response = await app.request(
      '/api/test/echo',
      jsonRequest(body, { 'content-length': String(body.length) }),
    );
    await expectProblem(response, 413, 'content-too-large');
  });

  it('refuses a chunked body without Content-Length once it passes the limit with 413', async () => {
    const request = new Request('http://localhost/api/test/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunkedBody(8, 512),
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.has('content-length')).toBe(false);
    await expectProblem(await app.request(request), 413, 'content-too-large');
  });

  it('accepts a chunked body under the limit', async () => {
    const body = new TextEncoder().encode(JSON.stringify({ title: 'streamed' }));
    const request = new Request('http://localhost/api/test/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(body);
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    const response = await app.request(request);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ title: 'streamed' });
  });

  it('limits bodies to 1 MiB by default', async () => {
    const defaultApp = createTestApp();
    const body = JSON.stringify({ title: 'x'.repeat(1024 * 1024) });
    const response = await defaultApp.request(
      '/api/test/echo',
      jsonRequest(body, { 'content-length': String(body.length) }),
    );
    await expectProblem(response, 413, 'content-too-large');
  });

  it('answers an unknown route with 404', async () => {
    const problem = await expectProblem(await app.request('/api/nothing-here'), 404, 'not-found');
    expect(problem.instance).toBe('/api/nothing-here');
  });

  it('answers a known path with a wrong method with 405 and the allowed methods', async () => {
    const response = await app.request('/api/test/echo', { method: 'DELETE' });
    await expectProblem(response, 405, 'method-not-allowed');
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('lists HEAD wherever GET is allowed, also for paths with parameters', async () => {
    const response = await app.request('/api/test/things/42', { method: 'PUT' });
    await expectProblem(response, 405, 'method-not-allowed');
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await app.request('/api/test/things/42', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers OPTIONS on a known path with 204 and Allow, and 404 elsewhere', async () => {
    const known = await app.request('/api/test/echo', { method: 'OPTIONS' });
    expect(known.status).toBe(204);
    expect(known.headers.get('allow')).toBe('POST, OPTIONS');
    await expectProblem(await app.request('/api/nowhere', { method: 'OPTIONS' }), 404, 'not-found');
  });

  it('rejects an unknown body key with 422 and a pointer to it', async () => {
    const response = await app.request(
      '/api/test/echo',
      jsonRequest(
        JSON.stringify({
          title: 'a',
          status: 'published',
          items: [{ name: 'n', quantity: 1, price: 3 }],
        }),
      ),
    );
    const problem = await expectProblem(response, 422, 'validation-failed');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: 'body', pointer: '/status' }),
        expect.objectContaining({ in: 'body', pointer: '/items/0/price' }),
      ]),
    );
    expect(problem.errors).toHaveLength(2);
  });

  it('points at each invalid value with an RFC 6901 pointer', async () => {
    const response = await app.request(
      '/api/test/echo',
      jsonRequest(
        JSON.stringify({
          title: 7,
          items: [
            { name: 'ok', quantity: 1 },
            { name: '', quantity: 0 },
          ],
        }),
      ),
    );
    const problem = await expectProblem(response, 422, 'validation-failed');
    expect(problem.errors?.map((error) => error.pointer).sort()).toEqual([
      '/items/1/name',
      '/items/1/quantity',
      '/title',
    ]);
    for (const error of problem.errors ?? []) expect(error.detail).not.toBe('');
  });

  it('rejects an unknown query parameter with 422', async () => {
    const response = await app.request(
      '/api/test/echo?dryRun=true&debug=1',
      jsonRequest('{"title":"a"}'),
    );
    const problem = await expectProblem(response, 422, 'validation-failed');
    expect(problem.errors).toEqual([expect.objectContaining({ in: 'query', pointer: '/debug' })]);
  });

  it('accepts no query parameters on routes that declare none', async () => {
    const response = await app.request('/api/test/things/42?expand=all');
    const problem = await expectProblem(response, 422, 'validation-failed');
    expect(problem.errors).toEqual([expect.objectContaining({ in: 'query', pointer: '/expand' })]);
  });

  it('answers a body in the wrong content type with 415', async () => {
    const response = await app.request('/api/test/echo', {
      method: 'POST',
      body: 'title=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await expectProblem(response, 415, 'unsupported-media-type');
  });

  it('answers a body without content type with 415', async () => {
    const response = await app.request('/api/test/echo', { method: 'POST', body: '{"title":"a"}' });
    await expectProblem(response, 415, 'unsupported-media-type');
  });

  it('answers an unexpected error with a generic 500 and logs the cause', async () => {
    const logs = captureLogs();
    const crashing = createTestApp({ logger: logs.logger });
    const response = await crashing.request('/api/test/crash');
    const problem = await expectProblem(response, 500, 'internal-error');
    expect(Object.keys(problem).sort()).toEqual(['detail', 'requestId', 'status', 'title', 'type']);
    const body = JSON.stringify(problem);
    expect(body).not.toContain('bid_secrets');
    expect(body).not.toContain('/api/test/crash');
    const logged = logs.events().find((event) => event.level === 50);
    expect(logged).toMatchObject({ requestId: problem.requestId });
    expect(JSON.stringify(logged)).toContain('bid_secrets');
  });

  it('maps domain errors to their status with their message as detail', async () => {
    const missing = await expectProblem(
      await app.request('/api/test/things/missing'),
      404,
      'not-found',
    );
    expect(missing.detail).toBe('Thing missing does not exist.');
    const invalid = await expectProblem(
      await app.request('/api/test/things/invalid'),
      422,
      'validation-failed',
    );
    expect(invalid.errors).toEqual([{ in: 'body', pointer: '/name', detail: 'Must be unique.' }]);
  });

  it('says when to retry a 503 where the service knows, in whole seconds', async () => {
    const response = await app.request('/api/test/things/busy');
    expect(response.headers.get('retry-after')).toBe('7');
    const busy = await expectProblem(response, 503, 'service-unavailable');
    expect(busy.detail).toBe('Busy with earlier work.');
  });
});
