import { error, fail, redirect } from '@sveltejs/kit';
import type { ApiProblem } from '#lib/api/problem.ts';
import type { MessageKey } from '#lib/i18n/message.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { importMediaTypes, importOptions } from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { rights } = await event.parent();
  if (!rights.edit) error(403, 'Not allowed');
  return {};
};

/** One bad cell of a refused file, as the page lists it. */
export interface RowError {
  row: number | null;
  column: string | null;
  detail: string;
}

const refusalMessages: Partial<Record<number, MessageKey>> = {
  413: 'review_import_too_large',
  415: 'review_import_wrong_type',
  409: 'review_import_conflict',
};

export const actions = {
  import: async (event) => {
    const data = await event.request.formData();
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, { message: 'review_import_file_missing' as MessageKey, rowErrors: [] });
    }
    const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
    const mediaType =
      extension === 'xlsx' || extension === 'csv'
        ? importMediaTypes[extension]
        : file.type || 'application/octet-stream';
    const language = getLocale() === 'de' ? 'de' : 'en';
    const result = await importOptions(apiFor(event), {
      reviewId: event.params.reviewId,
      mediaType,
      bytes: new Uint8Array(await file.arrayBuffer()),
      language,
    });
    if (result.ok) {
      const query = new URLSearchParams({ done: 'imported', count: String(result.options.length) });
      redirect(303, `${localizeHref(`/reviews/${event.params.reviewId}/options`)}?${query}`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      fileName: file.name,
      message: messageOf(result.problem),
      rowErrors: rowErrorsOf(result.problem),
    });
  },
} satisfies Actions;

function messageOf(problem: ApiProblem): MessageKey {
  if (problem.status === 422) return 'review_import_refused';
  return refusalMessages[problem.status] ?? 'review_import_failed';
}

/** The API's errors for the file: each cell's row, column and what is wrong, in the user's language. */
function rowErrorsOf(problem: ApiProblem): RowError[] {
  if (problem.status !== 422 && problem.status !== 415) return [];
  return problem.errors.map((error) => ({
    row: error.row ?? null,
    column: error.column ?? null,
    detail: error.detail,
  }));
}
