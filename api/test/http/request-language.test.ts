import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../src/http/env.ts';
import { requestLanguage } from '../../src/http/request-language.ts';

async function languageFor(acceptLanguage: string | undefined, fromQuery?: 'de' | 'en') {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.text(requestLanguage(c, ['en', 'de'], fromQuery)));
  const headers: Record<string, string> =
    acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
  const response = await app.request('/', { headers });
  return response.text();
}

describe('the language a request asks for', () => {
  it('takes the query first, then the preferred supported language, else the first supported', async () => {
    expect(await languageFor('de-DE', 'en')).toBe('en');
    expect(await languageFor('fr-FR, de;q=0.8, en;q=0.9')).toBe('en');
    expect(await languageFor('fr, de-AT;q=0.5')).toBe('de');
    expect(await languageFor('de;q=0, en;q=0.1')).toBe('en');
    expect(await languageFor('fr')).toBe('en');
    expect(await languageFor(undefined)).toBe('en');
  });
});
