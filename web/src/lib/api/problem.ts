import { problemTypePrefix, problemTypes, type ProblemTypeSlug } from '@tenderwise/schema';

/** The parts of an RFC 9457 problem the web front end acts on. */
export interface ApiProblem {
  /** The problem type's slug, or null when the answer names none this front end knows. */
  slug: ProblemTypeSlug | null;
  status: number;
  /**
   * Invalid values, by JSON pointer into the request body; `detail` is English or a code. For an
   * uploaded spreadsheet, the row and column letter of the cell, and `detail` in the language the
   * request asked for.
   */
  errors: { pointer: string; detail: string; row?: number; column?: string }[];
  /** Seconds from `Retry-After` (429, 503), when the answer carried one. */
  retryAfterSeconds: number | null;
}

/**
 * Reads an API answer that was not a success. Anything that is not a problem document (a proxy's
 * error page, a network failure turned into a 502) still yields an ApiProblem with slug null, so
 * callers always have something to show.
 */
export function readProblem(
  body: unknown,
  response: Pick<Response, 'status' | 'headers'>,
): ApiProblem {
  const record = isRecord(body) ? body : {};
  return {
    slug: slugOf(record.type),
    status: response.status,
    errors: Array.isArray(record.errors)
      ? record.errors.filter(isRecord).map((error) => ({
          pointer: typeof error.pointer === 'string' ? error.pointer : '',
          detail: typeof error.detail === 'string' ? error.detail : '',
          ...(typeof error.row === 'number' && { row: error.row }),
          ...(typeof error.column === 'string' && { column: error.column }),
        }))
      : [],
    retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
  };
}

function slugOf(type: unknown): ProblemTypeSlug | null {
  if (typeof type !== 'string' || !type.startsWith(problemTypePrefix)) return null;
  const slug = type.slice(problemTypePrefix.length);
  return (problemTypes as readonly string[]).includes(slug) ? (slug as ProblemTypeSlug) : null;
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 § 10.2.3). */
function retryAfterSeconds(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
