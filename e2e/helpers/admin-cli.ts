import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const apiDir = fileURLToPath(new URL('../../api/', import.meta.url));

export interface AdministratorInvitation {
  /** The invitation link as the tool printed it (`PUBLIC_ORIGIN/invitation/<token>`). */
  url: string;
}

/**
 * Creates an administrator the way an operator does, with `npm run admin:create` (the same
 * script, api/src/cli/admin-create.ts) pointed at the server's DATA_DIR: the tool finds the
 * running server's lock and sends the command through its admin socket. Global setup runs it
 * once, for the installation's first administrator; that one invites everybody else through the
 * API, so no test starts a process of its own.
 */
export async function createAdministrator(input: {
  dataDir: string;
  email: string;
  name: string;
  organisation: string;
}): Promise<AdministratorInvitation> {
  const { stdout } = await run(
    process.execPath,
    [
      path.join(apiDir, 'src', 'cli', 'admin-create.ts'),
      '--email',
      input.email,
      '--name',
      input.name,
      '--organisation',
      input.organisation,
    ],
    // The embedded database of the server under test, whatever the surrounding shell points at.
    {
      cwd: apiDir,
      env: { ...process.env, DATA_DIR: input.dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    },
  );
  const url = /https?:\/\/\S+\/invitation\/\S+/.exec(stdout)?.[0];
  if (!url) throw new Error(`admin:create printed no invitation link:\n${stdout}`);
  return { url };
}
