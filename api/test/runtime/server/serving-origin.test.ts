import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { servingOrigin, type NodeHandler } from '../../../src/runtime/server/web-handler.ts';

/** Runs a request with the given headers through the wrapper and returns what the page saw. */
function seenHeaders(origin: string | undefined, headers: Record<string, string>) {
  let seen: IncomingMessage['headers'] = {};
  const page: NodeHandler = (request) => {
    seen = { ...request.headers };
  };
  const request = { headers: { ...headers } } as unknown as IncomingMessage;
  void servingOrigin(page, origin)(request, {} as ServerResponse);
  return seen;
}

describe('the origin pages are served from', () => {
  it('is PUBLIC_ORIGIN, whatever a client claims', () => {
    const seen = seenHeaders('https://tenderwise.example', {
      host: 'internal:3000',
      'x-tenderwise-serving-protocol': 'http',
      'x-tenderwise-serving-host': 'evil.example',
    });
    expect(seen['x-tenderwise-serving-protocol']).toBe('https');
    expect(seen['x-tenderwise-serving-host']).toBe('tenderwise.example');
  });

  it('is plain http on the request’s own host when none is configured', () => {
    const seen = seenHeaders(undefined, {
      host: '127.0.0.1:4173',
      'x-tenderwise-serving-protocol': 'https',
      'x-tenderwise-serving-host': 'evil.example',
    });
    expect(seen['x-tenderwise-serving-protocol']).toBe('http');
    expect(seen['x-tenderwise-serving-host']).toBeUndefined();
    expect(seen.host).toBe('127.0.0.1:4173');
  });
});
