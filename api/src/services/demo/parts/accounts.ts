import type { DemoObjectCount, DemoOrganisation, DemoUser } from '@tenderwise/schema';
import { insertOrganisation } from '../../../db/repositories/organisations.ts';
import {
  findUserByEmail,
  insertUser,
  setPasswordHash,
  setTotpSecret,
} from '../../../db/repositories/users.ts';
import { ConflictError } from '../../../domain/errors.ts';
import { auditSucceeded, organisationState, userState } from '../../account-audit.ts';
import type { DemoPart, DemoStep } from '../demo-part.ts';

/**
 * The demo's organisations and people: the fictional authority with its lead officer, committee
 * members, officer and administrator, and the fictional vendors with a vendor user each. Every
 * organisation carries the demo flag; every person gets a password and, where the role requires
 * it, a TOTP key set up already, both written to the operator's credentials file only. Each
 * creation is audited as the same creation by an administrator would be.
 */
export const accountsPart: DemoPart<'accounts'> = {
  name: 'accounts',
  signInsOf: (data) => data.organisations.flatMap((organisation) => organisation.users),
  async load(step, data) {
    const organisations = { kind: 'organisation', created: 0, present: 0 };
    const users = { kind: 'user', created: 0, present: 0 };
    for (const organisation of data.organisations) {
      let organisationId = step.objects.idOf('organisation', organisation.key);
      if (organisationId === undefined) {
        organisationId = await createOrganisation(step, organisation);
        organisations.created++;
      } else {
        organisations.present++;
      }
      for (const user of organisation.users) {
        if (step.objects.idOf('user', user.key) !== undefined) {
          users.present++;
          continue;
        }
        await createUser(step, organisation, organisationId, user);
        users.created++;
      }
    }
    return [organisations, users] satisfies DemoObjectCount[];
  },
};

async function createOrganisation(step: DemoStep, organisation: DemoOrganisation): Promise<string> {
  const { ctx, now, objects } = step;
  const row = await insertOrganisation(ctx.db, {
    kind: organisation.kind,
    name: organisation.name,
    createdAt: now,
    demo: true,
  });
  await auditSucceeded(ctx.db, ctx, {
    action: 'auth.organisation.created',
    object: { type: 'organisation', id: row.id },
    after: organisationState(row),
  });
  await objects.remember('organisation', organisation.key, row.id);
  return row.id;
}

async function createUser(
  step: DemoStep,
  organisation: DemoOrganisation,
  organisationId: string,
  user: DemoUser,
): Promise<void> {
  const { ctx, now, objects, signIns } = step;
  // An administrator of the installation may have taken the address; their account stays theirs.
  if ((await findUserByEmail(ctx.db, user.email)) !== undefined) {
    throw new ConflictError(
      `A user with the demo's e-mail address ${user.email} exists already; nothing was loaded.`,
    );
  }
  const credentials = await signIns.credentialsFor(user);
  const inserted = await insertUser(ctx.db, {
    organisationId,
    organisationKind: organisation.kind,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    createdAt: now,
  });
  const row = (await setPasswordHash(ctx.db, inserted.id, credentials.passwordHash, now))!;
  const userRef = { type: 'user', id: row.id } as const;
  await auditSucceeded(ctx.db, ctx, {
    action: 'auth.user.created',
    object: userRef,
    after: userState(row),
  });
  if (credentials.totp !== null) {
    await setTotpSecret(ctx.db, row.id, credentials.totp.secret);
    await auditSucceeded(ctx.db, ctx, { action: 'auth.mfa.enrolled', object: userRef });
  }
  await objects.remember('user', user.key, row.id);
  signIns.created({ organisation, user, credentials });
}
