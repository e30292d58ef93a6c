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
 * The step whose code to type next, so that no test waits for the clock. The server accepts the
 * codes of the step before, the current and the next step (one step of grace each way), each
 * once, and none at or before the step of the last code it accepted. So a user's first code is
 * the current step's, and the one after it the next step's, which the server takes at once and
 * for up to a minute. A third code within the same step has no step left: the test gets an error
 * telling it to use another user, rather than a wait of up to 30 s.
 */
export function nextTotpStep(usedStep: number | null, currentStep: number): number {
  if (usedStep === null || usedStep < currentStep) return currentStep;
  if (usedStep === currentStep) return currentStep + 1;
  throw new Error(
    `This user used the code of step ${usedStep}, ahead of the current step ${currentStep}: ` +
      'two codes within 30 seconds are all a user has without waiting. Give the test its own user.',
  );
}

/** The code to type now, as the user's app would show it: see {@link nextTotpStep}. */
export function nextTotpCode(
  base32Key: string,
  usedStep: number | null = null,
): { code: string; step: number } {
  const step = nextTotpStep(usedStep, totpStep());
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
