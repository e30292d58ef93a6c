import { createRouter } from '../../http/route.ts';
import { registerChangeRole } from './change-role.ts';
import { registerCreateOrganisation } from './create-organisation.ts';
import { registerCreateUser } from './create-user.ts';
import { registerDisableUser } from './disable-user.ts';
import { registerEndUserSessions } from './end-user-sessions.ts';
import { registerIssueInvitation } from './issue-invitation.ts';
import { registerListOrganisations } from './list-organisations.ts';
import { registerListUsers } from './list-users.ts';
import { registerResetUserTotp } from './reset-user-totp.ts';

/** Organisations and users of the whole installation, for administrators; mounted at `/v1`. */
export function administrationRouter() {
  const router = createRouter();
  registerCreateOrganisation(router);
  registerListOrganisations(router);
  registerCreateUser(router);
  registerListUsers(router);
  registerChangeRole(router);
  registerDisableUser(router);
  registerEndUserSessions(router);
  registerIssueInvitation(router);
  registerResetUserTotp(router);
  return router;
}
