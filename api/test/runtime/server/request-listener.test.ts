import { createServer, get as httpGet, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { serverRequestListener } from '../../../src/runtime/server/request-listener.ts';
import { createTestApp } from '../../http/test-app.ts';

/** Sends a raw HTTP request, so the body can go without Content-Length (chunked) or with none. */
function send(port: number, path: string, options: { chunks?: string[] } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = httpRequest(
      { port, path, method: 'POST', headers: { 'content-type': 'application/json' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      },
    );
    outgoing.on('error', reject);
    for (const chunk of options.chunks ?? []) outgoing.write(chunk);
    outgoing.end();
  });
}

describe('the production request listener', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const app = createTestApp({}, { maxBodyBytes: 64 });
    server = createServer(
      serverRequestListener({ app, web: undefined, logger: createLogger('silent') }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a chunked JSON body through the API over real HTTP', async () => {
    const answer = await send(port, '/api/test/echo', { chunks: ['{"title":', '"chunked"}'] });
    expect(answer).toEqual({ status: 200, body: '{"title":"chunked"}' });
  });

  it('lets an operation with a larger limit of its own take a chunked body over the default', async () => {
    const title = 'x'.repeat(1000);
    const answer = await send(port, '/api/test/upload', {
      chunks: ['{"title":"', title.slice(0, 500), title.slice(500), '"}'],
    });
    expect(answer).toEqual({ status: 200, body: JSON.stringify({ title }) });
  });

  it('sends the API reference compressed with the Content-Length of the bytes sent', async () => {
    const page = await new Promise<string>((resolve, reject) => {
      httpGet({ port, path: '/api/docs' }, (response) => {
        let html = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (html += chunk));
        response.on('end', () => resolve(html)).on('error', reject);
      }).on('error', reject);
    });
    const path = /src="(\/api\/docs\/assets\/[^"]+)"/.exec(page)![1]!;
    const { headers, bytes } = await new Promise<{
      headers: Record<string, string | string[] | undefined>;
      bytes: Buffer;
    }>((resolve, reject) => {
      httpGet({ port, path, headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ headers: response.headers, bytes: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      }).on('error', reject);
    });
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(headers['transfer-encoding']).toBeUndefined();
    expect(Number(headers['content-length'])).toBe(bytes.byteLength);
    expect(gunzipSync(bytes).toString('utf8')).toContain('createApiReference');
  });

  it('refuses a chunked body over the limit with 413, not a server error', async () => {
    const answer = await send(port, '/api/test/echo', {
      chunks: ['{"title":"', 'x'.repeat(100), '"}'],
    });
    expect(answer.status).toBe(413);
  });

  it('answers a POST without any body with a problem, not a server error', async () => {
    const answer = await send(port, '/api/test/echo');
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});
