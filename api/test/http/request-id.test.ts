import { describe, expect, it } from 'vitest';
import { captureLogs, createTestApp } from './test-app.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request id', () => {
  const app = createTestApp();

  it('echoes a well-formed incoming X-Request-Id', async () => {
    const response = await app.request('/api/test/things/1', {
      headers: { 'x-request-id': 'lb-7f3a.2026:11_28' },
    });
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a.2026:11_28');
  });

  it('generates a UUID when none is sent', async () => {
    const response = await app.request('/api/test/things/1');
    expect(response.headers.get('x-request-id')).toMatch(uuid);
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['with spaces', 'a b'],
    ['with quotes and braces', '"},{"level":60'],
    ['with a leading dot', '.hidden'],
  ])('replaces an incoming id %s with a generated one', async (_, incoming) => {
    const response = await app.request('/api/test/things/1', {
      headers: { 'x-request-id': incoming },
    });
    expect(response.headers.get('x-request-id')).toMatch(uuid);
  });

  it('sends the id on error responses, in the header and the body alike', async () => {
    for (const [path, init] of [
      ['/api/missing', {}],
      ['/api/test/echo', { method: 'GET' }],
      ['/api/test/crash', {}],
    ] as const) {
      const response = await app.request(path, { ...init, headers: { 'x-request-id': 'trace-1' } });
      expect(response.headers.get('x-request-id')).toBe('trace-1');
      expect(((await response.json()) as { requestId: string }).requestId).toBe('trace-1');
    }
  });

  it('puts the id on every log line of the request', async () => {
    const logs = captureLogs();
    const logged = createTestApp({ logger: logs.logger });
    await logged.request('/api/test/crash', { headers: { 'x-request-id': 'trace-2' } });
    const events = logs.events();
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const event of events) expect(event.requestId).toBe('trace-2');
  });
});
