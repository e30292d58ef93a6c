import { problemTypeUri } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/lib/api/client.ts';
import {
  deleteTenderLot,
  updateTender,
  updateTenderDeadlines,
} from '../src/lib/services/tender.service.ts';

const tenderId = '3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d';

/** An API client whose every request gets `answer`; records what was sent. */
function apiAnswering(answer: () => Response) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = await request.text();
    const url = new URL(request.url);
    sent.push({
      method: request.method,
      path: url.pathname + url.search,
      body: text ? JSON.parse(text) : undefined,
    });
    return answer();
  };
  return { api: createApiClient(fetch as typeof globalThis.fetch, 'http://tenderwise.test'), sent };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('tender services', () => {
  it('send the version read with a change and return the new one', async () => {
    const { api, sent } = apiAnswering(() => json({ id: tenderId, version: 5 }));
    const result = await updateTender(api, { tenderId, version: 4, noLotsReasons: 'untrennbar' });
    expect(result).toEqual({ ok: true, version: 5 });
    expect(sent).toEqual([
      {
        method: 'PATCH',
        path: `/api/v1/tenders/${tenderId}`,
        body: { version: 4, noLotsReasons: 'untrennbar' },
      },
    ]);
  });

  it('name the lot and the version read when deleting a lot', async () => {
    const { api, sent } = apiAnswering(() => json({ tenderVersion: 7 }));
    expect(await deleteTenderLot(api, { tenderId, lotNumber: 2, version: 6 })).toEqual({
      ok: true,
    });
    expect(sent[0]).toMatchObject({
      method: 'DELETE',
      path: `/api/v1/tenders/${tenderId}/lots/2?version=6`,
    });
  });

  it('hand a refusal on as a problem, and an unreachable API as 503', async () => {
    const conflict = apiAnswering(() =>
      json({ type: problemTypeUri('conflict'), title: 'conflict', status: 409 }, 409),
    );
    const refused = await updateTenderDeadlines(conflict.api, {
      tenderId,
      version: 1,
      submissionDeadline: '2027-03-15T12:00',
      periodReductions: [],
    });
    expect(refused).toMatchObject({ ok: false, problem: { status: 409, slug: 'conflict' } });

    const down = createApiClient(
      (async () => {
        throw new TypeError('fetch failed');
      }) as typeof globalThis.fetch,
      'http://tenderwise.test',
    );
    const unreachable = await updateTender(down, { tenderId, version: 1, title: 'x' });
    expect(unreachable).toMatchObject({ ok: false, problem: { status: 503 } });
  });
});
