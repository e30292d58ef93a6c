import { ApiProblemError } from '../helpers/api.ts';
import { expect, test } from '../helpers/test.ts';

// The `api` fixture that later journeys use to set up their data.

test('the api fixture answers typed JSON from the server under test', async ({ api }) => {
  const health = await api.get<{ status: string; database: { backend: string } }>('/api/health');
  expect(health.status).toBe('ok');
  expect(health.database.backend).toBe('pglite');
});

test('the api fixture fails with the problem the API answered', async ({ api }) => {
  const failure = api.get('/api/v1/no-such-resource');
  await expect(failure).rejects.toBeInstanceOf(ApiProblemError);
  await expect(failure).rejects.toThrow(/GET \/api\/v1\/no-such-resource answered 404 Not found/);
});
