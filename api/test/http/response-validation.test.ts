import { describe, expect, it } from 'vitest';
import { undeclaredFields } from '../../src/http/response-validation.ts';
import { captureLogs, createTestApp } from './test-app.ts';

function appWith(strictResponses: boolean) {
  const logs = captureLogs();
  return { app: createTestApp({ logger: logs.logger }, { strictResponses }), logs };
}

const errorsOf = (logs: ReturnType<typeof captureLogs>) =>
  logs.events().filter((event) => event.level === 50);

describe('response validation', () => {
  it('is strict by default under the test runner', async () => {
    const app = createTestApp();
    expect((await app.request('/api/test/things/leaky')).status).toBe(500);
  });

  describe('in strict mode (tests)', () => {
    it('fails with 500 and an error log when a response carries an undeclared field', async () => {
      const { app, logs } = appWith(true);
      const response = await app.request('/api/test/things/leaky');
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('CANARY');
      const [error] = errorsOf(logs);
      expect(JSON.stringify(error)).toContain('/secret: undeclared field');
      expect(JSON.stringify(error)).toContain('testGetThing');
      expect(logs.raw()).not.toContain('CANARY');
    });

    it('passes a response that matches its declaration', async () => {
      const { app, logs } = appWith(true);
      const response = await app.request('/api/test/things/42');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: '42' });
      expect(errorsOf(logs)).toEqual([]);
    });
  });

  describe('in production mode', () => {
    it('strips undeclared fields and logs their pointers, not their values', async () => {
      const { app, logs } = appWith(false);
      const response = await app.request('/api/test/things/leaky');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: 'leaky' });
      const [error] = errorsOf(logs);
      expect(error).toMatchObject({ operationId: 'testGetThing', undeclared: ['/secret'] });
      expect(logs.raw()).not.toContain('CANARY');
    });

    it('fails closed with 500 when a response cannot be repaired', async () => {
      const { app, logs } = appWith(false);
      for (const id of ['wrong-type', 'undeclared-status']) {
        const response = await app.request(`/api/test/things/${id}`);
        expect(response.status).toBe(500);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
      }
      expect(errorsOf(logs)).toHaveLength(2);
    });
  });
});

describe('undeclaredFields', () => {
  it('finds keys parsing removed, at any depth, as JSON pointers', () => {
    const input = { a: 1, x: 2, list: [{ b: 1, 'y/z': 3 }], nested: { c: 1, '~': 4 } };
    const output = { a: 1, list: [{ b: 1 }], nested: { c: 1 } };
    expect(undeclaredFields(input, output)).toEqual(['/x', '/list/0/y~1z', '/nested/~0']);
  });
});
