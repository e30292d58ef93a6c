export * from './stages.ts';
export * from './scoring.ts';
