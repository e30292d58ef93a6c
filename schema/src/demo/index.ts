export * from './accounts.ts';
export * from './bundle.ts';
export * from './api.ts';
