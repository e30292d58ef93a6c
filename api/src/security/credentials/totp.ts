import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import type { Clock } from '../../clock.ts';

/** RFC 6238 defaults, the only settings every authenticator app honours (SHA-1, 6 digits, 30 s). */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** 160 bits: RFC 4226 requires at least 128 and recommends 160, the length of SHA-1's output. */
export const TOTP_SECRET_BYTES = 20;

/**
 * Steps accepted on either side of the current one: one step (30 s) each way, as RFC 6238 §5.2
 * recommends, for a phone clock that is a little off and a code typed just before its step ended.
 * Each code still belongs to one 30-second step (ASVS 6.5.5) and is accepted once.
 */
export const TOTP_GRACE_STEPS = 1;

const MAX_GRACE_STEPS = 10;
const CODE_PATTERN = /^[0-9]{6}$/;

/** A new TOTP secret from the system CSPRNG (ASVS 6.5.3). Store it; it cannot be hashed. */
export function createTotpSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(TOTP_SECRET_BYTES));
}

/** The `otpauth://totp/...` URI an authenticator app reads from the QR code. */
export function totpKeyUri(secret: Uint8Array, label: { issuer: string; account: string }): string {
  return createTOTPKeyURI(label.issuer, label.account, secret, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

/**
 * The URI as a QR code in SVG, made locally: no image service sees the secret, and the SVG holds
 * only paths (no script, no external reference), so it can be inlined under a strict CSP.
 */
export async function totpQrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

/** The RFC 6238 time step a moment falls into. */
export function totpCounterAt(moment: Date): number {
  return Math.floor(moment.getTime() / (TOTP_PERIOD_SECONDS * 1000));
}

/** The HOTP value (RFC 4226) for a counter; TOTP is HOTP over the time step. */
export function hotpCode(
  secret: Uint8Array,
  counter: number,
  digits: number = TOTP_DIGITS,
): string {
  return generateHOTP(secret, BigInt(counter), digits);
}

export type TotpFailure =
  /** Not six ASCII digits after removing spaces. */
  | 'malformed'
  /** No step within the grace window has this code. */
  | 'invalid'
  /** The code belongs to a step at or before the last one used: a replay. Show it like `invalid`. */
  | 'replayed';

export type TotpResult = { ok: true; counter: number } | { ok: false; reason: TotpFailure };

export interface TotpAttempt {
  secret: Uint8Array;
  code: string;
  /** The counter of the last accepted code, null before the first; store `counter` on success. */
  lastUsedCounter: number | null;
  /** Defaults to `TOTP_GRACE_STEPS`. */
  graceSteps?: number | undefined;
}

/**
 * Verifies a TOTP code at the time the Clock gives. Pass the open transaction as `executor` when
 * there is one: the database clock must not wait for a connection the caller holds.
 */
export async function verifyTotp<D>(
  attempt: TotpAttempt & { clock: Clock; executor?: Kysely<D> | undefined },
): Promise<TotpResult> {
  const now = await attempt.clock.now(attempt.executor);
  return verifyTotpAt({ ...attempt, now });
}

/**
 * Verifies a TOTP code at a given moment: HOTP over every step in [current − grace, current +
 * grace], refusing steps at or before `lastUsedCounter` so that each code works once (ASVS 6.5.1).
 * A wrong code never throws; only a misuse (short secret, bad grace) does, without the secret.
 */
export function verifyTotpAt(attempt: TotpAttempt & { now: Date }): TotpResult {
  const graceSteps = attempt.graceSteps ?? TOTP_GRACE_STEPS;
  if (!Number.isInteger(graceSteps) || graceSteps < 0 || graceSteps > MAX_GRACE_STEPS) {
    throw new RangeError(`graceSteps must be an integer from 0 to ${MAX_GRACE_STEPS}`);
  }
  if (!(attempt.secret instanceof Uint8Array) || attempt.secret.length < 16) {
    throw new TypeError('A TOTP secret must be at least 16 bytes');
  }
  const code = typeof attempt.code === 'string' ? attempt.code.replace(/\s+/g, '') : '';
  if (!CODE_PATTERN.test(code)) return { ok: false, reason: 'malformed' };

  const current = totpCounterAt(attempt.now);
  const lastUsed = attempt.lastUsedCounter ?? Number.NEGATIVE_INFINITY;
  let fresh: number | null = null;
  let replayed = false;
  // Every step in the window is computed, also after a match, so timing does not tell which matched.
  for (let counter = current - graceSteps; counter <= current + graceSteps; counter++) {
    if (counter < 0) continue;
    if (!sameCode(hotpCode(attempt.secret, counter), code)) continue;
    if (counter > lastUsed) fresh = counter;
    else replayed = true;
  }
  if (fresh !== null) return { ok: true, counter: fresh };
  return { ok: false, reason: replayed ? 'replayed' : 'invalid' };
}

const utf8 = new TextEncoder();

function sameCode(expected: string, given: string): boolean {
  return constantTimeEqual(utf8.encode(expected), utf8.encode(given));
}
