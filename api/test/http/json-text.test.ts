import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonPointer } from '../../src/http/json-pointer.ts';
import { inspectJsonText } from '../../src/http/json-text.ts';
import { propertyOptions } from '../fixtures/properties.ts';

/** A JSON document as written, so an object can name a key twice and a key can be escaped. */
type Written =
  | { kind: 'object'; members: { key: string; escapeKey: boolean; value: Written }[] }
  | { kind: 'array'; items: Written[] }
  | { kind: 'string'; value: string }
  | { kind: 'other'; value: number | boolean | null };

// Few distinct keys, so repeats are common; some that need escaping or look like a pointer.
const key = fc.constantFrom('a', 'b', 'A', 'é', '__proto__', 'a/b', '~1', 'x\u0000', '"', '\\');
const text = fc.string({
  unit: fc.constantFrom('a', 'z', ' ', '"', '\\', '/', '\u0000', '\u0001', 'ü', '\u2028', '😀'),
  maxLength: 6,
});

const written = fc.letrec<{ node: Written }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('string' as const), value: text }),
    fc.record({
      kind: fc.constant('other' as const),
      value: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)),
    }),
    fc.record({
      kind: fc.constant('object' as const),
      members: fc.array(fc.record({ key, escapeKey: fc.boolean(), value: tie('node') }), {
        maxLength: 4,
      }),
    }),
    fc.record({
      kind: fc.constant('array' as const),
      items: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

/** Every character as `\uXXXX`: the same key to JSON.parse, different bytes to a naive scan. */
function escapedKey(value: string): string {
  return `"${[...value].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;
}

function write(node: Written, spaced: boolean): string {
  const gap = spaced ? ' \n\t' : '';
  switch (node.kind) {
    case 'string':
      return JSON.stringify(node.value);
    case 'other':
      return JSON.stringify(node.value);
    case 'array':
      return `[${gap}${node.items.map((item) => write(item, spaced)).join(`${gap},${gap}`)}${gap}]`;
    case 'object':
      return `{${gap}${node.members
        .map(
          (member) =>
            `${member.escapeKey ? escapedKey(member.key) : JSON.stringify(member.key)}${gap}:${gap}${write(member.value, spaced)}`,
        )
        .join(`${gap},${gap}`)}${gap}}`;
  }
}

/** The first repeated key in text order: earlier members' values come before a later key. */
function firstRepeatedKey(node: Written, path: (string | number)[] = []): string | undefined {
  if (node.kind === 'array') {
    for (const [index, item] of node.items.entries()) {
      const found = firstRepeatedKey(item, [...path, index]);
      if (found !== undefined) return found;
    }
  }
  if (node.kind === 'object') {
    const seen = new Set<string>();
    for (const member of node.members) {
      if (seen.has(member.key)) return toJsonPointer([...path, member.key]);
      seen.add(member.key);
      const found = firstRepeatedKey(member.value, [...path, member.key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Pointers to every key and string value holding U+0000, in text order. */
function nulStrings(node: Written, path: (string | number)[] = []): string[] {
  switch (node.kind) {
    case 'string':
      return node.value.includes('\u0000') ? [toJsonPointer(path)] : [];
    case 'other':
      return [];
    case 'array':
      return node.items.flatMap((item, index) => nulStrings(item, [...path, index]));
    case 'object':
      return node.members.flatMap((member) => [
        ...(member.key.includes('\u0000') ? [toJsonPointer([...path, member.key])] : []),
        ...nulStrings(member.value, [...path, member.key]),
      ]);
  }
}

describe('inspectJsonText', () => {
  it('finds the first key an object names twice, as JSON.parse reads the keys', () => {
    fc.assert(
      fc.property(written, fc.boolean(), (node, spaced) => {
        const json = write(node, spaced);
        JSON.parse(json);
        expect(inspectJsonText(json, Infinity).repeatedKey).toBe(firstRepeatedKey(node));
      }),
      propertyOptions,
    );
  });

  it('points at every string and key with U+0000 when no key repeats', () => {
    fc.assert(
      fc.property(written, fc.boolean(), (node, spaced) => {
        fc.pre(firstRepeatedKey(node) === undefined);
        const findings = inspectJsonText(write(node, spaced), Infinity);
        expect(findings).toEqual({ nulCharacters: nulStrings(node) });
      }),
      propertyOptions,
    );
  });

  it('finds nothing in what JSON.stringify writes but U+0000', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const findings = inspectJsonText(JSON.stringify(value), Infinity);
        expect(findings.repeatedKey).toBeUndefined();
        if (!JSON.stringify(value).includes('\\u0000')) expect(findings.nulCharacters).toEqual([]);
      }),
      propertyOptions,
    );
  });

  it('never throws on text JSON.parse would refuse', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', 'a', 'u', '0'),
        }),
        (garbage) => {
          expect(() => inspectJsonText(garbage)).not.toThrow();
        },
      ),
      propertyOptions,
    );
  });

  it('tells keys from escaped quotes and backslashes in strings', () => {
    expect(inspectJsonText('{"a\\"":1,"a":2}').repeatedKey).toBeUndefined();
    expect(inspectJsonText('{"a\\\\":1,"a\\u005c":2}').repeatedKey).toBe('/a\\');
    expect(inspectJsonText('{"a":"\\",\\"a\\":","b":1}').repeatedKey).toBeUndefined();
    expect(inspectJsonText('["\\\\u0000"]').nulCharacters).toEqual([]);
    expect(inspectJsonText('["\\\\\\u0000"]').nulCharacters).toEqual(['/0']);
  });

  it('treats a key in another object, or a key repeated as a value, as no repeat', () => {
    expect(inspectJsonText('{"a":{"b":1},"c":{"b":2}}').repeatedKey).toBeUndefined();
    expect(inspectJsonText('[{"a":1},{"a":2}]').repeatedKey).toBeUndefined();
    expect(inspectJsonText('{"a":"a","b":["a"]}').repeatedKey).toBeUndefined();
    expect(inspectJsonText('{"a":[{"x":1,"x":2}]}').repeatedKey).toBe('/a/0/x');
    expect(inspectJsonText('{"scopes":["a"],"name":"n","scopes":["a","b"]}').repeatedKey).toBe(
      '/scopes',
    );
  });

  it('reports at most `limit` strings with U+0000', () => {
    const json = JSON.stringify(Array.from({ length: 50 }, () => '\u0000'));
    expect(inspectJsonText(json).nulCharacters).toHaveLength(20);
    expect(inspectJsonText(json, 3).nulCharacters).toEqual(['/0', '/1', '/2']);
  });

  describe('on a megabyte of adversarial text', () => {
    const size = 1024 * 1024;
    const depth = size / 2;
    const objects = 100_000;
    const cases: [string, string, Partial<ReturnType<typeof inspectJsonText>>][] = [
      ['nested arrays', `${'['.repeat(depth)}${']'.repeat(depth)}`, { nulCharacters: [] }],
      [
        'nested objects with U+0000 at the bottom',
        `${'{"a":'.repeat(objects)}"\\u0000"${'}'.repeat(objects)}`,
        { nulCharacters: ['/a'.repeat(objects)] },
      ],
      [
        'one object with many keys, the last one repeated',
        `{${Array.from({ length: size / 16 }, (_, index) => `"k${index}":0`).join(',')},"k0":1}`,
        { repeatedKey: '/k0' },
      ],
      ['one string of escapes', `"${'\\\\'.repeat(size / 2)}"`, { nulCharacters: [] }],
      ['one string of U+0000', `"${'\\u0000'.repeat(size / 6)}"`, { nulCharacters: [''] }],
    ];
    for (const [name, json, expected] of cases) {
      it(`handles ${name} in linear time, without recursion`, () => {
        JSON.parse(json);
        const started = performance.now();
        const findings = inspectJsonText(json);
        // Linear work here is a few milliseconds; quadratic work would take hours.
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(findings).toMatchObject(expected);
      });
    }
  });
});
