import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { serverRequestListener } from '../../src/server/request-listener.ts';
import { createTestApp } from '../http/test-app.ts';

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
