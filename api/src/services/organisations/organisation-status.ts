import {
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
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { revokeKeysOfOrganisation } from '../api-keys/revoke-api-key.ts';
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
  await authorize(ctx, {
    operationId: 'disableOrganisation',
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
      const ownAdmins = new Set(
        (await listUsersOfOrganisation(trx, organisation.id))
          .filter((user) => user.role === 'admin' && user.disabled_at === null)
          .map((user) => user.id),
      );
      if (activeAdmins.length > 0 && activeAdmins.every((id) => ownAdmins.has(id))) {
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

/**
 * Enables a disabled organisation again: its users who are not disabled themselves can log in.
 * Nothing that disabling ended comes back: sessions, invitations (users without a password need
 * a new link) and API keys (the vendor creates new ones). Enabling an active organisation changes
 * nothing and writes no entry.
 */
export async function enableOrganisation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { organisationId: string };
}): Promise<Organisation> {
  const attempt = {
    action: 'auth.organisation.enabled',
    object: { type: 'organisation', id: input.organisationId },
  } as const;
  await authorize(ctx, {
    operationId: 'enableOrganisation',
    onRefused: () => auditRefused(ctx, attempt),
  });
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, Organisation>(ctx.db, async (trx) => {
      const organisation = await findOrganisationByIdForUpdate(trx, input.organisationId);
      if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
      if (organisation.disabled_at === null) return organisation;
      const updated = (await setOrganisationDisabled(trx, organisation.id, null))!;
      await auditSucceeded(trx, ctx, {
        ...attempt,
        before: organisationState(organisation),
        after: organisationState(updated),
      });
      return updated;
    }),
  );
}
