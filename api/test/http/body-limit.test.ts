import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatByteCount } from '../../src/http/body-limit.ts';
import { openApiDocumentOf } from '../../src/http/openapi.ts';
import { createRouter, defineRoute } from '../../src/http/route.ts';
import { createTestApp, testPolicies, testRouter, testUploadLimit } from './test-app.ts';

const defaultLimit = 1024;
const app = createTestApp({}, { maxBodyBytes: defaultLimit });

/** A JSON body of exactly `bytes` bytes that the echo schema accepts. */
function bodyOf(bytes: number): string {
  const frame = JSON.stringify({ title: '' });
  return JSON.stringify({ title: 'x'.repeat(bytes - frame.length) });
}

function withLength(body: string): RequestInit {
  return {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
  };
}

/** The same body streamed in 256-byte chunks, without Content-Length. */
function chunked(body: string): RequestInit {
  const bytes = new TextEncoder().encode(body);
  let offset = 0;
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, (offset += 256)));
      },
    }),
    duplex: 'half',
  } as RequestInit;
}

async function statusOf(path: string, init: RequestInit) {
  const response = await app.request(path, init);
  if (response.status === 413) {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as {
      type: string;
      detail: string;
      errors: unknown[];
    };
    expect(problem.type).toBe('/api/problems/content-too-large');
    // The problem names the operation's limit, and points at the body as a whole.
    const limit = path === '/api/test/upload' ? testUploadLimit : defaultLimit;
    expect(problem.detail).toContain(`limit of ${formatByteCount(limit)} (${limit} bytes)`);
    expect(problem.errors).toEqual([
      { in: 'body', pointer: '', detail: `At most ${limit} bytes.` },
    ]);
  }
  return response.status;
}

describe('per-operation body limits', () => {
  for (const [name, send] of [
    ['with Content-Length', withLength],
    ['chunked', chunked],
  ] as const) {
    it(`let an operation accept more than the default, up to its own limit (${name})`, async () => {
      const between = bodyOf(defaultLimit + 1);
      expect(await statusOf('/api/test/echo', send(between))).toBe(413);
      expect(await statusOf('/api/test/upload', send(between))).toBe(200);
      expect(await statusOf('/api/test/upload', send(bodyOf(testUploadLimit)))).toBe(200);
      expect(await statusOf('/api/test/upload', send(bodyOf(testUploadLimit + 1)))).toBe(413);
    });
  }

  it('hold for a router mounted with an error handler of its own', async () => {
    const composed = createTestApp({}, { maxBodyBytes: defaultLimit });
    const router = testRouter();
    router.onError((_error, c) => c.text('refused by the router', 500));
    composed.route('/api/own', router);
    const between = bodyOf(defaultLimit + 1);
    expect((await composed.request('/api/own/upload', withLength(between))).status).toBe(200);
    const over = await composed.request('/api/own/upload', withLength(bodyOf(testUploadLimit + 1)));
    expect(over.status).toBe(413);
  });

  it('are stated in the operation’s 413 response of the OpenAPI document', () => {
    const router = createRouter();
    router.route('/test', testRouter());
    const document = openApiDocumentOf(router);
    const upload = document.paths?.['/test/upload']?.post?.responses?.['413'] as {
      description: string;
    };
    expect(upload.description).toBe(
      "The request body is larger than this operation's limit of 4 KiB (4096 bytes)",
    );
    const echo = document.paths?.['/test/echo']?.post?.responses?.['413'] as {
      description: string;
    };
    expect(echo.description).toBe(
      "The request body is larger than this operation's limit of 1 MiB (1048576 bytes)",
    );
  });

  it('are stated per operation as x-max-body-bytes, the default where none is declared', () => {
    const router = createRouter();
    router.route('/test', testRouter());
    const paths = openApiDocumentOf(router).paths as Record<
      string,
      { post?: Record<string, unknown> }
    >;
    expect(paths['/test/upload']?.post?.['x-max-body-bytes']).toBe(testUploadLimit);
    expect(paths['/test/echo']?.post?.['x-max-body-bytes']).toBe(1024 * 1024);
  });

  it('are refused on routes without a body, and unless a positive whole number', () => {
    const route = {
      method: 'post' as const,
      path: '/x',
      operationId: 'testEcho',
      tags: ['system'] as ['system'],
      summary: 'x',
      responses: { 204: { description: 'ok' } },
    };
    const body = {
      content: { 'application/json': { schema: z.strictObject({ a: z.string() }) } },
    };
    expect(() => defineRoute({ ...route, maxBodyBytes: 10 })).toThrow(/maxBodyBytes/);
    for (const maxBodyBytes of [0, -1, 1.5, Number.POSITIVE_INFINITY]) {
      expect(() => defineRoute({ ...route, request: { body }, maxBodyBytes })).toThrow(
        /maxBodyBytes/,
      );
    }
    const router = createRouter({ policies: testPolicies });
    expect(() =>
      router.openapi(defineRoute({ ...route, request: { body }, maxBodyBytes: 10 }), (c) =>
        c.body(null, 204),
      ),
    ).not.toThrow();
  });

  it('are written in binary units', () => {
    expect(formatByteCount(1024 * 1024)).toBe('1 MiB');
    expect(formatByteCount(64 * 1024 * 1024)).toBe('64 MiB');
    expect(formatByteCount(4096)).toBe('4 KiB');
    expect(formatByteCount(1500)).toBe('1500 bytes');
  });
});
