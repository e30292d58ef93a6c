import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { negotiateContentCoding, type ContentCoding } from './content-coding.ts';
import type { AppEnv } from './env.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** One form of an asset: its bytes in one content coding and their strong validator. */
export interface AssetForm {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** A static response body that can be sent as it is, gzip- or brotli-compressed. */
export interface StaticAsset {
  form(coding: ContentCoding): Promise<AssetForm>;
}

/**
 * A static body whose forms are each made once, on first demand, and kept for the life of the
 * process: compressing the 4.9 MB API reference bundle costs a few hundred milliseconds, which
 * one request may pay but not every one. Compression runs on libuv's thread pool, so requests
 * go on being served meanwhile, and concurrent first requests share one run. A failed run is
 * forgotten, so the next request tries again.
 */
export function staticAsset(load: () => Uint8Array | Promise<Uint8Array>): StaticAsset {
  let bytes: Promise<Uint8Array> | undefined;
  const forms = new Map<ContentCoding, Promise<AssetForm>>();
  return {
    form(coding) {
      let form = forms.get(coding);
      if (form === undefined) {
        const source = (bytes ??= Promise.resolve().then(load));
        form = source.then(async (identity) => {
          const body = new Uint8Array(await encode(identity, coding));
          return { body, etag: entityTag(body) };
        });
        form.catch(() => {
          forms.delete(coding);
          if (bytes === source) bytes = undefined;
        });
        forms.set(coding, form);
      }
      return form;
    },
  };
}

function encode(bytes: Uint8Array, coding: ContentCoding): Promise<Uint8Array> | Uint8Array {
  switch (coding) {
    case 'identity':
      return bytes;
    case 'gzip':
      return gzipAsync(bytes, { level: 9 });
    case 'br':
      // Quality 5 is within a few percent of 9 here at a fifth of the time; 11 takes 26 s.
      return brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      });
  }
}

/** A strong validator: the representation's digest, so each coding has its own (RFC 9110 § 8.8.3.3). */
function entityTag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Sends an asset in the coding the request prefers, with `Vary: Accept-Encoding` (a cache must
 * not hand a gzip body to a client that did not ask for one) and the Content-Length of the bytes
 * actually sent. A request whose If-None-Match names the chosen form's tag gets 304.
 */
export async function sendStaticAsset(
  c: Context<AppEnv>,
  asset: StaticAsset,
  headers: { 'content-type': string; 'cache-control'?: string },
): Promise<Response> {
  const coding = negotiateContentCoding(c.req.header('accept-encoding'));
  const { body, etag } = await asset.form(coding);
  const validators = {
    etag,
    vary: 'Accept-Encoding',
    ...(headers['cache-control'] !== undefined && { 'cache-control': headers['cache-control'] }),
  };
  if (matchesAnyTag(c.req.header('if-none-match'), etag)) return c.body(null, 304, validators);
  return c.body(body, 200, {
    ...validators,
    'content-type': headers['content-type'],
    'content-length': String(body.byteLength),
    ...(coding !== 'identity' && { 'content-encoding': coding }),
  });
}

/** If-None-Match compares weakly (RFC 9110 § 13.1.2): a `W/` prefix does not matter. */
function matchesAnyTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
