import { describe, expect, it } from 'vitest';
import { captureLogs, createTestApp, jsonRequest } from './test-app.ts';

describe('access log', () => {
  it('writes one line per request with method, route, path, status, duration and request id', async () => {
    const logs = captureLogs();
    const app = createTestApp({ logger: logs.logger });
    await app.request('/api/test/things/42', { headers: { 'x-request-id': 'req-1' } });
    const [event, ...rest] = logs.events();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      msg: 'request',
      requestId: 'req-1',
      method: 'GET',
      route: '/api/test/things/:id',
      path: '/api/test/things/42',
      status: 200,
    });
    expect(event?.durationMs).toEqual(expect.any(Number));
  });

  it('logs unmatched requests without a route', async () => {
    const logs = captureLogs();
    await createTestApp({ logger: logs.logger }).request('/api/nowhere');
    const [event] = logs.events();
    expect(event).toMatchObject({ path: '/api/nowhere', status: 404 });
    expect(event).not.toHaveProperty('route');
  });

  it('never logs query strings, bodies or credentials', async () => {
    const logs = captureLogs();
    const app = createTestApp({ logger: logs.logger });
    await app.request(
      '/api/test/echo?dryRun=true&token=CANARY-QUERY',
      jsonRequest(JSON.stringify({ title: 'CANARY-BODY' }), {
        authorization: 'Bearer tw_1.CANARY-KEY',
        cookie: 'tw_session=CANARY-COOKIE',
      }),
    );
    expect(logs.events()).toHaveLength(1);
    expect(logs.raw()).not.toMatch(/CANARY|dryRun|token=/);
  });

  it('keeps one JSON event per line when request values contain control characters', async () => {
    const logs = captureLogs();
    const app = createTestApp({ logger: logs.logger });
    const nasty = [
      '%0D%0A%7B%22level%22%3A60%7D',
      '%1B%5B31mred%1B%5B0m',
      '%00%08%7F',
      '%E2%80%A8',
    ];
    for (const segment of nasty) {
      await app.request(`/api/test/things/${segment}`);
      await app.request(`/api/${segment}`);
    }
    const raw = logs.raw();
    const lines = raw.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(nasty.length * 2);
    for (const line of lines) {
      const event = JSON.parse(line) as { path: string };
      expect(event.path).toMatch(/^\/api\//);
    }
    // The decoded control characters reach the logger and come out JSON-escaped, not raw: no
    // CR, LF, ESC or NUL can end a line early or drive a terminal.
    expect(lines.some((line) => line.includes('\\r\\n'))).toBe(true);
    expect(lines.some((line) => line.includes('\\u001b[31m'))).toBe(true);
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f]/);
  });
});
