import {
  findOrganisationById,
  findOrganisationByIdForUpdate,
  setOrganisationDisabled,
  type Organisation,
} from '../../db/repositories/organisations.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { organisationObject } from '../access-objects.ts';
import {
  auditRefused,
  auditSucceeded,
  organisationState,
  recordingRefusals,
} from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';

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
  const target = await findOrganisationById(ctx.db, input.organisationId);
  await authorize(ctx, {
    operationId: 'enableOrganisation',
    ...(target !== undefined && { object: organisationObject(target) }),
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
