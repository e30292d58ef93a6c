import type { Hook } from '@hono/zod-openapi';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../services/errors.ts';
import type { AppEnv } from './env.ts';
import { toJsonPointer } from './json-pointer.ts';

const locations: Record<keyof ValidationTargets, FieldIssue['in']> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
};

/**
 * Every router's defaultHook: turns a failed input check into a ValidationError, which the error
 * handler renders as 422 with one entry per offending value.
 */
export const validationHook: Hook<unknown, AppEnv, string, void> = (result) => {
  if (result.success) return;
  const location = locations[result.target];
  const issues = result.error.issues.flatMap((issue) => fieldIssues(issue, location));
  throw new ValidationError(
    issues.length === 1
      ? '1 value in the request is invalid.'
      : `${issues.length} values in the request are invalid.`,
    issues,
  );
};

function fieldIssues(issue: z.core.$ZodIssue, location: FieldIssue['in']): FieldIssue[] {
  // One entry per unknown key, pointing at the key itself, so a client can show it next to the field.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      in: location,
      pointer: toJsonPointer([...issue.path, key]),
      detail: 'Unknown field: this operation does not accept it.',
    }));
  }
  return [{ in: location, pointer: toJsonPointer(issue.path), detail: issue.message }];
}
