import type { Context, ValidationTargets } from 'hono';
import type { FieldIssue } from '../domain/errors.ts';
import type { AppEnv } from './env.ts';
import { inspectJsonText } from './json-text.ts';
import { toJsonPointer } from './json-pointer.ts';

export const nulCharacterDetail =
  'Must not contain the character U+0000 (NUL): it cannot be stored as text.';

/** A JSON body names one key twice in an object; answered with 400 (see error-handler.ts). */
export class RepeatedKeyError extends Error {
  override name = 'RepeatedKeyError';
  readonly pointer: string;

  constructor(pointer: string) {
    super('The JSON body names a key twice in one object; each key may appear only once.');
    this.pointer = pointer;
  }
}

// The media types Hono's validator reads as JSON; only then has it cached the body's text.
const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * Checks the request text one validator target read, as the client sent it (before any schema
 * transformed it), for what no schema should have to state: U+0000 in any string, key or value,
 * which PostgreSQL refuses in text (a 500 before this check), and, in a JSON body, a key named
 * twice in one object, which `JSON.parse` resolves silently to the last value. Runs in the shared
 * validation hook, so every route made by the factory gets it for every input it declares.
 *
 * @param data the validator's value for targets whose raw text Hono does not keep (headers, cookies)
 * @throws RepeatedKeyError for a JSON body with a repeated key
 */
export async function requestTextIssues(
  target: keyof ValidationTargets,
  c: Context<AppEnv>,
  data: unknown,
): Promise<FieldIssue[]> {
  switch (target) {
    case 'json': {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
      if (!jsonMediaType.test(mediaType)) return [];
      // Cached: the validator read the body as text before parsing it.
      return jsonBodyTextIssues(await c.req.text());
    }
    case 'form': {
      const form = await c.req.bodyCache.formData;
      if (form === undefined) return [];
      const fields = new Map<string, unknown[]>();
      form.forEach((value, key) => fields.set(key, [...(fields.get(key) ?? []), value]));
      return nulFieldIssues('body', fields);
    }
    case 'query':
      return nulFieldIssues('query', new Map(Object.entries(c.req.queries())));
    case 'param':
      return nulFieldIssues('path', singleValues(c.req.param()));
    case 'header':
    case 'cookie':
      return nulFieldIssues(target, singleValues(data));
  }
  return [];
}

/**
 * What a JSON body's text holds that its schema cannot see (see `requestTextIssues`).
 * @throws RepeatedKeyError for a key named twice in one object
 */
export function jsonBodyTextIssues(text: string): FieldIssue[] {
  const findings = inspectJsonText(text);
  if (findings.repeatedKey !== undefined) throw new RepeatedKeyError(findings.repeatedKey);
  return findings.nulCharacters.map((pointer) => nulIssue('body', pointer));
}

function singleValues(record: unknown): Map<string, unknown[]> {
  if (typeof record !== 'object' || record === null) return new Map();
  return new Map(Object.entries(record).map(([key, value]) => [key, [value]]));
}

/**
 * Issues for flat fields (query, path, form, headers): the key, or a value (a file's name), with
 * U+0000. Pointers follow what the validator hands the schema: a repeated field (or a `name[]`
 * one) is an array.
 */
export function nulFieldIssues(
  location: FieldIssue['in'],
  fields: Map<string, unknown[]>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, values] of fields) {
    if (key.includes('\u0000')) {
      issues.push(nulIssue(location, toJsonPointer([key])));
      continue;
    }
    const asArray = values.length > 1 || key.endsWith('[]');
    values.forEach((value, index) => {
      // An uploaded file's content is not text, but its name is.
      const text = value instanceof File ? value.name : value;
      if (typeof text === 'string' && text.includes('\u0000')) {
        issues.push(nulIssue(location, toJsonPointer(asArray ? [key, index] : [key])));
      }
    });
  }
  return issues;
}

function nulIssue(location: FieldIssue['in'], pointer: string): FieldIssue {
  return { in: location, pointer, detail: nulCharacterDetail };
}
