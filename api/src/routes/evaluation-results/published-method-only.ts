import type { MiddlewareHandler } from 'hono';
import { ComputeOfficialResultRequest } from '@tenderwise/schema';
import { ValidationError } from '../../domain/errors.ts';
import type { AppEnv } from '../../http/env.ts';
import { toJsonPointer } from '../../http/json-pointer.ts';

const onlyPublished =
  'Only the published method runs on opened bids: no other method, price formula, weighting or ' +
  'scheme may be applied to them (§ 127 (5) GWB, § 58 VgV).';

const accepted = new Set(Object.keys(ComputeOfficialResultRequest.def.shape ?? {}));

/**
 * Before the input check of computing an official result: a body key it does not know is most
 * likely an attempt to run the bids through something other than the published method
 * (`method`, `priceFormula`, `weights`, `scheme`), and is refused as exactly that, not only as
 * an unknown field. The body read here is the one the input check reads (Hono keeps it).
 */
export const publishedMethodOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.header('content-type')?.startsWith('application/json') === true) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      // Not well-formed: the input check says so in its own words.
      return next();
    }
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
      const unknown = Object.keys(body).filter((key) => !accepted.has(key));
      if (unknown.length > 0) {
        throw new ValidationError(
          onlyPublished,
          unknown.map((key) => ({
            in: 'body',
            pointer: toJsonPointer([key]),
            detail: onlyPublished,
          })),
        );
      }
    }
  }
  return next();
};
