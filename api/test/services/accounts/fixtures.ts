import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { insertOrganisation } from '../../../src/db/repositories/organisations.ts';
import { generateSecret, hashSecret } from '../../../src/security/credentials/tokens.ts';
import {
  insertInvitation,
  insertUser,
  setPasswordHash,
  type User,
} from '../../../src/db/repositories/users.ts';
import type { OrganisationKind, Role } from '../../../src/db/tables/accounts.ts';
import type { DB } from '../../../src/db/types.ts';

/**
 * A stand-in Argon2id hash: these tests store hashes, they do not compute them. Its parameters are
 * the cheapest possible, so a wrong password checked against it costs next to nothing.
 */
export const storedPasswordHash = '$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA';

const at = new Date('2026-01-01T00:00:00Z');

export async function seedOrganisation(
  db: Kysely<DB>,
  kind: OrganisationKind,
  name = `${kind} ${randomUUID().slice(0, 8)}`,
) {
  return insertOrganisation(db, { kind, name, createdAt: at });
}

/** A user with a password, in a new organisation of the fitting kind unless one is given. */
export async function seedUser(db: Kysely<DB>, role: Role, organisationId?: string): Promise<User> {
  const kind: OrganisationKind = role === 'vendor' ? 'vendor' : 'authority';
  const organisation = organisationId ?? (await seedOrganisation(db, kind)).id;
  const user = await insertUser(db, {
    organisationId: organisation,
    organisationKind: kind,
    email: `${role}-${randomUUID()}@example.org`,
    displayName: `A ${role}`,
    role,
    createdAt: at,
  });
  return (await setPasswordHash(db, user.id, storedPasswordHash, at))!;
}

/**
 * A new reviewer of a new authority who has not set a password, with an open invitation valid
 * until December 2026; its token and the user's id.
 */
export async function seedInvitation(db: Kysely<DB>): Promise<{ token: string; userId: string }> {
  const organisation = await seedOrganisation(db, 'authority');
  const user = await insertUser(db, {
    organisationId: organisation.id,
    organisationKind: 'authority',
    email: `invitee-${randomUUID()}@example.org`,
    displayName: 'An invitee',
    role: 'reviewer',
    createdAt: at,
  });
  const token = generateSecret();
  await insertInvitation(db, {
    userId: user.id,
    tokenHash: hashSecret(token),
    createdAt: at,
    expiresAt: new Date('2026-12-01T00:00:00Z'),
  });
  return { token, userId: user.id };
}
