import { fail, redirect } from '@sveltejs/kit';
import type { VendorServiceResponse } from '@tenderwise/schema';
import { vendorArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { vendorCall } from '#lib/server/vendor-api.ts';
import { readProfile, readServices, readWarnings } from '#lib/vendor/vendor-reads.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, vendorArea);
  const [profile, services, warnings] = await Promise.all([
    readProfile(event),
    readServices(event),
    readWarnings(event),
  ]);
  return {
    profile: profile?.profile ?? null,
    services,
    warnings,
    saved: event.url.searchParams.get('notice') === 'profile-saved',
  };
};

export const actions = {
  createService: async (event) => {
    const data = await event.request.formData();
    const values = {
      name: textField(data, 'name').trim(),
      summary: textField(data, 'summary').trim(),
    };
    const missing = requireFields(data, ['name']);
    if (missing) return fail(400, { errors: missing, values });
    const created = await vendorCall<VendorServiceResponse>(event, 'POST', '/vendor-services', {
      json: { name: values.name, ...(values.summary ? { summary: values.summary } : {}) },
    });
    if (!created.ok) {
      leaveIfSessionEnded(created, event.url);
      const errors = formErrorsFromProblem(created.problem, {
        fields: { '/name': 'name', '/summary': 'summary' },
        problems: { conflict: 'vendor_service_name_taken' },
      });
      return fail(created.problem.status, { errors, values });
    }
    redirect(303, localizeHref(`/vendor/services/${created.data.id}`));
  },
} satisfies Actions;
