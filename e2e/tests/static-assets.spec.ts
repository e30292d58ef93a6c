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

test('a path below /api that does not exist gets the API’s problem, not a page', async ({
  request,
}) => {
  const response = await request.get('/api/no-such-thing');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toBe('application/problem+json');
});
