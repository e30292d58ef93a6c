import type { CreateTenderFields } from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import type { DB } from '../../../src/db/types.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

/** An authority with two officers and a reviewer, another authority's officer, and a clock. */
export async function tenderWorld(db: Kysely<DB>, now = '2027-01-11T09:00:00.000Z') {
  const authority = await seedOrganisation(db, 'authority');
  const officer = await seedUser(db, 'officer', authority.id);
  const colleague = await seedUser(db, 'officer', authority.id);
  const reviewer = await seedUser(db, 'reviewer', authority.id);
  const stranger = await seedUser(db, 'officer');
  const clock: FixedClock = fixedClock(now);
  const as = (user: User): ServiceContext => serviceContextFor(db, clock, userPrincipal(user));
  return { authority, officer, colleague, reviewer, stranger, clock, as };
}

let sequence = 0;

/** A valid tender to create; a fresh reference each time. */
export function tenderInput(overrides: Partial<CreateTenderFields> = {}): CreateTenderFields {
  sequence += 1;
  return {
    reference: `VG-2027-${String(sequence).padStart(3, '0')}`,
    title: 'Kollaborationsplattform',
    description: 'Betrieb und Pflege',
    cpvCodes: ['72000000-5'],
    regime: 'VgV',
    procedureType: 'vgv.open',
    land: 'DE-BE',
    authorityKind: 'otherPublicAuthority',
    contractKind: 'suppliesServices',
    ...overrides,
  };
}
