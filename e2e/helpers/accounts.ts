import { randomBytes } from 'node:crypto';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { createAdministrator } from './admin-cli.ts';
import { Api } from './api.ts';
import { freshTotpCode } from './totp.ts';

/** Passwords the policy accepts: long, not common, free of names and context words. */
export function passwordFor(who: string): string {
  return `kupfer lerche ${who} am stillen weiher`;
}

/** A suffix that keeps names and addresses of one test apart from every other's. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

function tokenOf(invitationUrl: string): string {
  return new URL(invitationUrl).pathname.split('/').at(-1)!;
}

export interface SignedInAdministrator {
  api: Api;
  /** The authority the administrator belongs to. */
  organisationName: string;
  /** The session cookie, for a browser context that continues as this administrator. */
  storageState(): ReturnType<APIRequestContext['storageState']>;
  dispose(): Promise<void>;
}

/**
 * An API client signed in as a new administrator, set up the way a client program would: the
 * operator's tool creates the administrator, the invitation is accepted, TOTP enrolled with a
 * code computed here. It sends this origin as `Origin`, as a browser page would; the API refuses
 * unsafe requests with a session cookie from anywhere else.
 */
export async function signedInAdministrator(baseURL: string): Promise<SignedInAdministrator> {
  const suffix = uniqueSuffix();
  const email = `setup-admin-${suffix}@musterhausen.example`;
  const password = passwordFor('specht');
  const { url } = await createAdministrator({
    email,
    name: 'Petra Einrichtung',
    organisation: `Kreis Beispiel ${suffix}`,
  });
  const context = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { origin: new URL(baseURL).origin },
  });
  const api = new Api(context);
  await api.post('/api/v1/account/invitations/accept', { token: tokenOf(url), password });
  await api.post('/api/v1/account/login', { email, password });
  const { secret } = await api.post<{ secret: string }>(
    '/api/v1/account/totp/enrolment',
    undefined,
  );
  const { code } = await freshTotpCode(secret);
  await api.post('/api/v1/account/totp/enrolment/confirm', { secret, code });
  return {
    api,
    organisationName: `Kreis Beispiel ${suffix}`,
    storageState: () => context.storageState(),
    dispose: () => context.dispose(),
  };
}

/** A vendor organisation with one user who has accepted the invitation; signs in with these. */
export async function createVendorUser(
  admin: Api,
  name: string,
): Promise<{ email: string; password: string }> {
  const suffix = uniqueSuffix();
  const organisation = await admin.post<{ id: string }>('/api/v1/organisations', {
    kind: 'vendor',
    name: `Nordlicht Software ${suffix}`,
  });
  const email = `vendor-${suffix}@nordlicht.example`;
  const created = await admin.post<{ invitation: { url: string } }>(
    `/api/v1/organisations/${organisation.id}/users`,
    { email, displayName: name, role: 'vendor' },
  );
  const password = passwordFor('kranich');
  await admin.post('/api/v1/account/invitations/accept', {
    token: tokenOf(created.invitation.url),
    password,
  });
  return { email, password };
}
