import { error } from '@sveltejs/kit';
import type { Handle, HandleFetch } from '@sveltejs/kit/hooks';
import {
  defaultApiOrigin,
  fetchFromApi,
  findInProcessApi,
  isOwnApiRequest,
  withoutCookies,
} from '#lib/server/api-fetch.ts';
import {
  evidenceMaxBytesOf,
  formBodyDecision,
  isEvidenceUpload,
} from '#lib/server/form-body-limits.ts';
import { paraglideMiddleware } from '#lib/paraglide/server.js';

/**
 * Renders every page in the language its address names and writes it into <html lang>. The
 * route itself is found by `reroute` in hooks.ts, so the request passes on unchanged.
 */
export const handle: Handle = ({ event, resolve }) => {
  refuseOversizedBody(event.request, event.url);
  return paraglideMiddleware(event.request, ({ locale }) =>
    resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%lang%', locale),
    }),
  );
};

/**
 * Holds every form but the evidence upload to its own, smaller limit before its body is read
 * (#lib/server/form-body-limits.ts). The evidence upload answers a file over its limit on its
 * page, with the form's own message.
 */
function refuseOversizedBody(request: Request, url: URL): void {
  if (isEvidenceUpload(request.method, url)) return;
  const decision = formBodyDecision({
    method: request.method,
    url,
    contentLength: request.headers.get('content-length'),
    chunked: request.headers.has('transfer-encoding'),
    evidenceMaxBytes: evidenceMaxBytesOf(process.env.EVIDENCE_MAX_BYTES),
  });
  if (decision === 'tooLarge') error(413, 'The form sent more than this page accepts.');
  if (decision === 'lengthRequired') error(411, 'A form post must state its length.');
}

/** Routes server-side calls to /api; the contract is described in #lib/server/api-fetch.ts. */
export const handleFetch: HandleFetch = ({ event, request, fetch }) => {
  const requestUrl = new URL(request.url);
  if (isOwnApiRequest(requestUrl, event.url.origin)) {
    return fetchFromApi(request, event, {
      // Read per request: the production server may publish its handler after importing ours.
      inProcessApi: findInProcessApi(),
      apiOrigin: process.env.API_ORIGIN ?? defaultApiOrigin,
      networkFetch: globalThis.fetch,
    });
  }
  if (requestUrl.origin !== event.url.origin) return fetch(withoutCookies(request));
  return fetch(request);
};
