import { createRouter } from '../../http/route.ts';
import { registerChangeRole } from './change-role.ts';
import { registerCreateOrganisation } from './create-organisation.ts';
import { registerCreateUser } from './create-user.ts';
import { registerDisableOrganisation } from './disable-organisation.ts';
import { registerDisableUser } from './disable-user.ts';
import { registerEnableOrganisation } from './enable-organisation.ts';
import { registerEnableUser } from './enable-user.ts';
import { registerEndUserSessions } from './end-user-sessions.ts';
import { registerIssueInvitation } from './issue-invitation.ts';
import { registerListOrganisationApiKeys } from './list-organisation-api-keys.ts';
import { registerListOrganisations } from './list-organisations.ts';
import { registerListUsers } from './list-users.ts';
import { registerResetUserTotp } from './reset-user-totp.ts';

/** Organisations and users of the whole installation, for administrators; mounted at `/v1`. */
export function administrationRouter() {
  const router = createRouter();
  registerCreateOrganisation(router);
  registerListOrganisations(router);
  registerDisableOrganisation(router);
  registerEnableOrganisation(router);
  registerListOrganisationApiKeys(router);
  registerCreateUser(router);
  registerListUsers(router);
  registerChangeRole(router);
  registerDisableUser(router);
  registerEnableUser(router);
  registerEndUserSessions(router);
  registerIssueInvitation(router);
  registerResetUserTotp(router);
  return router;
}
