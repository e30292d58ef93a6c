import { findActiveAuthorityByName } from '../../db/repositories/organisations.ts';
import { lockActiveAdminIds } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError } from '../../domain/errors.ts';
import { auditRefused, recordingRefusals } from '../account-audit.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { createOrganisation, type Organisation } from '../organisations/create-organisation.ts';
import { createUser, type CreatedUser } from './create-user.ts';
import { withdrawSetupLinks } from '../setup/setup-steps.ts';

export interface CreateAdministratorInput {
  email: string;
  displayName: string;
  /** The authority the administrator belongs to; created when none has this name. */
  organisationName: string;
  /** Create one although an active administrator exists (another operator, a lost account). */
  additional?: boolean;
}

export interface CreatedAdministrator extends CreatedUser {
  organisation: Organisation;
  organisationCreated: boolean;
}

/**
 * An operator's command (`npm run admin:create`), never a request: creates an administrator
 * with an invitation, in an authority that is created when needed. There are no default
 * accounts; this and the setup link the server prints (`completeSetup`) are how the first one
 * comes to be, and an open setup link stops working here. Refuses while an active administrator
 * exists, unless `additional` is set, so running it twice by mistake does not add a second.
 */
export async function createAdministrator({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateAdministratorInput;
}): Promise<CreatedAdministrator> {
  const attempt = { action: 'auth.user.created', object: null } as const;
  await authorize(ctx, {
    operationId: 'createAdministrator',
    onRefused: () => auditRefused(ctx, attempt),
  });
  const work = () =>
    withTransaction<DB, CreatedAdministrator>(ctx.db, async (trx) => {
      const inner: ServiceContext = { ...ctx, db: trx };
      const admins = await lockActiveAdminIds(trx);
      if (admins.length > 0 && input.additional !== true) {
        throw new ConflictError(
          'An administrator exists already. Use --additional to create another one.',
        );
      }
      const name = input.organisationName.trim();
      // Names are compared as people read them; the authority of an earlier run is reused.
      const found = await findActiveAuthorityByName(trx, name);
      const organisation =
        found ?? (await createOrganisation({ ctx: inner, input: { kind: 'authority', name } }));
      const created = await createUser({
        ctx: inner,
        input: {
          organisationId: organisation.id,
          email: input.email,
          displayName: input.displayName,
          role: 'admin',
        },
      });
      // The setup link stops working once an administrator exists, however it came to be.
      await withdrawSetupLinks(trx, inner, await ctx.clock.now<DB>(trx));
      return { ...created, organisation, organisationCreated: found === undefined };
    });
  return recordingRefusals(ctx, attempt, work);
}
