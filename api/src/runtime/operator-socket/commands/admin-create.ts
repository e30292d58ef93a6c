import { z } from 'zod';
import { createAdministrator } from '../../../services/users/create-administrator.ts';
import { serviceSettingsOf } from '../../../services/context.ts';
import { databaseClock, systemClock } from '../../../clock.ts';
import { DomainError, ValidationError } from '../../../domain/errors.ts';
import { AdminCommandError, defineAdminCommand } from '../registry.ts';
import { removeSetupLinkFile } from '../../first-run/setup-link-file.ts';

const AdminCreateArgs = z.object({
  email: z.string().min(1).max(254),
  name: z.string().min(1).max(200),
  organisation: z.string().min(1).max(200),
  additional: z.boolean().default(false),
});

export interface AdminCreateResult {
  userId: string;
  email: string;
  organisationId: string;
  organisationName: string;
  organisationCreated: boolean;
  /** `PUBLIC_ORIGIN/invitation/<token>`: printed once by the tool, stored nowhere. */
  invitationUrl: string;
  expiresAt: string;
}

export const adminCreateCommand = defineAdminCommand({
  name: 'admin-create',
  summary: 'Creates an administrator (the first one, or --additional) with an invitation link',
  args: AdminCreateArgs,
  createsDatabase: false,
  async run({ db, config, logger }, args): Promise<AdminCreateResult> {
    const clock = config.clock === 'system' ? systemClock() : databaseClock(db);
    try {
      const created = await createAdministrator({
        ctx: {
          db,
          clock,
          principal: { kind: 'operator', name: 'admin-create' },
          requestId: null,
          logger,
          settings: serviceSettingsOf(config),
        },
        input: {
          email: args.email,
          displayName: args.name,
          organisationName: args.organisation,
          additional: args.additional,
        },
      });
      // The setup link stopped working with the administrator; its file goes too.
      await removeSetupLinkFile(config.dataDir).catch((error: unknown) =>
        logger.warn({ err: error }, 'could not remove the setup link file'),
      );
      return {
        userId: created.user.id,
        email: created.user.email,
        organisationId: created.organisation.id,
        organisationName: created.organisation.name,
        organisationCreated: created.organisationCreated,
        invitationUrl: `${config.publicOrigin}/invitation/${created.invitation.token}`,
        expiresAt: created.invitation.expiresAt.toISOString(),
      };
    } catch (error) {
      if (error instanceof ValidationError) {
        const details = error.issues.map((issue) => `${issue.pointer.slice(1)}: ${issue.detail}`);
        throw new AdminCommandError([error.message, ...details].join(' '));
      }
      if (error instanceof DomainError) throw new AdminCommandError(error.message);
      if ((error as { code?: string }).code === undefinedTable) {
        throw new AdminCommandError(
          'The database has no accounts tables yet: run `npm run db:migrate` first',
        );
      }
      throw error;
    }
  },
});

const undefinedTable = '42P01';
