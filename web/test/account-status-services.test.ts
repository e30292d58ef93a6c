import { problemTypeUri } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/lib/api/client.ts';
import {
  disableOrganisation,
  enableOrganisation,
} from '../src/lib/services/organisation.service.ts';
import { enableUser } from '../src/lib/services/user.service.ts';

/** An API client whose every request gets `answer`; records method and path. */
function apiAnswering(answer: () => Response) {
  const sent: { method: string; path: string }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({ method: request.method, path: new URL(request.url).pathname });
    return answer();
  };
  return {
    api: createApiClient(fetch as typeof globalThis.fetch, 'http://tenderwise.test'),
    sent,
  };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const organisation = {
  id: 'o1',
  kind: 'vendor',
  name: 'Nordlicht Software GmbH',
  createdAt: '2026-12-01T09:00:00.000Z',
  disabledAt: '2026-12-03T09:00:00.000Z',
  demo: false,
};

describe('services that disable and enable', () => {
  it('disable an organisation and say how many sessions ended and keys were revoked', async () => {
    const { api, sent } = apiAnswering(() =>
      json({ organisation, endedSessions: 3, revokedApiKeys: 2 }),
    );
    expect(await disableOrganisation(api, { organisationId: 'o1' })).toEqual({
      ok: true,
      endedSessions: 3,
      revokedApiKeys: 2,
    });
    expect(sent).toEqual([{ method: 'POST', path: '/api/v1/organisations/o1/disable' }]);
  });

  it('pass a refusal of one’s own organisation on as a conflict', async () => {
    const { api } = apiAnswering(
      () =>
        new Response(
          JSON.stringify({ type: problemTypeUri('conflict'), title: 'Conflict', status: 409 }),
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
    );
    expect(await disableOrganisation(api, { organisationId: 'o1' })).toMatchObject({
      ok: false,
      problem: { slug: 'conflict', status: 409 },
    });
  });

  it('enable an organisation and a user at the address that names them', async () => {
    const organisationCall = apiAnswering(() => json({ ...organisation, disabledAt: null }));
    expect(await enableOrganisation(organisationCall.api, { organisationId: 'o1' })).toEqual({
      ok: true,
    });
    expect(organisationCall.sent).toEqual([
      { method: 'POST', path: '/api/v1/organisations/o1/enable' },
    ]);
    const userCall = apiAnswering(() =>
      json({
        id: 'u1',
        organisationId: 'o1',
        email: 'a@example.org',
        displayName: 'Ina',
        role: 'vendor',
        passwordSet: true,
        createdAt: '2026-12-01T10:00:00.000Z',
        disabledAt: null,
      }),
    );
    expect(await enableUser(userCall.api, { userId: 'u1' })).toEqual({ ok: true });
    expect(userCall.sent).toEqual([{ method: 'POST', path: '/api/v1/users/u1/enable' }]);
  });
});
