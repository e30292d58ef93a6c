// Where to go after signing in. The path travels in the query string of the login page, where
// anybody can write anything: only a path on this site is ever followed, so a crafted link can
// not turn the login page into a redirect to somewhere else (an "open redirect").

const probeOrigin = 'http://tenderwise.invalid';

/** `raw` as a path (with query) on this site, or null when it is not one. */
export function safeReturnPath(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, probeOrigin);
  } catch {
    return null;
  }
  const path = url.pathname + url.search;
  // The parser drops tabs and resolves dot segments, so check what it made of the input too.
  if (url.origin !== probeOrigin || path.startsWith('//') || path.startsWith('/\\')) return null;
  return path;
}

/** The query string that carries `returnPath` through the login steps ('' without one). */
export function returnQuery(returnPath: string | null): string {
  return returnPath === null ? '' : `?${new URLSearchParams({ to: returnPath })}`;
}
