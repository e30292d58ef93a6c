export * from './login.ts';
export * from './totp.ts';
export * from './sessions.ts';
export * from './password.ts';
export * from './own-account.ts';
export * from './invitation-status.ts';
export * from './setup.ts';
