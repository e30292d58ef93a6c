/** Formats a path of keys and indexes as an RFC 6901 JSON Pointer (`''` is the whole document). */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}
