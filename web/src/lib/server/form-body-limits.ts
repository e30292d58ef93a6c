/**
 * How large a form post the web front end reads. Every form takes up to 5 MiB (the options
 * import's file of up to 4 MiB with room for its fields), except the vendor's evidence upload,
 * which takes a file of up to the API's `EVIDENCE_MAX_BYTES` and so needs that much plus its
 * fields. adapter-node's BODY_SIZE_LIMIT (set by the production server, see
 * api/src/runtime/server/web-handler.ts) is one number for every request, so it is set to the
 * largest of these and the smaller limit of all other forms is applied here, by the declared
 * length, before anything is read; `vite dev` applies no limit of its own, so this holds there
 * too.
 */

/** The limit of every form but the evidence upload. */
export const defaultFormBodyBytes = 5 * 1024 * 1024;

/** The API's default `EVIDENCE_MAX_BYTES` (api/src/config.ts), when the setting is absent. */
export const defaultEvidenceMaxBytes = 20 * 1024 * 1024;

/**
 * What a multipart post adds to the file: boundaries, part headers, the title (at most 200
 * characters) and the confidentiality flag, with a wide margin.
 */
export const evidenceFormAllowance = 64 * 1024;

/** The largest evidence file the API accepts, read from the setting the API reads. */
export function evidenceMaxBytesOf(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return defaultEvidenceMaxBytes;
  const bytes = Number(setting);
  // The API refuses to start with a value it cannot use; this side only needs a sane number.
  return Number.isInteger(bytes) && bytes > 0 ? bytes : defaultEvidenceMaxBytes;
}

const evidenceUploadPath = /^(?:\/[a-z]{2})?\/vendor\/services\/[^/]+\/?$/;

/** Whether the request posts to the service page's evidence upload action. */
export function isEvidenceUpload(method: string, url: URL): boolean {
  return (
    method === 'POST' && evidenceUploadPath.test(url.pathname) && url.search === '?/uploadEvidence'
  );
}

const bidImportPath = /^(?:\/[a-z]{2})?\/tenders\/[^/]+\/bids\/import\/?$/;

/**
 * Whether the request posts the bid import page's form (preview, import, or saving the column
 * mapping, which the same form sends with its files): it carries exports of 20 MB with the
 * opening record, and is held to the front end's hard limit (the evidence upload's), not to the
 * forms' 5 MiB.
 */
export function isBidImportUpload(method: string, url: URL): boolean {
  return (
    method === 'POST' &&
    bidImportPath.test(url.pathname) &&
    ['?/preview', '?/import', '?/saveMapping'].includes(url.search)
  );
}

/** The most a post to this address may send, in bytes. */
export function formBodyLimit(method: string, url: URL, evidenceMaxBytes: number): number {
  if (isBidImportUpload(method, url)) return largestFormBodyBytes(evidenceMaxBytes);
  return isEvidenceUpload(method, url)
    ? evidenceMaxBytes + evidenceFormAllowance
    : defaultFormBodyBytes;
}

/** What the front end's hard limit (adapter-node's BODY_SIZE_LIMIT) must allow: the largest. */
export function largestFormBodyBytes(evidenceMaxBytes: number): number {
  return Math.max(defaultFormBodyBytes, evidenceMaxBytes + evidenceFormAllowance);
}

export type FormBodyDecision = 'read' | 'tooLarge' | 'lengthRequired';

/**
 * Whether to read a request's body: one that declares more than its address's limit is too
 * large; one that declares no length at all (chunked) is read only where the front end's hard
 * limit is the address's own, since elsewhere it would be held to the larger one.
 */
export function formBodyDecision(request: {
  method: string;
  url: URL;
  contentLength: string | null;
  chunked: boolean;
  evidenceMaxBytes: number;
}): FormBodyDecision {
  const { method, url, evidenceMaxBytes } = request;
  if (method === 'GET' || method === 'HEAD') return 'read';
  const limit = formBodyLimit(method, url, evidenceMaxBytes);
  if (request.contentLength === null) {
    if (!request.chunked) return 'read';
    return limit >= largestFormBodyBytes(evidenceMaxBytes) ? 'read' : 'lengthRequired';
  }
  const declared = Number(request.contentLength);
  return Number.isFinite(declared) && declared > limit ? 'tooLarge' : 'read';
}

/** A byte count as people read it, in their language: "20 MiB", "1,5 MiB", "900 KiB". */
export function formatByteLimit(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${number.format(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${number.format(bytes / 1024)} KiB`;
  return `${number.format(bytes)} B`;
}
