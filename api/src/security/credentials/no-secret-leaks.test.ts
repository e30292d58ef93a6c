import { encodeBase32NoPadding, encodeBase64, encodeHexLowerCase } from '@oslojs/encoding';
import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.ts';
import { argon2idHashing } from './passwords.ts';
import { generateRecoveryCodes, verifyRecoveryCode } from './recovery-codes.ts';
import { verifyTotpAt } from './totp.ts';

// Canaries: values that must never come back except as the explicit output of a function.
const password = 'Canary-Password-5e1f9c';
const email = 'canary.person.5e1f9c@example.org';
const name = 'Canarina Fünfeinsf';
const totpSecret = new TextEncoder().encode('canary-totp-secret-5e1f9c');

const forms = (bytes: Uint8Array) => [
  encodeHexLowerCase(bytes),
  encodeBase32NoPadding(bytes),
  encodeBase64(bytes),
  new TextDecoder().decode(bytes),
];

/** Everything an outcome could show to a log line or a response: values, messages, stacks, causes. */
function visible(outcome: { value?: unknown; error?: unknown }): string {
  const parts: string[] = [];
  const add = (value: unknown): void => {
    if (value instanceof Error) {
      parts.push(value.name, value.message, value.stack ?? '');
      add(value.cause);
    } else {
      parts.push(
        JSON.stringify(value, (_, v: unknown) =>
          v instanceof Uint8Array ? forms(v).join(' ') : v,
        ) ?? String(value),
      );
    }
  };
  if ('value' in outcome) add(outcome.value);
  if ('error' in outcome) add(outcome.error);
  return parts.join('\n');
}

async function outcomeOf(run: () => unknown): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

function expectNoCanary(outcome: { value?: unknown; error?: unknown }, canaries: string[]) {
  const text = visible(outcome).toLowerCase();
  for (const canary of canaries) expect(text).not.toContain(canary.toLowerCase());
}

// The smallest Argon2id cost: what is echoed does not depend on it.
const { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } = argon2idHashing({
  memoryCost: 8,
  timeCost: 1,
  parallelism: 1,
});

describe('credential functions do not echo secrets', () => {
  it('password hashing and verification', async () => {
    const stored = await hashPassword(password);
    const outcomes = [
      { value: stored },
      await outcomeOf(() => verifyPassword({ hash: stored, password })),
      await outcomeOf(() => verifyPassword({ hash: stored, password: `${password}x` })),
      await outcomeOf(() => verifyPassword({ hash: 'broken', password })),
      await outcomeOf(() => verifyPassword({ hash: `${stored.slice(0, -4)}!!!!`, password })),
      await outcomeOf(() => verifyAgainstDummy(password)),
      await outcomeOf(() => needsRehash(stored)),
    ];
    expect(outcomes[3]!.error).toBeInstanceOf(Error);
    for (const outcome of outcomes) expectNoCanary(outcome, [password]);
  });

  it('the password policy', async () => {
    const canaries = [password, email, name, 'canary', 'fünfeinsf'];
    const attempts = [password, email, `${name}123`, password.repeat(10), 'password', 'short'];
    for (const attempt of attempts) {
      const outcome = await outcomeOf(() =>
        checkPassword(attempt, { email, name, words: ['Canarina-Amt'] }),
      );
      expectNoCanary(outcome, canaries);
    }
  });

  it('TOTP verification, also on misuse', async () => {
    const now = new Date('2026-11-28T10:00:00Z');
    const attempts = [
      () => verifyTotpAt({ secret: totpSecret, code: '000000', now, lastUsedCounter: null }),
      () => verifyTotpAt({ secret: totpSecret, code: 'abc', now, lastUsedCounter: null }),
      () =>
        verifyTotpAt({ secret: totpSecret, code: '1', now, lastUsedCounter: null, graceSteps: 99 }),
      () => verifyTotpAt({ secret: totpSecret.slice(0, 8), code: '1', now, lastUsedCounter: 1 }),
    ];
    for (const attempt of attempts) {
      expectNoCanary(await outcomeOf(attempt), [
        ...forms(totpSecret),
        ...forms(totpSecret.slice(0, 8)),
      ]);
    }
  });

  it('recovery code verification', async () => {
    const { codes, hashes } = generateRecoveryCodes();
    for (const code of [codes[0]!, `${codes[0]!}x`, password]) {
      const outcome = await outcomeOf(() => verifyRecoveryCode(code, hashes));
      expectNoCanary(outcome, [code, code.replaceAll('-', ''), ...codes]);
    }
  });
});
