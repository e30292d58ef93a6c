import { parseArgs } from 'node:util';
import type { AdminCreateResult } from '../../runtime/operator-socket/commands/admin-create.ts';
import { runAdminCommand } from '../../runtime/operator-socket/run-admin-command.ts';
import type { ToolMain } from '../tool.ts';

const usage =
  'Usage: npm run admin:create -- --email <address> --name "<full name>" --organisation "<authority>" [--additional]';

/**
 * `npm run admin:create -- --email … --name … --organisation … [--additional]`: creates an
 * administrator and prints the invitation link once, through the running server if there is one.
 * Refuses while an administrator exists, unless `--additional` is given.
 */
export const adminCreate: ToolMain = async ({ config, logger, argv, writeLine }) => {
  let values: { email?: string; name?: string; organisation?: string; additional?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string' },
        additional: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}. ${usage}`, { cause: error });
  }
  const { email, name, organisation } = values;
  if (!email || !name || !organisation) throw new Error(usage);
  const { result, ranBy } = await runAdminCommand<AdminCreateResult>(
    config,
    'admin-create',
    { email, name, organisation, additional: values.additional ?? false },
    { logger },
  );
  const where = ranBy.via === 'server' ? ` (by the running server, PID ${ranBy.pid})` : '';
  const authority = result.organisationCreated ? 'new authority' : 'authority';
  writeLine(
    `Administrator ${result.email} created in the ${authority} "${result.organisationName}"${where}.`,
  );
  writeLine(
    `Invitation link, valid until ${result.expiresAt}; it is shown only now, hand it over in person or by a trusted channel:`,
  );
  writeLine(result.invitationUrl);
};
