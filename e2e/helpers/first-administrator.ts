import { writeFile } from 'node:fs/promises';
import { request } from '@playwright/test';
import {
  acceptInvitation,
  passwordFor,
  sameOriginOptions,
  signIn,
  type TestUser,
} from './accounts.ts';
import { createAdministrator } from './admin-cli.ts';
import { Api } from './api.ts';

/**
 * Makes the installation's first administrator the way an operator does (the operator's tool,
 * once per test run), signs them in through the API with TOTP and saves the session to
 * `statePath`. Tests create their organisations and users with this session.
 */
export async function saveFirstAdministrator(input: {
  baseURL: string;
  dataDir: string;
  statePath: string;
}): Promise<void> {
  const organisation = 'Kreis Einrichtung';
  const user: Omit<TestUser, 'organisation'> = {
    email: 'first-admin@musterhausen.example',
    password: passwordFor('specht'),
    displayName: 'Petra Einrichtung',
    role: 'admin',
  };
  const { url } = await createAdministrator({
    dataDir: input.dataDir,
    email: user.email,
    name: user.displayName,
    organisation,
  });
  // The tool prints the link for PUBLIC_ORIGIN, the address users reach.
  if (!new RegExp(`^${new URL(input.baseURL).origin}/invitation/[a-z2-7]{32}$`).test(url)) {
    throw new Error(`admin:create printed an unexpected invitation link: ${url}`);
  }
  const anonymous = await request.newContext(sameOriginOptions(input.baseURL));
  try {
    await acceptInvitation(new Api(anonymous), url, user.password);
  } finally {
    await anonymous.dispose();
  }
  const { storageState } = await signIn(
    (options) => request.newContext(options),
    input.baseURL,
    // The id is not needed: nobody looks the first administrator's authority up.
    { ...user, organisation: { id: '', name: organisation } },
  );
  await writeFile(input.statePath, JSON.stringify(storageState));
}
