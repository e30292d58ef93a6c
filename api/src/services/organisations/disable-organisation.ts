import {
  findOrganisationById,
  findOrganisationByIdForUpdate,
  setOrganisationDisabled,
  type Organisation,
} from '../../db/repositories/organisations.ts';
import { deleteSessionsOfOrganisation } from '../../db/repositories/sessions.ts';
import {
  expireOpenInvitationsOfOrganisation,
  listUsersOfOrganisation,
  lockActiveAdminIds,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import {
  activeAdministratorIds,
  leavesNoActiveAdministrator,
} from '../../domain/accounts/administrators.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { organisationObject } from '../access-objects.ts';
import { revokeKeysOfOrganisation } from '../api-keys/revoke-keys.ts';
import {
  auditRefused,
  auditSucceeded,
  organisationState,
  recordingRefusals,
} from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';

export interface OrganisationChange {
  organisation: Organisation;
  /** Sessions of the organisation's users ended by the change. */
  endedSessions: number;
  /** API keys of the organisation revoked by the change. */
  revokedApiKeys: number;
}

/**
 * Disables an organisation in one transaction: nobody of it can log in, every session of its
 * users ends, its open invitations end and every API key of it is revoked, each with an audit
 * entry. Its users keep their own state, so enabling the organisation again restores exactly who
 * could log in before; revoked keys stay revoked. An administrator cannot disable their own
 * authority, and no authority whose administrators are the last active ones. Disabling twice
 * changes nothing.
 */
export async function disableOrganisation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { organisationId: string };
}): Promise<OrganisationChange> {
  const object = { type: 'organisation', id: input.organisationId } as const;
  const attempt = { action: 'auth.organisation.disabled', object } as const;
  const target = await findOrganisationById(ctx.db, input.organisationId);
  await authorize(ctx, {
    operationId: 'disableOrganisation',
    ...(target !== undefined && { object: organisationObject(target) }),
    onRefused: () => auditRefused(ctx, attempt),
  });
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, OrganisationChange>(ctx.db, async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const activeAdmins = await lockActiveAdminIds(trx);
      const organisation = await findOrganisationByIdForUpdate(trx, input.organisationId);
      if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
      if (ctx.principal.kind === 'user' && ctx.principal.organisationId === organisation.id) {
        throw new ConflictError(
          'You cannot disable your own organisation. Ask an administrator of another authority.',
        );
      }
      const ownAdmins = activeAdministratorIds(
        (await listUsersOfOrganisation(trx, organisation.id)).map((user) => ({
          id: user.id,
          role: user.role,
          disabledAt: user.disabled_at,
        })),
      );
      if (leavesNoActiveAdministrator(activeAdmins, ownAdmins)) {
        throw new ConflictError('The authority of the last active administrators stays enabled.');
      }

      const updated = (await setOrganisationDisabled(trx, organisation.id, now))!;
      if (organisation.disabled_at === null) {
        await auditSucceeded(trx, ctx, {
          ...attempt,
          before: organisationState(organisation),
          after: organisationState(updated),
        });
      }
      await expireOpenInvitationsOfOrganisation(trx, organisation.id, now);
      const endedFor = await deleteSessionsOfOrganisation(trx, organisation.id);
      for (const userId of new Set(endedFor)) {
        await auditSucceeded(trx, ctx, {
          action: 'auth.sessions.ended',
          object: { type: 'user', id: userId },
        });
      }
      const revokedApiKeys = await revokeKeysOfOrganisation(trx, ctx, {
        organisationId: organisation.id,
        now,
      });
      return { organisation: updated, endedSessions: endedFor.length, revokedApiKeys };
    }),
  );
}
