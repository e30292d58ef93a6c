export * from './stages.ts';
export * from './received-answers.ts';
export * from './scoring.ts';
