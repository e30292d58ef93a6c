import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/lib/api/client.ts';
import { readUnreadNotices } from '../src/lib/public-tenders/unread-notices.ts';

const origin = 'http://tenderwise.test';

function apiAnswering(status: number, body: unknown) {
  const requested: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    requested.push(input instanceof Request ? input.url : String(input));
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { api: createApiClient(fetch, origin), requested };
}

describe('readUnreadNotices', () => {
  it('counts the unread notices of a user who receives notices, with one small page', async () => {
    const { api, requested } = apiAnswering(200, { notices: [], unread: 4, nextCursor: null });
    expect(await readUnreadNotices(api, { role: 'vendor' })).toBe(4);
    expect(requested).toEqual([`${origin}/api/v1/notices?limit=1`]);
  });

  it('asks nothing for visitors, administrators and unknown roles', async () => {
    const { api, requested } = apiAnswering(200, { notices: [], unread: 4, nextCursor: null });
    expect(await readUnreadNotices(api, null)).toBeNull();
    expect(await readUnreadNotices(api, { role: 'admin' })).toBeNull();
    expect(await readUnreadNotices(api, { role: null })).toBeNull();
    expect(requested).toEqual([]);
  });

  it('leaves the count out when the API refuses or cannot be reached', async () => {
    expect(await readUnreadNotices(apiAnswering(503, {}).api, { role: 'officer' })).toBeNull();
    const unreachable = createApiClient(async () => {
      throw new TypeError('fetch failed');
    }, origin);
    expect(await readUnreadNotices(unreachable, { role: 'officer' })).toBeNull();
  });
});
