import { pricePreviewExample, Problem } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { createTestApp, jsonRequest } from '../../http/test-app.ts';

const app = createTestApp();
const post = (body: unknown) =>
  app.request('/api/v1/analysis/price-preview', jsonRequest(JSON.stringify(body)));

describe('POST /api/v1/analysis/price-preview', () => {
  it('answers the documented example with exactly the documented response', async () => {
    const response = await post(pricePreviewExample.request);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(pricePreviewExample.response);
  });

  it('refuses a range running backwards with a 422 problem', async () => {
    const response = await post({ ...pricePreviewExample.request, from: 10, to: 5 });
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).detail).toMatch(/from must not be above to/);
  });

  it('bounds the number of steps', async () => {
    const response = await post({ ...pricePreviewExample.request, steps: 201 });
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).errors?.[0]?.pointer).toBe('/steps');
  });
});
