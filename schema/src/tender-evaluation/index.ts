export * from './stages.ts';
export * from './stage-decisions.ts';
export * from './document-requests.ts';
export * from './clarifications.ts';
export * from './overview.ts';
