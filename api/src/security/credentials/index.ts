// The credential primitives: pure functions with no database and no HTTP; callers store results.
export * from './passwords.ts';
export * from './password-policy.ts';
export { COMMON_PASSWORDS_REFUSED } from './common-passwords.ts';
export * from './totp.ts';
export * from './recovery-codes.ts';
