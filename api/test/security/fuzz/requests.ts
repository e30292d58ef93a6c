import type { FuzzOperation } from './operations.ts';

/** A request in parts, so that a mutation can change one part and the oracle judge each. */
export interface RequestParts {
  /** Values of the path's `{parameters}`, not yet encoded. */
  path: Record<string, string>;
  /** Query parameters in order; a name may repeat. */
  query: [string, string][];
  body?: RequestBody;
  /** Headers besides the caller's credentials (which the caller adds). */
  headers: Record<string, string>;
  /** Credentials to send instead of the caller's (a forged key or cookie). */
  credentials?: Record<string, string>;
}

export type RequestBody =
  /** A JSON value, sent as `JSON.stringify` gives it. */
  | { kind: 'json'; mediaType: string; value: unknown }
  /**
   * Text or bytes sent as they are; `chunked` sends them as a stream, without Content-Length, as
   * `Transfer-Encoding: chunked` arrives.
   */
  | { kind: 'raw'; mediaType: string | undefined; bytes: string | Uint8Array; chunked?: boolean };

/** A request ready to send, with what the fuzzer knows about it. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent as a stream of unknown length. */
  chunked?: boolean;
  /** How the request was made: its base and its mutation. */
  label: string;
  /** Why the request is invalid by the document, when it is: it must not be answered with 2xx. */
  invalid?: string;
}

export function urlOf(operation: FuzzOperation, parts: RequestParts): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(parts.path[name] ?? ''),
  );
  if (parts.query.length === 0) return path;
  return `${path}?${new URLSearchParams(parts.query).toString()}`;
}

/** The wire form of a body: JSON text (own `__proto__` keys included), or the bytes as given. */
export function bytesOf(body: RequestBody): string | Uint8Array {
  return body.kind === 'json' ? JSON.stringify(body.value) : body.bytes;
}

/** Splits a request the matrix fixtures build into parts along the operation's path template. */
export function partsOfFixture(
  operation: FuzzOperation,
  request: { path: string; body?: unknown; file?: { mediaType: string; bytes: string } },
): RequestParts {
  const [pathname = '', search = ''] = request.path.split('?');
  const names: string[] = [];
  const template = new RegExp(
    `^${operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}/?$`,
  );
  const match = template.exec(pathname);
  if (match === null) {
    throw new Error(`${operation.operationId}: ${request.path} does not fit ${operation.path}`);
  }
  const jsonMedia = operation.body?.media.find((media) => isJsonMedia(media.mediaType));
  return {
    path: Object.fromEntries(
      names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]),
    ),
    query: [...new URLSearchParams(search).entries()],
    headers: {},
    ...(request.body !== undefined && {
      body: {
        kind: 'json' as const,
        mediaType: jsonMedia?.mediaType ?? 'application/json',
        value: request.body,
      },
    }),
    ...(request.file !== undefined && {
      body: { kind: 'raw' as const, mediaType: request.file.mediaType, bytes: request.file.bytes },
    }),
  };
}

export function isJsonMedia(mediaType: string | undefined): boolean {
  return /^application\/([a-z0-9.-]+\+)?json$/i.test(essence(mediaType));
}

/** A media type without its parameters, lower case. */
export function essence(mediaType: string | undefined): string {
  return (mediaType ?? '').split(';')[0]!.trim().toLowerCase();
}
