import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * The language a person reads an operation's words in (headings of a template, messages of an
 * import): the one the query names, else the first of `supported` the Accept-Language header
 * lists by preference, else the first supported.
 */
export function requestLanguage<L extends string>(
  c: Context<AppEnv>,
  supported: readonly [L, ...L[]],
  fromQuery: L | undefined,
): L {
  if (fromQuery !== undefined) return fromQuery;
  const ranked = (c.req.header('accept-language') ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { primary: tag.trim().toLowerCase().split('-')[0]!, q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.primary !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const match = supported.find((language) => language === entry.primary);
    if (match !== undefined) return match;
  }
  return supported[0];
}
