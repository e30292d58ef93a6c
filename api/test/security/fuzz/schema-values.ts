import fc from 'fast-check';
import type { OpenApiDocument } from '../../../src/http/openapi.ts';
import type { JsonSchema } from './operations.ts';

/** How deep generated values nest before optional parts are left out; keeps bodies small. */
const maxDepth = 6;
/** Longest generated string and array beyond what a schema requires. */
const spareLength = 12;
const spareItems = 3;

const formatted: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid({ version: 4 }),
  date: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  'date-time': fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  email: fc.stringMatching(/^[a-z]{1,12}$/).map((name) => `${name}@example.org`),
  uri: fc.constantFrom('https://example.org/', 'https://example.org/a/b?c=d'),
};

/**
 * Values for the JSON Schemas of one OpenAPI document, as fast-check arbitraries: the schema's
 * own `examples` (documented worked values, which usually get past the server's checks beyond the
 * schema) and generated values that the schema admits. Generated values stay small: optional
 * parts thin out with depth, strings and arrays stay short.
 */
export class SchemaValues {
  readonly #document: OpenApiDocument;
  readonly #cache = new Map<string, fc.Arbitrary<unknown>>();

  constructor(document: OpenApiDocument) {
    this.#document = document;
  }

  /** The schema a `$ref` names, or the schema itself. */
  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops += 1) {
      current = this.#at(current.$ref);
    }
    return current;
  }

  arbitrary(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
    if (schema === undefined) return fc.constant({});
    const key = `${depth}:${JSON.stringify(schema)}`;
    let arbitrary = this.#cache.get(key);
    if (arbitrary === undefined) {
      arbitrary = this.#build(this.resolve(schema), depth);
      this.#cache.set(key, arbitrary);
    }
    return arbitrary;
  }

  #at(ref: string): JsonSchema {
    if (!ref.startsWith('#/')) throw new Error(`Only local references are supported: ${ref}`);
    let node: unknown = this.#document;
    for (const step of ref.slice(2).split('/')) {
      const key = step.replaceAll('~1', '/').replaceAll('~0', '~');
      node = (node as Record<string, unknown>)[key];
    }
    if (typeof node !== 'object' || node === null) throw new Error(`Unresolved reference ${ref}`);
    return node as JsonSchema;
  }

  #build(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    const generated = this.#generated(schema, depth);
    const examples = Array.isArray(schema.examples) ? schema.examples : [];
    if (examples.length === 0) return generated;
    return fc.oneof(
      {
        arbitrary: fc.constantFrom(...examples.map((example) => structuredClone(example))),
        weight: 2,
      },
      { arbitrary: generated, weight: 1 },
    );
  }

  #generated(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    if ('const' in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    const choices = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
    if (Array.isArray(choices)) {
      return fc.oneof(...choices.map((choice) => this.arbitrary(choice, depth)));
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
      return this.arbitrary(schema.allOf[0] as JsonSchema, depth);
    }
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const byType = types.map((type) => this.#ofType(type, schema, depth));
    return byType.length === 1 ? byType[0]! : fc.oneof(...byType);
  }

  #ofType(type: string | undefined, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return fc.integer(integerRange(schema));
      case 'number':
        return numberArbitrary(schema);
      case 'string':
        return stringArbitrary(schema);
      case 'array':
        return this.#array(schema, depth);
      case 'object':
        return this.#object(schema, depth);
      default:
        // No type: any small JSON value.
        return fc.oneof(fc.string({ maxLength: spareLength }), fc.integer(), fc.boolean());
    }
  }

  #array(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    const minLength = Number(schema.minItems ?? 0);
    const maxLength = Math.min(
      Number(schema.maxItems ?? Number.MAX_SAFE_INTEGER),
      minLength + (depth >= maxDepth ? 0 : spareItems),
    );
    const items = (schema.items as JsonSchema | undefined) ?? {};
    return fc.array(this.arbitrary(items, depth + 1), { minLength, maxLength });
  }

  #object(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema.required ?? []) as string[]);
    const keys = Object.keys(properties).filter((key) => required.has(key) || depth < maxDepth);
    const record = fc.record(
      Object.fromEntries(keys.map((key) => [key, this.arbitrary(properties[key], depth + 1)])),
      { requiredKeys: keys.filter((key) => required.has(key)) },
    );
    const extra = schema.additionalProperties;
    if (typeof extra !== 'object' || extra === null || depth >= maxDepth) return record;
    // A record (`{ [key]: value }`): a few entries with keys its `propertyNames` admit.
    const names = (schema.propertyNames as JsonSchema | undefined) ?? { type: 'string' };
    return fc
      .tuple(
        record,
        fc.dictionary(
          stringArbitrary({ minLength: 1, ...this.resolve(names) }),
          this.arbitrary(extra as JsonSchema, depth + 1),
          { maxKeys: spareItems },
        ),
      )
      .map(([fixed, entries]) => ({ ...entries, ...(fixed as object) }));
  }
}

function integerRange(schema: JsonSchema): { min: number; max: number } {
  let min = typeof schema.minimum === 'number' ? schema.minimum : -1000;
  let max = typeof schema.maximum === 'number' ? schema.maximum : Math.max(min, 0) + 1000;
  if (typeof schema.exclusiveMinimum === 'number') min = Math.floor(schema.exclusiveMinimum) + 1;
  if (typeof schema.exclusiveMaximum === 'number') max = Math.ceil(schema.exclusiveMaximum) - 1;
  min = Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER);
  max = Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER);
  return { min, max: Math.max(min, max) };
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1e6;
  const max = typeof schema.maximum === 'number' ? schema.maximum : Math.max(min, 0) + 1e6;
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number';
  const exclusiveMax = typeof schema.exclusiveMaximum === 'number';
  return fc.oneof(
    fc.integer(integerRange(schema)),
    fc.double({
      min: exclusiveMin ? (schema.exclusiveMinimum as number) : min,
      max: exclusiveMax ? (schema.exclusiveMaximum as number) : max,
      minExcluded: exclusiveMin,
      maxExcluded: exclusiveMax,
      noNaN: true,
      noDefaultInfinity: true,
    }),
  );
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Math.min(Number(schema.maxLength ?? Infinity), minLength + spareLength);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  const format = typeof schema.format === 'string' ? formatted[schema.format] : undefined;
  if (format !== undefined) return format;
  if (typeof schema.pattern === 'string') {
    const lengthOk = (value: string) =>
      value.length >= minLength && value.length <= Number(schema.maxLength ?? Infinity);
    return fc.stringMatching(new RegExp(schema.pattern)).filter(lengthOk);
  }
  return fc.string({ minLength, maxLength });
}
