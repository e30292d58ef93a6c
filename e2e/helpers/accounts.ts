import { randomBytes } from 'node:crypto';
import type { APIRequest, APIRequestContext } from '@playwright/test';
import { Api } from './api.ts';
import { nextTotpCode } from './totp.ts';

// Users made through the API, the way a client program would: an administrator creates them with
// an invitation, the invitation is accepted, the user signs in and, where the role needs it, sets
// up TOTP with a code computed here. Tests then drive only the journey under test in the browser.
// The API takes 20 invitation acceptances per 15 minutes from one address (the whole test run
// comes from 127.0.0.1): make users per worker or per test that needs a fresh one, not per page.

/** The roles of the API (`UserRole`). */
export type Role = 'admin' | 'officer' | 'reviewer' | 'vendor';

export interface Credentials {
  email: string;
  password: string;
}

export interface Organisation {
  id: string;
  name: string;
}

/** A user who accepted the invitation. */
export interface TestUser extends Credentials {
  role: Role;
  displayName: string;
  organisation: Organisation;
}

/** A user signed in through the API, with the session a browser context can continue. */
export interface SignedInUser extends TestUser {
  /** The session cookie, for `storageState` of a browser or request context. */
  storageState: Awaited<ReturnType<APIRequestContext['storageState']>>;
  /** The TOTP key and the step of its last code, for roles that need a second factor. */
  totp?: { key: string; usedStep: number };
}

/** What Playwright's `request.newContext` takes. */
export type RequestContextOptions = NonNullable<Parameters<APIRequest['newContext']>[0]>;

/** Makes a request context for the server under test (Playwright's `request.newContext`). */
export type NewRequestContext = (options: RequestContextOptions) => Promise<APIRequestContext>;

/** Passwords the policy accepts: long, not common, free of names and context words. */
export function passwordFor(who: string): string {
  return `kupfer lerche ${who} am stillen weiher`;
}

/** A suffix that keeps names and addresses of one test apart from every other's. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/**
 * Options for a request context that acts like a page of the server: it sends the server's
 * origin as `Origin`, since the API refuses unsafe requests with a session cookie from anywhere
 * else.
 */
export function sameOriginOptions(baseURL: string): RequestContextOptions {
  return { baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } };
}

/** An authority or a vendor organisation, with a name no other test uses. */
export async function createOrganisation(
  admin: Api,
  kind: 'authority' | 'vendor',
  name: string = kind === 'vendor'
    ? `Nordlicht Software ${uniqueSuffix()}`
    : `Kreis Beispiel ${uniqueSuffix()}`,
): Promise<Organisation> {
  const { id } = await admin.post<{ id: string }>('/api/v1/organisations', { kind, name });
  return { id, name };
}

/** Creates a user in an organisation; answers the invitation link the administrator hands over. */
export async function inviteUser(
  admin: Api,
  organisation: Organisation,
  user: { email: string; displayName: string; role: Role },
): Promise<string> {
  const created = await admin.post<{ invitation: { url: string } }>(
    `/api/v1/organisations/${organisation.id}/users`,
    user,
  );
  return created.invitation.url;
}

/**
 * Sets the first password with an invitation link (this signs nobody in). Each acceptance comes
 * from an address of its own (RFC 2544's benchmarking range, through the test server's trusted
 * proxy setting): the suite sets up far more people than one office would in a quarter of an
 * hour, and the per-address limit on acceptances would otherwise refuse the later ones.
 */
export async function acceptInvitation(api: Api, link: string, password: string): Promise<void> {
  const token = new URL(link).pathname.split('/').at(-1);
  await api.post(
    '/api/v1/account/invitations/accept',
    { token, password },
    { 'x-forwarded-for': benchmarkingAddress() },
  );
}

/** A random address of 198.18.0.0/15, a range no real client has. */
function benchmarkingAddress(): string {
  const [a, b, c] = crypto.getRandomValues(new Uint8Array(3));
  return `198.${18 + (a! & 1)}.${b}.${c}`;
}

/** Invites a user of the role into a new organisation of the fitting kind and accepts for them. */
export async function createUser(
  admin: Api,
  role: Role,
  displayName: string,
): Promise<TestUser & { id: string }> {
  const organisation = await createOrganisation(admin, role === 'vendor' ? 'vendor' : 'authority');
  return createUserIn(admin, organisation, role, displayName);
}

/**
 * Invites a user of the role into an existing organisation and accepts for them: colleagues of
 * one authority, such as the team of a tender. Answers the user's id too.
 */
export async function createUserIn(
  admin: Api,
  organisation: Organisation,
  role: Role,
  displayName: string,
): Promise<TestUser & { id: string }> {
  const suffix = uniqueSuffix();
  const domain = role === 'vendor' ? 'nordlicht.example' : 'musterhausen.example';
  const user = { email: `${role}-${suffix}@${domain}`, displayName, role };
  const password = passwordFor('kranich');
  const created = await admin.post<{ user: { id: string }; invitation: { url: string } }>(
    `/api/v1/organisations/${organisation.id}/users`,
    user,
  );
  await acceptInvitation(admin, created.invitation.url, password);
  return { ...user, id: created.user.id, password, organisation };
}

/**
 * Signs a user in through the API and answers the session; sets up TOTP first when the server
 * asks for it (officers and administrators), with the current step's code. The request context
 * is closed again at once: the server ends idle keep-alive connections after five seconds, and a
 * request that reuses one just then fails with ECONNRESET, so no test keeps a context idle.
 */
export async function signIn(
  newContext: NewRequestContext,
  baseURL: string,
  user: TestUser,
): Promise<SignedInUser> {
  const context = await newContext(sameOriginOptions(baseURL));
  try {
    const api = new Api(context);
    const { stage } = await api.post<{ stage: 'full' | 'totp' | 'enrolment' }>(
      '/api/v1/account/login',
      { email: user.email, password: user.password },
    );
    let totp: SignedInUser['totp'];
    if (stage === 'enrolment') {
      const { secret } = await api.post<{ secret: string }>(
        '/api/v1/account/totp/enrolment',
        undefined,
      );
      const { code, step } = nextTotpCode(secret);
      await api.post('/api/v1/account/totp/enrolment/confirm', { secret, code });
      totp = { key: secret, usedStep: step };
    } else if (stage !== 'full') {
      throw new Error(`${user.email} has a second factor already; sign in with a new user`);
    }
    return { ...user, storageState: await context.storageState(), ...(totp ? { totp } : {}) };
  } finally {
    await context.dispose();
  }
}
