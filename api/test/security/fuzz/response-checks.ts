import type { FuzzOperation } from './operations.ts';
import { essence, isJsonMedia } from './requests.ts';
import type { DocumentValidator } from './validator.ts';

/**
 * What a problem body must never carry (S21): a stack frame, a source or file path, SQL or a
 * database error's wording.
 */
const leaks: [string, RegExp][] = [
  ['a stack frame', /\bat [^\s()]+ \([^)]*:\d+:\d+\)|\bat (file:\/\/|\/)\S+:\d+:\d+/],
  [
    'a file path',
    /(file:\/\/|\/(home|work|tmp|usr|var|root|opt|srv)\/|node_modules|[\w-]+\.(ts|js|mjs|cjs):\d+)/,
  ],
  ['SQL', /\b(select\s[\s\S]*\sfrom|insert\s+into|update\s+\w+\s+set|delete\s+from)\b/i],
  [
    'a database error',
    /(syntax error at or near|violates (unique|foreign key|check|not-null) constraint|relation "|column "[^"]+" (does not exist|of relation)|duplicate key value|invalid input syntax for type|pglite|postgres)/i,
  ],
  ['an error class', /\b(TypeError|RangeError|ReferenceError|SyntaxError|ZodError|AjvError)\b/],
];

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

/**
 * Everything wrong with one answer (empty when it is right): a server error, a status the
 * document does not declare for the operation, an invalid request accepted, a problem that is
 * not problem+json or leaks internals, a JSON success body outside its documented schema.
 */
export function answerProblems(
  operation: FuzzOperation,
  answer: Answer,
  invalid: string | undefined,
  validator: DocumentValidator,
): string[] {
  const problems: string[] = [];
  const { status } = answer;
  if (status >= 500) problems.push(`server error ${status}`);
  const declared = operation.responses.get(status);
  if (declared === undefined) problems.push(`status ${status} is not documented`);
  if (invalid !== undefined && status >= 200 && status < 300) {
    problems.push(`accepted an invalid request (${invalid}) with ${status}`);
  }
  const mediaType = essence(answer.contentType ?? undefined);
  if (status >= 400) {
    if (mediaType !== 'application/problem+json') {
      problems.push(`problem sent as ${mediaType || '(no media type)'}`);
    }
    for (const [what, pattern] of leaks) {
      if (pattern.test(answer.text)) problems.push(`problem body shows ${what}`);
    }
  }
  if (declared === undefined) return problems;
  if (declared.length === 0) {
    if (answer.text.length > 0) problems.push(`a body where status ${status} declares none`);
    return problems;
  }
  const media = declared.find((candidate) => essence(candidate.mediaType) === mediaType);
  if (media === undefined) {
    problems.push(`media type ${mediaType || '(none)'} is not documented for ${status}`);
    return problems;
  }
  if (!isJsonMedia(mediaType) || media.schema === undefined) return problems;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    problems.push(`the ${status} body is not JSON`);
    return problems;
  }
  const problem = validator.problemOf(media.pointer, media.schema, body);
  if (problem !== undefined) problems.push(`the ${status} body breaks its schema: ${problem}`);
  return problems;
}

/** A snapshot of `Object.prototype` and friends, to show that no request polluted them (S12). */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((prototype) =>
      Reflect.ownKeys(prototype)
        .map((key) => {
          const descriptor = Object.getOwnPropertyDescriptor(prototype, key)!;
          const kind = 'value' in descriptor ? typeof descriptor.value : 'accessor';
          return `${String(key)}:${kind}`;
        })
        .sort()
        .join(','),
    )
    .join('\n');
}
