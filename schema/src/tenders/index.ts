export * from './deadlines.ts';
