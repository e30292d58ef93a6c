import { problemTypeUri } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/lib/api/client.ts';
import { endOwnSession } from '../src/lib/services/account.service.ts';
import { createApiKey, revokeApiKey } from '../src/lib/services/api-key.service.ts';
import { loadDemoData } from '../src/lib/services/demo.service.ts';
import { checkSetupLink, completeSetup } from '../src/lib/services/setup.service.ts';
import { signIn, signOut } from '../src/lib/services/sign-in.service.ts';
import { changeUserRole, disableUser } from '../src/lib/services/user.service.ts';

const origin = 'http://tenderwise.test';

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** An API client whose every request gets `answer`; records what was sent. */
function apiAnswering(answer: () => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = await request.text();
    sent.push({
      method: request.method,
      // With the query, where there is one: it is part of what the service asks for.
      path: new URL(request.url).pathname + new URL(request.url).search,
      body: text ? JSON.parse(text) : undefined,
    });
    return answer();
  };
  return { api: createApiClient(fetch as typeof globalThis.fetch, origin), sent };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function problem(slug: string, status: number, extra: object = {}): Response {
  return new Response(
    JSON.stringify({ type: problemTypeUri(slug as 'conflict'), title: slug, status, ...extra }),
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

describe('mutation services', () => {
  it('return what the caller needs from a success', async () => {
    const { api, sent } = apiAnswering(() =>
      json(
        {
          key: {
            id: '7d8f5c1e-1111-4aaa-8bbb-123456789abc',
            name: 'ERP-Anbindung',
            scopes: ['tenders:read'],
            createdAt: '2026-12-01T10:00:00.000Z',
            expiresAt: '2027-03-01T00:00:00.000Z',
            lastUsedAt: null,
            revokedAt: null,
          },
          token: 'tw_abc.def',
        },
        201,
      ),
    );
    const result = await createApiKey(api, {
      name: 'ERP-Anbindung',
      scopes: ['tenders:read'],
      expiresAt: '2027-03-01T00:00:00.000Z',
    });
    expect(result).toEqual({ ok: true, name: 'ERP-Anbindung', token: 'tw_abc.def' });
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/v1/api-keys',
        body: {
          name: 'ERP-Anbindung',
          scopes: ['tenders:read'],
          expiresAt: '2027-03-01T00:00:00.000Z',
        },
      },
    ]);
  });

  it('return the problem of a refusal, with its status and field errors', async () => {
    const { api } = apiAnswering(() =>
      problem('validation-failed', 422, {
        errors: [{ in: 'body', pointer: '/name', detail: 'Too long' }],
      }),
    );
    const result = await createApiKey(api, {
      name: 'x'.repeat(500),
      scopes: ['tenders:read'],
      expiresAt: '2027-03-01T00:00:00.000Z',
    });
    expect(result).toEqual({
      ok: false,
      problem: {
        slug: 'validation-failed',
        status: 422,
        errors: [{ pointer: '/name', detail: 'Too long' }],
        retryAfterSeconds: null,
      },
    });
  });

  it('turn an unreachable API into a 503 refusal instead of throwing', async () => {
    const { api } = apiAnswering(() => Promise.reject(new TypeError('fetch failed')));
    const result = await revokeApiKey(api, { keyId: '7d8f5c1e-1111-4aaa-8bbb-123456789abc' });
    expect(result).toMatchObject({ ok: false, problem: { status: 503, slug: null } });
  });

  it('count a session that is gone already as ended', async () => {
    const gone = apiAnswering(() => problem('not-found', 404));
    expect(await endOwnSession(gone.api, { sessionId: 's1' })).toEqual({
      ok: true,
      alreadyEnded: true,
    });
    const ended = apiAnswering(() => new Response(null, { status: 204 }));
    expect(await endOwnSession(ended.api, { sessionId: 's1' })).toEqual({
      ok: true,
      alreadyEnded: false,
    });
    expect(ended.sent[0]).toMatchObject({
      method: 'DELETE',
      path: '/api/v1/account/sessions/s1',
    });
    const signedOut = apiAnswering(() => problem('unauthenticated', 401));
    expect(await endOwnSession(signedOut.api, { sessionId: 's1' })).toMatchObject({
      ok: false,
      problem: { slug: 'unauthenticated', status: 401 },
    });
  });

  it('count signing out of a session that had ended as signed out, but nothing else', async () => {
    expect(await signOut(apiAnswering(() => problem('unauthenticated', 401)).api)).toEqual({
      ok: true,
    });
    expect(
      await signOut(apiAnswering(() => problem('service-unavailable', 503)).api),
    ).toMatchObject({ ok: false, problem: { status: 503 } });
  });

  it('pass the stage of a sign-in on', async () => {
    const { api } = apiAnswering(() => json({ stage: 'totp' }));
    expect(await signIn(api, { email: 'a@example.org', password: 'secret words' })).toEqual({
      ok: true,
      stage: 'totp',
    });
  });

  it('send the setup link’s token in the body and pass the stage of the new session on', async () => {
    const { api, sent } = apiAnswering(() => json({ stage: 'enrolment' }, 201));
    const input = {
      token: 'abcdefghijklmnopqrstuvwxyz234567',
      organisationName: 'Stadt Musterhausen',
      displayName: 'Erika Mustermann',
      email: 'it@musterhausen.example',
      password: 'tram lines under the old bridge',
    };
    expect(await completeSetup(api, input)).toEqual({ ok: true, stage: 'enrolment' });
    expect(sent).toEqual([{ method: 'POST', path: '/api/v1/account/setup/complete', body: input }]);
    const used = apiAnswering(() => problem('conflict', 409));
    expect(await completeSetup(used.api, input)).toMatchObject({
      ok: false,
      problem: { slug: 'conflict', status: 409 },
    });
  });

  it('say nothing about a setup link the API could not check', async () => {
    const checked = apiAnswering(() => json({ status: 'used' }));
    expect(await checkSetupLink(checked.api, 'abcdefghijklmnopqrstuvwxyz234567')).toBe('used');
    expect(checked.sent[0]).toMatchObject({
      path: '/api/v1/account/setup/check',
      body: { token: 'abcdefghijklmnopqrstuvwxyz234567' },
    });
    const unreadable = apiAnswering(() => problem('validation-failed', 422));
    expect(await checkSetupLink(unreadable.api, 'x'.repeat(500))).toBe('unknown');
    const limited = apiAnswering(() => problem('too-many-requests', 429));
    expect(await checkSetupLink(limited.api, 'abcdefghijklmnopqrstuvwxyz234567')).toBeNull();
    const down = apiAnswering(() => Promise.reject(new TypeError('fetch failed')));
    expect(await checkSetupLink(down.api, 'abcdefghijklmnopqrstuvwxyz234567')).toBeNull();
  });

  it('send administrators’ changes to the user they name', async () => {
    const { api, sent } = apiAnswering(() =>
      json({
        user: {
          id: 'u1',
          organisationId: 'o1',
          email: 'a@example.org',
          displayName: 'Ina',
          role: 'reviewer',
          passwordSet: false,
          createdAt: '2026-12-01T10:00:00.000Z',
          disabledAt: null,
        },
        endedSessions: 2,
      }),
    );
    expect(await changeUserRole(api, { userId: 'u1', role: 'reviewer' })).toEqual({
      ok: true,
      role: 'reviewer',
      endedSessions: 2,
    });
    expect(sent[0]).toEqual({
      method: 'PATCH',
      path: '/api/v1/users/u1',
      body: { role: 'reviewer' },
    });
    const conflict = apiAnswering(() => problem('conflict', 409));
    expect(await disableUser(conflict.api, { userId: 'u1' })).toMatchObject({
      ok: false,
      problem: { slug: 'conflict', status: 409 },
    });
  });
  it('load the demo and pass on what it created, or why the installation refused it', async () => {
    const loaded = {
      changed: true,
      catalogueChanged: true,
      parts: [{ part: 'accounts', objects: [{ kind: 'user', created: 12, present: 0 }] }],
      newSignIns: 12,
      credentialsFile: '/srv/tenderwise/data/demo-sign-in.txt',
    };
    const { api, sent } = apiAnswering(() => json(loaded));
    expect(await loadDemoData(api)).toEqual({ ok: true, loaded });
    expect(sent).toEqual([{ method: 'POST', path: '/api/v1/demo-data', body: undefined }]);
    // The setup page asks for the sign-ins of the people the load creates.
    const shown = apiAnswering(() => json({ ...loaded, signIns: [] }));
    expect(await loadDemoData(shown.api, { showSignIns: true })).toMatchObject({ ok: true });
    expect(shown.sent).toEqual([
      { method: 'POST', path: '/api/v1/demo-data?include=signIns', body: undefined },
    ]);
    const refused = apiAnswering(() => problem('conflict', 409));
    expect(await loadDemoData(refused.api)).toMatchObject({
      ok: false,
      problem: { slug: 'conflict', status: 409 },
    });
  });
});
