import { findUserById } from '../../db/repositories/users.ts';
import type { PersonOfRecord } from '../../domain/options-reviews/membership.ts';
import type { ServiceContext } from '../context.ts';

/** A user as the membership rules see them; undefined when there is none. */
export async function personOfRecord(
  db: ServiceContext['db'],
  userId: string,
): Promise<PersonOfRecord | undefined> {
  const user = await findUserById(db, userId);
  return (
    user && {
      id: user.id,
      organisationId: user.organisation_id,
      role: user.role,
      disabledAt: user.disabled_at,
    }
  );
}
