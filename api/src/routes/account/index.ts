import { createRouter } from '../../http/route.ts';
import { registerAcceptInvitation } from './invitation-accept.ts';
import { registerCheckInvitation } from './invitation-check.ts';
import { registerLogin } from './login.ts';
import { registerLoginRecoveryCode } from './login-recovery-code.ts';
import { registerLoginTotp } from './login-totp.ts';
import { registerLogout } from './logout.ts';
import { registerGetOwnAccount } from './own-account.ts';
import { registerChangePassword } from './password.ts';
import { registerEndOwnSession } from './sessions-end.ts';
import { registerListOwnSessions } from './sessions-list.ts';
import { registerConfirmTotpEnrolment } from './totp-enrolment-confirm.ts';
import { registerTotpEnrolment } from './totp-enrolment.ts';
import { registerResetOwnTotp } from './totp-reset.ts';
import { registerCheckSetupToken } from './setup-check.ts';
import { registerCompleteSetup } from './setup-complete.ts';

export function accountRouter() {
  const router = createRouter();
  registerLogin(router);
  registerLoginTotp(router);
  registerLoginRecoveryCode(router);
  registerTotpEnrolment(router);
  registerConfirmTotpEnrolment(router);
  registerLogout(router);
  registerGetOwnAccount(router);
  registerListOwnSessions(router);
  registerEndOwnSession(router);
  registerChangePassword(router);
  registerResetOwnTotp(router);
  registerCheckInvitation(router);
  registerAcceptInvitation(router);
  registerCheckSetupToken(router);
  registerCompleteSetup(router);
  return router;
}
