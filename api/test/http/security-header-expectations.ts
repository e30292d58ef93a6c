import { expect } from 'vitest';

/** The headers of one response, however the test received it. */
export interface ReceivedHeaders {
  /** The value of a header (joined if repeated); undefined when absent. */
  get(name: string): string | undefined;
  /** How many times the header appears in the response head (1 for a Fetch `Headers` that has it). */
  count(name: string): number;
}

export function fromFetchHeaders(headers: Headers): ReceivedHeaders {
  return {
    get: (name) => headers.get(name) ?? undefined,
    count: (name) => (headers.has(name) ? 1 : 0),
  };
}

/** From Node's `rawHeaders` ([name, value, name, value, …]), where repetitions stay visible. */
export function fromRawHeaders(raw: readonly string[]): ReceivedHeaders {
  const pairs: [string, string][] = [];
  for (let index = 0; index + 1 < raw.length; index += 2) {
    pairs.push([raw[index]!.toLowerCase(), raw[index + 1]!]);
  }
  const values = (name: string) =>
    pairs.filter(([key]) => key === name.toLowerCase()).map(([, value]) => value);
  return {
    get: (name) => (values(name).length === 0 ? undefined : values(name).join(', ')),
    count: (name) => values(name).length,
  };
}

/** The sources a policy allows for scripts: `script-src`, else `default-src` (CSP 3 fallback). */
export function scriptSources(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0] !== '')
      .map((tokens) => [tokens[0]!.toLowerCase(), tokens.slice(1)] as const),
  );
  return [
    ...(directives.get('script-src') ?? directives.get('default-src') ?? []),
    ...(directives.get('script-src-elem') ?? []),
    ...(directives.get('script-src-attr') ?? []),
  ];
}

const immutable = /\bimmutable\b/;

/**
 * What issue #7 asks of every response: one Content-Security-Policy, without 'unsafe-inline'
 * scripts and with frame-ancestors 'none'; nosniff; same-origin referrer; HSTS of at least a year exactly
 * when PUBLIC_ORIGIN is https; no-store for callers with a credential (immutable assets aside);
 * and the further isolation headers, each once.
 */
export function expectSecurityHeaders(
  headers: ReceivedHeaders,
  expectation: { label: string; https: boolean; authenticated: boolean },
): void {
  const { label } = expectation;
  expect(headers.count('content-security-policy'), `${label}: one CSP`).toBe(1);
  const policy = headers.get('content-security-policy') ?? '';
  expect(policy, label).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/);
  expect(scriptSources(policy), label).not.toContain("'unsafe-inline'");
  expect(scriptSources(policy), label).not.toContain("'unsafe-eval'");
  expect(scriptSources(policy).length, `${label}: scripts restricted`).toBeGreaterThan(0);
  const single: [string, string | RegExp][] = [
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'same-origin'],
    ['x-frame-options', 'DENY'],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['permissions-policy', /camera=\(\)/],
  ];
  for (const [name, value] of single) {
    expect(headers.count(name), `${label}: one ${name}`).toBe(1);
    if (typeof value === 'string') expect(headers.get(name), `${label}: ${name}`).toBe(value);
    else expect(headers.get(name), `${label}: ${name}`).toMatch(value);
  }
  const hsts = headers.get('strict-transport-security');
  if (expectation.https) {
    expect(headers.count('strict-transport-security'), `${label}: one HSTS`).toBe(1);
    const maxAge = Number(/max-age=(\d+)/.exec(hsts ?? '')?.[1] ?? 0);
    expect(maxAge, `${label}: HSTS max-age`).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts, label).toMatch(/includeSubDomains/);
  } else {
    expect(hsts, `${label}: no HSTS over http`).toBeUndefined();
  }
  const cacheControl = headers.get('cache-control') ?? '';
  if (expectation.authenticated && !immutable.test(cacheControl)) {
    expect(cacheControl, `${label}: authenticated answers are not stored`).toBe('no-store');
  }
}
