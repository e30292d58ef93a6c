/** The content codings this server sends static assets in. */
export type ContentCoding = 'br' | 'gzip' | 'identity';

/**
 * The coding to send a compressible asset in, by the request's Accept-Encoding (RFC 9110
 * § 12.5.3): the acceptable one with the highest weight, brotli before gzip before identity
 * among equals, since that is the order of their size. `*` stands for every coding the header
 * does not name; identity is acceptable unless refused, but prefers itself only when asked to.
 * When the client refuses everything, identity is sent anyway: a static file is better than 406.
 * Linear in the header's length; no regular expression.
 */
export function negotiateContentCoding(acceptEncoding: string | null | undefined): ContentCoding {
  if (acceptEncoding === null || acceptEncoding === undefined) return 'identity';
  const weights = new Map<string, number>();
  for (const element of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = element.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '') continue;
    let weight = 1;
    for (const parameter of parameters) {
      const [key = '', value = ''] = parameter.split('=');
      if (key.trim().toLowerCase() === 'q') weight = qvalue(value.trim());
    }
    // x-gzip is an alias of gzip (RFC 9110 § 8.4.1.3).
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, weight);
  }
  const wildcard = weights.get('*');
  const weightOf = (coding: ContentCoding) =>
    weights.get(coding) ?? (coding === 'identity' ? (wildcard ?? Number.MIN_VALUE) : wildcard) ?? 0;
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of ['br', 'gzip', 'identity'] as const) {
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/** A weight from 0 to 1; anything else counts as a refusal. */
function qvalue(text: string): number {
  const weight = Number(text);
  return text !== '' && weight >= 0 && weight <= 1 ? weight : 0;
}
