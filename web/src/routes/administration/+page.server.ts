import { error, fail, redirect } from '@sveltejs/kit';
import { administrationArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formError, formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { loadDemoData } from '#lib/services/demo.service.ts';
import { createOrganisation } from '#lib/services/organisation.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';
import { catalogueChart } from './catalogue-chart.ts';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, administrationArea);
  const api = apiFor(event);
  const [result, catalogue, demo] = await Promise.all([
    api.GET('/api/v1/organisations'),
    api.GET('/api/v1/catalogue'),
    api.GET('/api/v1/demo-data'),
  ]);
  if (result.response.status === 401) sessionEnded(event.url);
  if (!result.data) error(result.response.status === 403 ? 403 : 503, 'Administration unavailable');
  return {
    organisations: result.data.organisations,
    // The demo is offered while the installation takes it; when the answer is missing, not at all.
    demo: demo.data ?? null,
    // Without a loaded catalogue (or when it cannot be read) the page says so instead.
    catalogueChart:
      catalogue.data && catalogue.data.catalogues.length > 0
        ? catalogueChart(catalogue.data, getLocale())
        : null,
  };
};

export const actions = {
  createOrganisation: async (event) => {
    const data = await event.request.formData();
    const name = textField(data, 'name').trim();
    const kind = textField(data, 'kind');
    const values = { name, kind };
    const missing = requireFields(data, ['name', 'kind']);
    if (missing) return fail(400, { form: 'organisation' as const, errors: missing, values });
    if (kind !== 'authority' && kind !== 'vendor') {
      return fail(400, {
        form: 'organisation' as const,
        errors: formError('problem_invalid'),
        values,
      });
    }
    const result = await createOrganisation(apiFor(event), { kind, name });
    if (result.ok) {
      // Next comes adding its people, on the organisation's own page.
      const created = new URLSearchParams({ done: 'organisation-created' });
      redirect(
        303,
        `${localizeHref(`/administration/organisations/${result.organisationId}`)}?${created}`,
      );
    }
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      fields: { '/name': 'name', '/kind': 'kind' },
    });
    return fail(result.problem.status, { form: 'organisation' as const, errors, values });
  },

  loadDemo: async (event) => {
    const result = await loadDemoData(apiFor(event));
    if (result.ok) return { form: 'demo' as const, loaded: result.loaded };
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      problems: { conflict: 'admin_demo_refused' },
    });
    return fail(result.problem.status, { form: 'demo' as const, errors });
  },
} satisfies Actions;
