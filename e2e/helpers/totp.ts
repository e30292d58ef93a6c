import { createHmac } from 'node:crypto';

// RFC 6238 with the settings the server uses (SHA-1, 6 digits, 30-second steps), so tests can be
// the user's authenticator app. The server verifies against the database clock, which on this
// machine is the same clock as Date.now().

const stepSeconds = 30;

/** The time step of an instant (RFC 6238 § 4.2: T = floor((now − T0) / X), T0 = 0). */
export function totpStep(nowMs: number = Date.now()): number {
  return Math.floor(nowMs / 1000 / stepSeconds);
}

/** The six-digit code of a base32 key (spaces allowed) for a time step (RFC 4226 § 5.3). */
export function totpCode(base32Key: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', decodeBase32(base32Key)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/**
 * The code for the current step, after waiting for the next step if `usedStep` is the current one
 * or later: the server accepts every code once only, and an older code not at all once a newer
 * one was used. This is the only fixed wait the tests have: time itself must pass.
 */
export async function freshTotpCode(
  base32Key: string,
  usedStep: number | null = null,
): Promise<{ code: string; step: number }> {
  let step = totpStep();
  while (usedStep !== null && step <= usedStep) {
    const nextStepAt = (step + 1) * stepSeconds * 1000;
    // A little past the boundary, so client and server agree on which step it is.
    await new Promise((resolve) => setTimeout(resolve, nextStepAt - Date.now() + 250));
    step = totpStep();
  }
  return { code: totpCode(base32Key, step), step };
}

/** RFC 4648 base32, upper or lower case, padding and spaces ignored. */
export function decodeBase32(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`Not base32: ${char}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}
