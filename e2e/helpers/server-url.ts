/** The environment variable through which global-setup.ts tells the tests where the server is. */
export const serverUrlVariable = 'TENDERWISE_E2E_URL';

/**
 * The environment variable that names the file with the session of the installation's first
 * administrator (a Playwright storage state), whom global-setup.ts signs in once for all workers.
 */
export const firstAdministratorVariable = 'TENDERWISE_E2E_FIRST_ADMINISTRATOR';

/** The environment variable that names the server's DATA_DIR, for the operator's tools. */
export const dataDirVariable = 'TENDERWISE_E2E_DATA_DIR';

/** The value global setup left in the environment, or an error saying how to run the tests. */
export function fromGlobalSetup(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is not set: run the tests with playwright test`);
  return value;
}

/**
 * The environment variable that names a data directory global-setup.ts created and migrated, and
 * that no server uses: specs that need an installation of their own start it from a copy.
 */
export const migratedDataDirVariable = 'TENDERWISE_E2E_MIGRATED_DATA_DIR';
