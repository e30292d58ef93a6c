import type { RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { Logger } from '../logger.ts';
import { toJsonPointer } from './json-pointer.ts';

/** A handler answered outside its contract; the error handler turns it into a plain 500. */
export class ResponseValidationError extends Error {
  override name = 'ResponseValidationError';
  readonly operationId: string;
  readonly status: number;
  readonly issues: readonly string[];

  constructor(operationId: string, status: number, issues: readonly string[]) {
    super(`Response ${status} of ${operationId} does not match its declared schema`);
    this.operationId = operationId;
    this.status = status;
    this.issues = issues;
  }
}

export interface ResponseCheck {
  /** Fail with 500 on undeclared fields instead of logging and stripping them. */
  strict: boolean;
  logger: Logger | undefined;
}

interface MediaTypeConfig {
  schema?: unknown;
}

interface ResponseConfig {
  content?: Record<string, MediaTypeConfig | undefined>;
}

/**
 * Checks a handler's response against the route's declared responses and sends the parsed value,
 * so nothing the schema does not declare can leave the server. A response that breaks its
 * contract in any other way (undeclared status or media type, a wrong type, a missing field)
 * cannot be repaired and fails closed with an error in every mode: a 500 is safer than sending
 * data nobody reviewed.
 */
export async function checkResponse(
  route: RouteConfig,
  response: Response,
  check: ResponseCheck,
): Promise<Response> {
  const operationId = route.operationId ?? `${route.method} ${route.path}`;
  const fail = (issues: string[]) =>
    new ResponseValidationError(operationId, response.status, issues);
  const declared = declaredResponse(route, response.status);
  if (!declared) throw fail(['status not declared']);

  const mediaType = essence(response.headers.get('content-type'));
  const declaredTypes = Object.keys(declared.content ?? {});
  if (declaredTypes.length === 0) {
    if (response.body !== null && (await response.clone().text()).length > 0) {
      throw fail(['body sent where none is declared']);
    }
    return response;
  }
  const declaredType = declaredTypes.find((type) => essence(type) === mediaType);
  if (declaredType === undefined) throw fail([`media type ${mediaType || '(none)'} not declared`]);

  const schema = declared.content?.[declaredType]?.schema;
  if (!isJson(mediaType) || !isZod(schema)) return response;

  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    throw fail(['body is not JSON']);
  }
  const result = await schema.safeParseAsync(body);
  if (!result.success) {
    throw fail(
      result.error.issues.map((issue) => `${toJsonPointer(issue.path)}: ${issue.message}`),
    );
  }
  const undeclared = undeclaredFields(body, result.data);
  if (undeclared.length > 0) {
    if (check.strict) throw fail(undeclared.map((pointer) => `${pointer}: undeclared field`));
    // Pointers only: the values may be exactly what must not leak, into logs either.
    check.logger?.error(
      { operationId, status: response.status, undeclared },
      'Response carried undeclared fields; they were removed',
    );
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(result.data), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

function declaredResponse(route: RouteConfig, status: number): ResponseConfig | undefined {
  const responses = route.responses as Record<string, ResponseConfig | undefined>;
  return (
    responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ?? responses.default
  );
}

function essence(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function isJson(mediaType: string): boolean {
  return /^application\/([a-z0-9.-]+\+)?json$/.test(mediaType);
}

function isZod(schema: unknown): schema is z.ZodType {
  return typeof schema === 'object' && schema !== null && '_zod' in schema;
}

/** JSON Pointers of object keys present in `input` that parsing dropped from `output`. */
export function undeclaredFields(
  input: unknown,
  output: unknown,
  path: PropertyKey[] = [],
): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, index) => undeclaredFields(item, output[index], [...path, index]));
  }
  if (isPlainObject(input) && isPlainObject(output)) {
    return Object.keys(input).flatMap((key) =>
      Object.hasOwn(output, key)
        ? undeclaredFields(input[key], output[key], [...path, key])
        : [toJsonPointer([...path, key])],
    );
  }
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
