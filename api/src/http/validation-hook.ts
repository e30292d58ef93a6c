import type { Hook } from '@hono/zod-openapi';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../domain/errors.ts';
import type { AppEnv } from './env.ts';
import { toJsonPointer } from './json-pointer.ts';
import { requestTextIssues } from './request-text.ts';

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
 * handler renders as 422 with one entry per offending value. The raw request text is checked
 * too (`requestTextIssues`): its findings join the schema's, or stand alone when the schema
 * passed, so no route can forget them.
 */
export const validationHook: Hook<unknown, AppEnv, string, Promise<void>> = async (result, c) => {
  const location = locations[result.target];
  // On failure the validator passes its raw value as `data`, which the type does not show.
  const data = (result as { data?: unknown }).data;
  const textIssues = await requestTextIssues(result.target, c, data);
  const issues = [
    ...(result.success ? [] : result.error.issues.flatMap((issue) => fieldIssues(issue, location))),
    ...textIssues,
  ];
  if (issues.length === 0) return;
  throw invalidInput(issues);
};

/** The error for a request with these invalid values, worded as the validation hook words it. */
export function invalidInput(issues: readonly FieldIssue[]): ValidationError {
  return new ValidationError(
    issues.length === 1
      ? '1 value in the request is invalid.'
      : `${issues.length} values in the request are invalid.`,
    issues,
  );
}

/** A schema's issue as the problem's field errors (one per unknown key). */
export function fieldIssues(issue: z.core.$ZodIssue, location: FieldIssue['in']): FieldIssue[] {
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
