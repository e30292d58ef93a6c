export * from './content.ts';
export * from './imports.ts';
