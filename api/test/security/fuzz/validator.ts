import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { OpenApiDocument } from '../../../src/http/openapi.ts';

const documentId = 'tenderwise-openapi.json';

/**
 * Formats as loose as the server's own: a value the validator refuses must be one the server
 * refuses too, or "an invalid request was accepted" would be the validator's mistake. The
 * server's checks are stricter (a UUID's version bits, a real calendar date), which only makes
 * the fuzzer call fewer requests invalid than it could.
 */
const formats: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  binary: /[\s\S]*/,
};

/**
 * Validates values against the schemas of the OpenAPI document, addressed by JSON Pointer into the
 * document (`#/paths/…/schema`), so references to `#/components/schemas/…` resolve as written.
 */
export class DocumentValidator {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    // The document is no schema itself, but a schema may be referenced anywhere inside it.
    // Referenced schemas compiled once instead of inlined, and unoptimised code: compiling the
    // schemas of all operations took 2.4 s with the defaults and 0.24 s so.
    this.#ajv = new Ajv2020({
      strict: false,
      validateSchema: false,
      inlineRefs: false,
      code: { optimize: false },
    });
    for (const [name, pattern] of Object.entries(formats)) this.#ajv.addFormat(name, pattern);
    this.#ajv.addSchema({ ...structuredClone(document), $id: documentId } as object);
  }

  /**
   * The first problem of `value` against `schema`, which is found at `pointer` in the document, or
   * undefined when the value is valid.
   */
  problemOf(pointer: string, schema: unknown, value: unknown): string | undefined {
    // Many places hold the same schema (the problem details of every error response): each is
    // compiled once, which takes most of the validator's time.
    const key = JSON.stringify(schema);
    let validate = this.#compiled.get(key);
    if (validate === undefined) {
      validate = this.#ajv.compile({ $ref: `${documentId}${pointer}` });
      this.#compiled.set(key, validate);
    }
    if (validate(value)) return undefined;
    const [error] = validate.errors ?? [];
    return error === undefined ? 'invalid' : `${error.instancePath || '/'} ${error.message}`;
  }
}
