import { error, fail, redirect } from '@sveltejs/kit';
import { administrationArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formError, formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor, problemOf } from '#lib/server/api.ts';
import { requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, administrationArea);
  const result = await apiFor(event).GET('/api/v1/organisations');
  if (result.response.status === 401) sessionEnded(event.url);
  if (!result.data) error(result.response.status === 403 ? 403 : 503, 'Administration unavailable');
  return { organisations: result.data.organisations };
};

export const actions = {
  createOrganisation: async (event) => {
    const data = await event.request.formData();
    const name = textField(data, 'name').trim();
    const kind = textField(data, 'kind');
    const values = { name, kind };
    const missing = requireFields(data, ['name', 'kind']);
    if (missing) return fail(400, { errors: missing, values });
    if (kind !== 'authority' && kind !== 'vendor') {
      return fail(400, { errors: formError('problem_invalid'), values });
    }
    const result = await apiFor(event).POST('/api/v1/organisations', { body: { kind, name } });
    if (result.data) {
      // Next comes adding its people, on the organisation's own page.
      const created = new URLSearchParams({ done: 'organisation-created' });
      redirect(
        303,
        `${localizeHref(`/administration/organisations/${result.data.id}`)}?${created}`,
      );
    }
    if (result.response.status === 401) sessionEnded(event.url);
    const errors = formErrorsFromProblem(problemOf(result), {
      fields: { '/name': 'name', '/kind': 'kind' },
    });
    return fail(result.response.status, { errors, values });
  },
} satisfies Actions;
