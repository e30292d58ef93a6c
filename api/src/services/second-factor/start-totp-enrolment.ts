import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTotpSecret, totpKeyUri, totpQrCodeSvg } from '../../security/credentials/index.ts';
import { findTotpSecret, findUserById } from '../../db/repositories/users.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { requireStage, alreadyEnrolled } from './code-attempts.ts';

/** The issuer authenticator apps show next to the account. */
export const totpIssuer = 'Tenderwise';

export interface TotpEnrolment {
  /** The key in base32, for typing into an app by hand; the same key the URI and QR code hold. */
  secret: string;
  keyUri: string;
  /** The key URI as an SVG QR code (paths only), to inline in the page. */
  qrCodeSvg: string;
}

/**
 * Starts setting up TOTP, with an enrolment session or a full session of a user who has none
 * yet. Nothing is stored: the key travels back with {@link confirmTotpEnrolment}, and only a key
 * confirmed with a valid code is kept.
 */
export async function startTotpEnrolment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<TotpEnrolment> {
  await authorize(ctx, { operationId: 'startTotpEnrolment' });
  const current = await requireStage(ctx, input.sessionToken, ['enrolment', 'full']);
  if ((await findTotpSecret(ctx.db, current.user.id)) !== null) throw alreadyEnrolled();
  const user = await findUserById(ctx.db, current.user.id);
  if (user === undefined) throw new UnauthenticatedError('Please log in.');
  const key = createTotpSecret();
  const keyUri = totpKeyUri(key, { issuer: totpIssuer, account: user.email });
  return {
    secret: encodeBase32UpperCaseNoPadding(key),
    keyUri,
    qrCodeSvg: await totpQrCodeSvg(keyUri),
  };
}
