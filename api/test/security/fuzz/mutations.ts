import type { Dice } from './dice.ts';
import type { FuzzOperation } from './operations.ts';
import { essence, isJsonMedia, type RequestParts } from './requests.ts';

/** A request changed on purpose; `invalid` is set where the change alone makes it invalid. */
export interface Mutated {
  parts: RequestParts;
  label: string;
  invalid?: string;
}

type Mutation = (parts: RequestParts, operation: FuzzOperation, dice: Dice) => Mutated | undefined;

/** Keys that pollute prototypes when merged carelessly, and fields a client must not set. */
const extraKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'status',
  'role',
  'organisationId',
  'createdBy',
  'weights',
  'isAdmin',
  'x-unknown',
];

const pollution = { polluted: 'fuzz', toString: 'fuzz', hasOwnProperty: 'fuzz' };

const wrongValues: unknown[] = [null, 0, -1, 1.5, true, false, '', 'x', [], {}, [null], { a: 1 }];

const outOfRange = [
  -1,
  0,
  -0.000001,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  1e21,
  1e308,
  -1e308,
  5e-324,
];

const badStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202eevil',
  '\ud800',
  '\r\nX-Injected: 1',
  "' or 1=1 --",
  '"; drop table app_user; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '${{7*7}}',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '2027-02-30',
  '9999-99-99T99:99:99Z',
  'NaN',
  'Infinity',
  '-0',
  'ä'.repeat(300),
  'x'.repeat(5_000),
];

/** Path values that stay one path segment and so address the same operation. */
const badPathValues = [
  'not-a-uuid',
  '0',
  '-1',
  '1.5',
  '99999999999999999999999',
  'latest',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '7A1E5C2B-4D3F-4B6A-9E8D-1C2B3A4F5E60',
  '7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60x',
  "1' or '1'='1",
  'a/b',
  '\u0000',
  'ä',
  '__proto__',
  'constructor',
  'x'.repeat(2_000),
  '2027-02-30',
];

const badQueryNames = [
  '__proto__',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  'constructor',
  'a[b]',
  'x-unknown',
];

/** Raw JSON texts: malformed, of the wrong shape, with a repeated key, deeply nested. */
const rawJsonTexts: [string, string][] = [
  ['empty', ''],
  ['truncated', '{"a":'],
  ['not JSON', 'hello'],
  ['null', 'null'],
  ['array', '[]'],
  ['string', '"text"'],
  ['number', '1'],
  ['byte order mark', '\ufeff{}'],
  ['trailing comma', '{"a":1,}'],
  ['repeated key', '{"a":1,"a":2}'],
  ['proto key', '{"__proto__":{"polluted":"fuzz"}}'],
  ['constructor key', '{"constructor":{"prototype":{"polluted":"fuzz"}}}'],
  ['deep nesting', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
  ['lone surrogate', '{"a":"\\ud800"}'],
];

function clone(parts: RequestParts): RequestParts {
  return {
    path: { ...parts.path },
    query: parts.query.map(([name, value]) => [name, value]),
    headers: { ...parts.headers },
    ...(parts.credentials !== undefined && { credentials: { ...parts.credentials } }),
    ...(parts.body !== undefined && { body: structuredClone(parts.body) }),
  };
}

/** Every place in a JSON value, as the container and the key that holds it. */
interface Slot {
  container: Record<string, unknown> | unknown[];
  key: string | number;
  value: unknown;
}

function slotsOf(value: unknown, slots: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      slots.push({ container: value, key: index, value: item });
      slotsOf(item, slots);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      slots.push({ container: value as Record<string, unknown>, key, value: item });
      slotsOf(item, slots);
    }
  }
  return slots;
}

function objectsOf(value: unknown): Record<string, unknown>[] {
  const objects = isObject(value) ? [value] : [];
  for (const slot of slotsOf(value)) if (isObject(slot.value)) objects.push(slot.value);
  return objects;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets a key as an own, enumerable property, so `__proto__` too ends up in the JSON text. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function jsonBodyOf(parts: RequestParts) {
  return parts.body?.kind === 'json' ? parts.body : undefined;
}

/** Replaces one value in the JSON body chosen by `where`, with `replacement`'s value. */
function replaceIn(
  label: string,
  where: (slot: Slot) => boolean,
  replacement: (slot: Slot, dice: Dice) => unknown,
): Mutation {
  return (parts, _operation, dice) => {
    const next = clone(parts);
    const body = jsonBodyOf(next);
    if (body === undefined) return undefined;
    const slots = slotsOf(body.value).filter(where);
    if (slots.length === 0) return undefined;
    const slot = dice.pick(slots);
    const value = replacement(slot, dice);
    (slot.container as Record<string | number, unknown>)[slot.key] = value;
    return { parts: next, label: `${label} at ${String(slot.key)}` };
  };
}

const bodyMutations: Mutation[] = [
  // A field left out: the validator tells whether it was required.
  (parts, _operation, dice) => {
    const next = clone(parts);
    const body = jsonBodyOf(next);
    const objects = objectsOf(body?.value).filter((object) => Object.keys(object).length > 0);
    if (objects.length === 0) return undefined;
    const object = dice.pick(objects);
    const key = dice.pick(Object.keys(object));
    delete object[key];
    return { parts: next, label: `without ${key}` };
  },
  replaceIn(
    'wrong type',
    () => true,
    (_slot, dice) => structuredClone(dice.pick(wrongValues)),
  ),
  replaceIn(
    'out of range',
    (slot) => typeof slot.value === 'number',
    (_slot, dice) => dice.pick(outOfRange),
  ),
  replaceIn(
    'bad string',
    (slot) => typeof slot.value === 'string',
    (_slot, dice) => dice.pick(badStrings),
  ),
  replaceIn(
    'huge string',
    (slot) => typeof slot.value === 'string',
    (_slot, dice) => 'A'.repeat(dice.pick([70_000, 300_000])),
  ),
  replaceIn(
    'long array',
    (slot) => Array.isArray(slot.value),
    (slot, dice) =>
      Array.from({ length: dice.pick([1_000, 20_000]) }, () => (slot.value as unknown[])[0] ?? 1),
  ),
  // An extra field anywhere: mass assignment and prototype pollution (S10, S12).
  (parts, _operation, dice) => {
    const next = clone(parts);
    const body = jsonBodyOf(next);
    const objects = objectsOf(body?.value);
    if (objects.length === 0) return undefined;
    const key = dice.pick(extraKeys);
    setOwn(dice.pick(objects), key, key === 'constructor' ? { prototype: pollution } : pollution);
    return { parts: next, label: `extra field ${key}` };
  },
  // The whole body as another JSON value: an array or a scalar instead of an object.
  (parts, _operation, dice) => {
    const next = clone(parts);
    const body = jsonBodyOf(next);
    if (body === undefined) return undefined;
    body.value = dice.pick([null, [], [body.value], 'text', 42, true]);
    return { parts: next, label: 'body of another type' };
  },
  // A raw text under the JSON media type.
  (parts, operation, dice) => {
    if (jsonBodyOf(parts) === undefined) return undefined;
    const [name, text] = dice.pick(rawJsonTexts);
    const next = clone(parts);
    next.body = { kind: 'raw', mediaType: parts.body!.mediaType, bytes: text };
    return {
      parts: next,
      label: `raw body: ${name}`,
      ...(name === 'repeated key' && { invalid: 'a key repeats' }),
    };
  },
  // A body over the default limit of 1 MiB, with its length told or streamed in chunks (S14).
  (parts, _operation, dice) => {
    if (jsonBodyOf(parts) === undefined) return undefined;
    const next = clone(parts);
    const chunked = dice.chance(0.5);
    next.body = {
      kind: 'raw',
      mediaType: parts.body!.mediaType,
      bytes: `{"a":"${'A'.repeat(1_100_000)}"}`,
      chunked,
    };
    return { parts: next, label: `body over the limit${chunked ? ', chunked' : ''}` };
  },
  // A valid body streamed in chunks, without Content-Length.
  (parts) => {
    const body = jsonBodyOf(parts);
    if (body === undefined) return undefined;
    const next = clone(parts);
    next.body = {
      kind: 'raw',
      mediaType: body.mediaType,
      bytes: JSON.stringify(body.value),
      chunked: true,
    };
    return { parts: next, label: 'chunked' };
  },
];

const anyBodyMutations: Mutation[] = [
  // Another media type for the same bytes, or none.
  (parts, operation, dice) => {
    if (parts.body === undefined || operation.body === undefined) return undefined;
    const mediaType = dice.pick([
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=fuzz',
      'application/xml',
      'application/octet-stream',
      'application/json',
      'text/csv',
    ]);
    const declared = operation.body.media.map((media) => essence(media.mediaType));
    if (mediaType !== undefined && declared.includes(essence(mediaType))) return undefined;
    const next = clone(parts);
    const bytes = next.body!.kind === 'json' ? JSON.stringify(next.body!.value) : next.body!.bytes;
    next.body = {
      kind: 'raw',
      mediaType,
      bytes: mediaType?.startsWith('multipart/')
        ? `--fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n${typeof bytes === 'string' ? bytes : ''}\r\n--fuzz--\r\n`
        : bytes,
    };
    return { parts: next, label: `media type ${mediaType ?? '(none)'}` };
  },
  // No body at all.
  (parts, operation) => {
    if (parts.body === undefined || operation.body === undefined) return undefined;
    const next = clone(parts);
    delete next.body;
    return { parts: next, label: 'no body' };
  },
];

/** For uploads (a body that is not JSON): arbitrary bytes under the declared media type. */
const uploadMutations: Mutation[] = [
  (parts, _operation, dice) => {
    if (parts.body?.kind !== 'raw' || isJsonMedia(parts.body.mediaType)) return undefined;
    const next = clone(parts);
    const length = dice.pick([0, 1, 16, 4_096]);
    const bytes = new Uint8Array(length);
    for (let index = 0; index < length; index += 1) bytes[index] = dice.below(256);
    next.body = { kind: 'raw', mediaType: parts.body.mediaType, bytes };
    return { parts: next, label: `${length} random bytes` };
  },
  (parts, _operation, dice) => {
    if (parts.body?.kind !== 'raw' || isJsonMedia(parts.body.mediaType)) return undefined;
    const next = clone(parts);
    const [name, bytes] = dice.pick<[string, string | Uint8Array]>([
      ['zip header only', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
      ['empty zip', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])],
      ['PDF', '%PDF-1.7\n%%EOF\n'],
      ['HTML', '<html><script>alert(1)</script></html>'],
      ['CSV with formulas', "Name\r\n=cmd|' /C calc'!A0\r\n+1+1\r\n@SUM(1)\r\n"],
      ['CSV with a long line', `Name\r\n${'x'.repeat(100_000)}\r\n`],
      ['CSV with many rows', `Name\r\n${'Option\r\n'.repeat(5_000)}`],
      ['CSV with quotes', 'Name\r\n"unterminated\r\n'],
    ]);
    next.body = { kind: 'raw', mediaType: parts.body.mediaType, bytes };
    return { parts: next, label: `upload: ${name}` };
  },
];

const pathMutations: Mutation[] = [
  (parts, _operation, dice) => {
    const names = Object.keys(parts.path);
    if (names.length === 0) return undefined;
    const next = clone(parts);
    const name = dice.pick(names);
    next.path[name] = dice.pick(badPathValues);
    return { parts: next, label: `path ${name}=${next.path[name]!.slice(0, 40)}` };
  },
];

const queryMutations: Mutation[] = [
  (parts, operation, dice) => {
    const declared = operation.parameters.filter((parameter) => parameter.in === 'query');
    if (declared.length === 0) return undefined;
    const next = clone(parts);
    const name = dice.pick(declared).name;
    const value = dice.pick([...badStrings, ...badPathValues]);
    next.query = next.query.filter(([existing]) => existing !== name);
    next.query.push([name, value]);
    return { parts: next, label: `query ${name}=${value.slice(0, 40)}` };
  },
  (parts, _operation, dice) => {
    const next = clone(parts);
    const name = dice.pick(badQueryNames);
    next.query.push([name, 'fuzz']);
    return { parts: next, label: `query with unknown ${name}` };
  },
  (parts, _operation, dice) => {
    if (parts.query.length === 0) return undefined;
    const next = clone(parts);
    const [name, value] = dice.pick(parts.query);
    next.query.push([name, value]);
    return { parts: next, label: `query ${name} twice` };
  },
];

/** Credentials and provenance: a forged key or cookie, a cross-site request. */
const callerMutations: Mutation[] = [
  (parts, operation, dice) => {
    const next = clone(parts);
    const [name, header] = dice.pick<[string, Record<string, string>]>([
      ['forged API key', { authorization: 'Bearer tw_fuzz.fuzz' }],
      ['malformed authorization', { authorization: 'Basic Zm9vOmJhcg==' }],
      ['forged session', { cookie: 'tw_session=fuzz; __Host-tw_session=fuzz' }],
    ]);
    next.credentials = header;
    return {
      parts: next,
      label: name,
      ...(!operation.public && { invalid: `a ${name} on an operation that needs a credential` }),
    };
  },
  (parts, operation) => {
    const unsafe = !['get', 'head'].includes(operation.method);
    const next = clone(parts);
    next.headers = { ...next.headers, 'sec-fetch-site': 'cross-site' };
    return {
      parts: next,
      label: 'cross-site',
      ...(unsafe && { invalid: 'an unsafe request from another site' }),
    };
  },
];

/**
 * One mutation of the request, chosen by `dice` among those that apply to it (body, upload, path,
 * query, caller), or undefined when none applies.
 */
export function mutate(
  parts: RequestParts,
  operation: FuzzOperation,
  dice: Dice,
): Mutated | undefined {
  const groups: Mutation[][] = [];
  if (jsonBodyOf(parts) !== undefined) groups.push(bodyMutations, bodyMutations);
  if (parts.body?.kind === 'raw') groups.push(uploadMutations, uploadMutations);
  if (operation.body !== undefined) groups.push(anyBodyMutations);
  if (Object.keys(parts.path).length > 0) groups.push(pathMutations);
  groups.push(queryMutations, callerMutations);
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const mutated = dice.pick(dice.pick(groups))(parts, operation, dice);
    if (mutated !== undefined) return mutated;
  }
  return undefined;
}
