import { randomUUID } from 'node:crypto';

/**
 * Incoming ids come from proxies and clients we do not control and end up in every log line and
 * response: accept only a short token of safe characters, never anything that could forge a log
 * field or a header.
 */
const acceptedRequestId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export const requestIdHeader = 'X-Request-Id';

export function requestIdFor(incoming: string | undefined): string {
  return incoming !== undefined && acceptedRequestId.test(incoming) ? incoming : randomUUID();
}
