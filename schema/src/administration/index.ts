export * from './organisations.ts';
export * from './users.ts';
export * from './api-keys.ts';
