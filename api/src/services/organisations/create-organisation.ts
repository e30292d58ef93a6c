import { insertOrganisation, type Organisation } from '../../db/repositories/organisations.ts';
import { organisationKinds, type OrganisationKind } from '../../db/tables/accounts.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ValidationError, type FieldIssue } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';

export type { Organisation };

export interface CreateOrganisationInput {
  kind: OrganisationKind;
  name: string;
}

/** Creates a buyer organisation (authority) or a vendor organisation. */
export async function createOrganisation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateOrganisationInput;
}): Promise<Organisation> {
  await authorize(ctx, {
    operationId: 'createOrganisation',
    onRefused: () => auditRefused(ctx, { action: 'auth.organisation.created', object: null }),
  });
  const name = input.name.trim();
  const issues: FieldIssue[] = [];
  if (!organisationKinds.includes(input.kind)) {
    issues.push({ in: 'body', pointer: '/kind', detail: 'Use authority or vendor.' });
  }
  if (name.length < 1 || name.length > 200) {
    issues.push({ in: 'body', pointer: '/name', detail: 'Use 1 to 200 characters.' });
  }
  if (issues.length > 0) throw new ValidationError('The organisation cannot be created.', issues);
  return withTransaction<DB, Organisation>(ctx.db, async (trx) => {
    const organisation = await insertOrganisation(trx, {
      kind: input.kind,
      name,
      createdAt: await ctx.clock.now<DB>(trx),
    });
    await auditSucceeded(trx, ctx, {
      action: 'auth.organisation.created',
      object: { type: 'organisation', id: organisation.id },
      after: { id: organisation.id, kind: organisation.kind, name: organisation.name },
    });
    return organisation;
  });
}
