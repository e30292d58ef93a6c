// The credential primitives: pure functions with no database and no HTTP; callers store results.
// `api-keys.ts` (not re-exported here) checks a presented API key against the database, as
// `security/sessions/` does for a session token.
export * from './passwords.ts';
export * from './password-policy.ts';
export { COMMON_PASSWORDS_REFUSED } from './common-passwords.ts';
export * from './totp.ts';
export * from './recovery-codes.ts';
