import { expect, test } from '../helpers/test.ts';

function directives(cacheControl: string | undefined): string[] {
  return (cacheControl ?? '').split(',').map((part) => part.trim().toLowerCase());
}

test('hashed assets are cached for a year, pages are revalidated', async ({ request }) => {
  const page = await request.get('/');
  expect(page.status()).toBe(200);
  // A page names this build's assets; an old copy would point at files that are gone.
  expect(directives(page.headers()['cache-control'])).toContain('no-cache');

  const asset = /["'](?:\.?\/)?(_app\/immutable\/[^"']+\.js)["']/.exec(await page.text())?.[1];
  expect(asset, 'the page references a hashed asset').toBeDefined();
  const response = await request.get(`/${asset}`);
  expect(response.status()).toBe(200);
  expect(directives(response.headers()['cache-control'])).toEqual(
    expect.arrayContaining(['public', 'max-age=31536000', 'immutable']),
  );
});

test('static files go compressed to clients that accept it, and as they are to others', async ({
  request,
}) => {
  const page = await (await request.get('/')).text();
  const asset = /["'](?:\.?\/)?(_app\/immutable\/[^"']+\.js)["']/.exec(page)?.[1];
  const docs = await (await request.get('/api/docs')).text();
  const bundle = /src="(\/api\/docs\/assets\/[^"]+)"/.exec(docs)?.[1];
  expect(asset, 'the page references a hashed asset').toBeDefined();
  expect(bundle, 'the API reference names its bundle').toBeDefined();
  for (const path of [`/${asset}`, bundle!]) {
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status()).toBe(200);
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    expect(plain.headers()['vary'], path).toMatch(/accept-encoding/i);
    for (const coding of ['br', 'gzip']) {
      const compressed = await request.get(path, { headers: { 'accept-encoding': coding } });
      expect(compressed.status()).toBe(200);
      expect(compressed.headers()['content-encoding'], `${path} as ${coding}`).toBe(coding);
      expect(compressed.headers()['vary'], path).toMatch(/accept-encoding/i);
      expect(Number(compressed.headers()['content-length'])).toBeLessThan(
        Number(plain.headers()['content-length']),
      );
      // Playwright decodes the body: it must be the same file.
      expect((await compressed.body()).equals(await plain.body()), path).toBe(true);
    }
  }
});

test('a path below /api that does not exist gets the API’s problem, not a page', async ({
  request,
}) => {
  const response = await request.get('/api/no-such-thing');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toBe('application/problem+json');
});
