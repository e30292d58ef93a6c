import type { FuzzOperation } from './operations.ts';
import { essence, isJsonMedia, type RequestParts } from './requests.ts';
import type { SchemaValues } from './schema-values.ts';
import type { DocumentValidator } from './validator.ts';

/**
 * Why a request is invalid by the OpenAPI document, or undefined when the document admits it.
 * Only what the document says counts: a request it admits may still be refused (a rule beyond
 * the schema, a missing object), but one it refuses must never be accepted. Query and path
 * values are text on the wire; for a numeric schema they are judged as the number they spell.
 */
export function invalidityOf(
  operation: FuzzOperation,
  parts: RequestParts,
  validator: DocumentValidator,
  values: SchemaValues,
): string | undefined {
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const given =
      parameter.in === 'path'
        ? parts.path[parameter.name] === undefined
          ? []
          : [parts.path[parameter.name]!]
        : parts.query.filter(([name]) => name === parameter.name).map(([, value]) => value);
    if (given.length === 0) {
      if (parameter.required) return `${parameter.in} parameter ${parameter.name} is missing`;
      continue;
    }
    if (given.length > 1) return `query parameter ${parameter.name} is repeated`;
    const problem = validator.problemOf(
      parameter.pointer,
      parameter.schema,
      asTyped(given[0]!, values.resolve(parameter.schema)),
    );
    if (problem !== undefined) return `${parameter.in} parameter ${parameter.name}: ${problem}`;
  }
  const declaredQuery = new Set(
    operation.parameters.filter((parameter) => parameter.in === 'query').map((p) => p.name),
  );
  const unknown = parts.query.find(([name]) => !declaredQuery.has(name));
  if (unknown !== undefined) return `query parameter ${unknown[0]} is not declared`;

  if (operation.body === undefined) return undefined;
  if (parts.body === undefined) {
    return operation.body.required ? 'the required body is missing' : undefined;
  }
  const media = operation.body.media.find(
    (candidate) => essence(candidate.mediaType) === essence(parts.body!.mediaType),
  );
  if (media === undefined) return `media type ${parts.body.mediaType ?? '(none)'} is not declared`;
  if (!isJsonMedia(media.mediaType) || media.schema === undefined) return undefined;
  let value: unknown;
  if (parts.body.kind === 'json') {
    value = parts.body.value;
  } else {
    try {
      // A parser may ignore a leading byte order mark (RFC 8259, § 8.1), as the server's does:
      // `\ufeff{}` is `{}`, valid wherever `{}` is.
      const text =
        typeof parts.body.bytes === 'string'
          ? parts.body.bytes
          : new TextDecoder().decode(parts.body.bytes);
      value = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
      return 'the body is not JSON';
    }
  }
  const problem = validator.problemOf(media.pointer, media.schema, value);
  return problem === undefined ? undefined : `body ${problem}`;
}

/** A parameter's text as the value its schema types it as (JSON Schema knows no coercion). */
function asTyped(text: string, schema: Record<string, unknown>): unknown {
  const types = [schema.type].flat();
  if (types.includes('string')) return text;
  if (types.includes('integer') || types.includes('number')) return Number(text);
  if (types.includes('boolean')) return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}
