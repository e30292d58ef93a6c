import { z } from 'zod';

/**
 * Every problem type this API answers with. Clients (and the web's message catalogue) key on the
 * slug, never on `title` or `detail`, which are English prose and may change.
 */
export const problemTypes = [
  'malformed-request',
  'unauthenticated',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'conflict',
  'content-too-large',
  'unsupported-media-type',
  'validation-failed',
  'too-many-requests',
  'internal-error',
  'service-unavailable',
] as const;

export type ProblemTypeSlug = (typeof problemTypes)[number];

/**
 * Problem types are relative URIs under `/api/problems/` (RFC 9457 § 3.1.1 allows non-resolvable
 * URIs): they stay the same on every installation, whatever host name it runs under, and never
 * point a client at a server it did not choose to talk to.
 */
export const problemTypePrefix = '/api/problems/';

export function problemTypeUri(slug: ProblemTypeSlug): string {
  return `${problemTypePrefix}${slug}`;
}

/** Where in the request an invalid value was found. */
export const requestLocations = ['body', 'query', 'path', 'header', 'cookie'] as const;

export const ProblemFieldError = z
  .object({
    in: z.enum(requestLocations),
    pointer: z.string().meta({
      description:
        'JSON Pointer (RFC 6901) to the offending value within the request part named by `in`; empty for the part as a whole',
      examples: ['/lots/0/name'],
    }),
    detail: z.string().meta({ examples: ['Invalid input: expected string, received number'] }),
    row: z
      .int()
      .min(1)
      .optional()
      .meta({
        description:
          'For an uploaded spreadsheet or CSV file: the row, counted as a spreadsheet program does (the heading row is 1)',
        examples: [3],
      }),
    column: z
      .string()
      .regex(/^[A-Z]{1,3}$/)
      .optional()
      .meta({
        description:
          'For an uploaded spreadsheet or CSV file: the column letter; absent for the whole row',
        examples: ['D'],
      }),
  })
  .meta({ id: 'ProblemFieldError', description: 'One invalid value in the request.' });

export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

export const Problem = z
  .object({
    type: z.string().meta({
      description: `A relative URI \`${problemTypePrefix}<slug>\` naming the kind of problem`,
      examples: [problemTypeUri('validation-failed')],
    }),
    title: z.string().meta({ examples: ['The request is invalid'] }),
    status: z
      .int()
      .min(400)
      .max(599)
      .meta({ examples: [422] }),
    detail: z.string().meta({ examples: ['2 values in the request are invalid.'] }),
    instance: z
      .string()
      .optional()
      .meta({
        description: 'The request path; omitted on server errors',
        examples: ['/api/v1/tenders'],
      }),
    requestId: z.string().meta({
      description:
        'Also sent as the X-Request-Id response header; quote it when reporting a problem',
      examples: ['5f0c6a52-8d3e-4e43-9a6c-3b1f0f2d7a10'],
    }),
    errors: z.array(ProblemFieldError).optional(),
  })
  .meta({
    id: 'Problem',
    description: 'An error, as RFC 9457 problem details (`application/problem+json`).',
  });

export type Problem = z.infer<typeof Problem>;
