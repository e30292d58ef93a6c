import { test as base, expect, type APIRequest, type APIRequestContext } from '@playwright/test';
import { createUser, sameOriginOptions, signIn, type Role, type SignedInUser } from './accounts.ts';
import { Api } from './api.ts';
import { firstAdministratorVariable, fromGlobalSetup, serverUrlVariable } from './server-url.ts';

interface TestFixtures {
  /** The API of the server under test, anonymous, for what any client may ask. */
  api: Api;
  /**
   * The API signed in as the installation's first administrator (signed in once, by global
   * setup), who creates organisations and users for the test. Only for setting up data.
   */
  setupApi: Api;
  /**
   * Start every page of the test signed in as this worker's user of the role (option, default
   * none). For tests that need a signed-in user, not for tests of signing in: those sign in
   * through the page. Do not sign out or end sessions of that user: other tests share it.
   */
  signedInAs: Role | undefined;
  /** The user `signedInAs` names. */
  me: SignedInUser;
}

interface WorkerFixtures {
  /** One user of each role per worker, created and signed in when a test first asks for it. */
  workerUsers: WorkerUsers;
}

export interface WorkerUsers {
  /** This worker's user of the role, signed in through the API. */
  of(role: Role): Promise<SignedInUser>;
}

const displayNames: Record<Role, string> = {
  admin: 'Petra Verwaltung',
  officer: 'Jonas Beispiel',
  reviewer: 'Rita Lesend',
  vendor: 'Ada Nordlicht',
};

/**
 * Playwright's test with the server started by global-setup.ts as baseURL, so `page.goto('/')`
 * and `request` reach it, and the fixtures above. Every spec imports `test` from here.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  // Playwright reads a fixture's dependencies from this pattern; baseURL has none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(fromGlobalSetup(serverUrlVariable));
  },
  api: async ({ request }, use) => {
    await use(new Api(request));
  },
  // A request context per test: one kept idle between tests would meet the server's keep-alive
  // timeout (see signIn in accounts.ts).
  setupApi: async ({ playwright }, use) => {
    const context = await firstAdministratorContext(playwright.request);
    await use(new Api(context));
    await context.dispose();
  },
  workerUsers: [
    async ({ playwright }, use) => {
      const users = new Map<Role, Promise<SignedInUser>>();
      const create = async (role: Role) => {
        const admin = await firstAdministratorContext(playwright.request);
        try {
          const user = await createUser(new Api(admin), role, displayNames[role]);
          return await signIn(
            (options) => playwright.request.newContext(options),
            fromGlobalSetup(serverUrlVariable),
            user,
          );
        } finally {
          await admin.dispose();
        }
      };
      await use({
        of(role) {
          let user = users.get(role);
          if (!user) {
            user = create(role);
            users.set(role, user);
          }
          return user;
        },
      });
    },
    { scope: 'worker' },
  ],
  signedInAs: [undefined, { option: true }],
  me: async ({ signedInAs, workerUsers }, use) => {
    if (!signedInAs) throw new Error('`me` needs test.use({ signedInAs: role })');
    await use(await workerUsers.of(signedInAs));
  },
  storageState: async ({ signedInAs, workerUsers, storageState }, use) => {
    await use(signedInAs ? (await workerUsers.of(signedInAs)).storageState : storageState);
  },
});

/** A request context with the session global setup saved for the first administrator. */
function firstAdministratorContext(request: APIRequest): Promise<APIRequestContext> {
  return request.newContext({
    ...sameOriginOptions(fromGlobalSetup(serverUrlVariable)),
    storageState: fromGlobalSetup(firstAdministratorVariable),
  });
}

export { expect };
