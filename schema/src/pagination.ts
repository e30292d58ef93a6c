import { z } from 'zod';

/** The most items one page of a list holds. */
export const maxPageSize = 100;
export const defaultPageSize = 25;

/**
 * Where the next page of a list starts: an opaque token from the previous page's `nextCursor`.
 * Lists page by a stable key (never an offset), so an item added or changed meanwhile neither
 * repeats nor disappears from a walk through the pages.
 */
export const PageCursor = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,400}$/, 'a cursor from a previous page’s nextCursor')
  .meta({ examples: ['WyIyMDI3LTAxLTE1VDA5OjMwOjAwLjAwMFoiLCI3YTEiXQ'] });

/** `limit` and `cursor` of a paginated list, as query parameters. */
export const pageQueryFields = {
  limit: z
    .string()
    .regex(/^(?:[1-9]\d?|100)$/, `a whole number from 1 to ${maxPageSize}`)
    .transform(Number)
    .optional()
    .meta({
      description: `Items per page, 1 to ${maxPageSize}; ${defaultPageSize} when omitted`,
      examples: ['25'],
    }),
  cursor: PageCursor.optional(),
};

/** The token for the page after this one; null on the last page. */
export const NextCursor = PageCursor.nullable().meta({
  description: 'Send as `cursor` to get the next page; null when this is the last page',
});
