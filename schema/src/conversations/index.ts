export * from './input.ts';
export * from './conversation.ts';
