export * from './stages.ts';
export * from './received-answers.ts';
