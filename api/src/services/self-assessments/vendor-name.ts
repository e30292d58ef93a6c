import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { findVendorProfile } from '../../db/repositories/vendor-profiles.ts';
import type { ServiceContext } from '../context.ts';
import { profileOf } from '../views/self-assessments.ts';

/** The vendor's legal name from its profile, else its organisation's name. */
export async function vendorNameOf(
  db: ServiceContext['db'],
  organisationId: string,
): Promise<string> {
  const profile = await findVendorProfile(db, organisationId);
  if (profile !== undefined) return profileOf(profile).legalName;
  return (await findOrganisationById(db, organisationId))?.name ?? '';
}
