import type { OpenApiDocument } from '../../../src/http/openapi.ts';

/** A JSON Schema as the OpenAPI 3.1 document holds it (references unresolved). */
export type JsonSchema = Record<string, unknown>;

export interface FuzzParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
  /** Where the schema sits in the document, for the validator. */
  pointer: string;
}

export interface FuzzMedia {
  mediaType: string;
  schema: JsonSchema | undefined;
  pointer: string;
}

/** One operation of the document, with what the fuzzer needs to build and judge requests. */
export interface FuzzOperation {
  operationId: string;
  method: string;
  /** The path template, e.g. `/api/v1/options-reviews/{reviewId}`. */
  path: string;
  tags: readonly string[];
  parameters: FuzzParameter[];
  /** The request body's media types; undefined for an operation without a body. */
  body: { required: boolean; media: FuzzMedia[] } | undefined;
  /** Documented statuses, each with its media types and the pointers of their schemas. */
  responses: Map<number, FuzzMedia[]>;
  /** Public: the document asks for no credential (`security: []`). */
  public: boolean;
}

interface RawOperation {
  operationId?: string;
  tags?: string[];
  parameters?: { name: string; in: FuzzParameter['in']; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
  security?: unknown[];
}

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** RFC 6901: a key as one step of a JSON Pointer. */
export function pointerStep(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Every operation of the document, in the document's order. */
export function fuzzOperationsOf(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const raw = (item as Record<string, RawOperation | undefined>)[method];
      if (raw?.operationId === undefined) continue;
      const at = `#/paths/${pointerStep(path)}/${method}`;
      const parameters = (raw.parameters ?? []).map((parameter, index) => ({
        name: parameter.name,
        in: parameter.in,
        required: parameter.required === true || parameter.in === 'path',
        schema: parameter.schema ?? {},
        pointer: `${at}/parameters/${index}/schema`,
      }));
      const body =
        raw.requestBody === undefined
          ? undefined
          : {
              required: raw.requestBody.required === true,
              media: Object.entries(raw.requestBody.content ?? {}).map(([mediaType, media]) => ({
                mediaType,
                schema: media.schema,
                pointer: `${at}/requestBody/content/${pointerStep(mediaType)}/schema`,
              })),
            };
      const responses = new Map<number, FuzzMedia[]>();
      for (const [status, response] of Object.entries(raw.responses ?? {})) {
        responses.set(
          Number(status),
          Object.entries(response.content ?? {}).map(([mediaType, media]) => ({
            mediaType,
            schema: media.schema,
            pointer: `${at}/responses/${status}/content/${pointerStep(mediaType)}/schema`,
          })),
        );
      }
      operations.push({
        operationId: raw.operationId,
        method,
        path,
        tags: raw.tags ?? [],
        parameters,
        body,
        responses,
        public: Array.isArray(raw.security) && raw.security.length === 0,
      });
    }
  }
  return operations;
}

/**
 * The tags to fuzz: `FUZZ_TAGS=registry,vendors` limits a run to operations carrying one of them;
 * unset or empty means every operation.
 */
export function tagsFromEnvironment(value: string | undefined): string[] | undefined {
  const tags = (value ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return tags.length === 0 ? undefined : tags;
}

/**
 * The operations to fuzz: those with one of `tags` (all without tags), and of those only the ones
 * `operationIds` names when given (`FUZZ_OPERATIONS`, for replaying a failure).
 */
export function selectOperations(
  operations: readonly FuzzOperation[],
  tags: readonly string[] | undefined,
  operationIds?: readonly string[],
): FuzzOperation[] {
  return operations.filter(
    (operation) =>
      (tags === undefined || operation.tags.some((tag) => tags.includes(tag))) &&
      (operationIds === undefined || operationIds.includes(operation.operationId)),
  );
}
