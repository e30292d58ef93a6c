export * from './stages.ts';
export * from './received-answers.ts';
export * from './scoring.ts';
export * from './result.ts';
export * from './award-decision.ts';
