import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { DemoUser } from '@tenderwise/schema';
import { roleRequiresTotp } from '../../domain/accounts/second-factor.ts';
import {
  createTotpSecret,
  passwordHashingOr,
  totpKeyUri,
  type PasswordHashing,
} from '../../security/credentials/index.ts';
import { randomBase32 } from '../../security/credentials/tokens.ts';
import { totpIssuer } from '../second-factor/start-totp-enrolment.ts';

/**
 * What a demo person signs in with. There are no default passwords: each load makes random ones
 * and writes them to the operator's file only; the database keeps the Argon2id hash.
 */
export interface SignInCredentials {
  password: string;
  passwordHash: string;
  /** For roles that must pass TOTP (officers, administrators): set up already, ready to use. */
  totp: { secret: Uint8Array; keyUri: string; key: string } | null;
}

/**
 * A random password: 120 bits from the system CSPRNG as four groups of six lower-case base32
 * characters, easy to type from the file, impossible to guess.
 */
export function demoPassword(): string {
  return randomBase32(15).match(/.{6}/g)!.join('-');
}

/** Credentials for one person: a new password and, where the role requires it, a TOTP key. */
export async function newSignInCredentials(
  user: Pick<DemoUser, 'email' | 'role'>,
  hashing: PasswordHashing | undefined,
): Promise<SignInCredentials> {
  const password = demoPassword();
  const passwordHash = await passwordHashingOr(hashing).hashPassword(password);
  if (!roleRequiresTotp(user.role)) return { password, passwordHash, totp: null };
  const secret = createTotpSecret();
  return {
    password,
    passwordHash,
    totp: {
      secret,
      keyUri: totpKeyUri(secret, { issuer: totpIssuer, account: user.email }),
      key: encodeBase32UpperCaseNoPadding(secret),
    },
  };
}

/**
 * Credentials for everybody not made yet, prepared side by side before the loader's transaction:
 * Argon2id takes tens of milliseconds per password, too long to hold the audit log's lock.
 */
export async function prepareSignIns(
  users: readonly DemoUser[],
  hashing: PasswordHashing | undefined,
): Promise<Map<string, SignInCredentials>> {
  const prepared = await Promise.all(
    users.map(async (user) => [user.key, await newSignInCredentials(user, hashing)] as const),
  );
  return new Map(prepared);
}
