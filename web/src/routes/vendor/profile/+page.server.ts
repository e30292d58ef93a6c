import { fail, redirect } from '@sveltejs/kit';
import type { VendorProfileResponse } from '@tenderwise/schema';
import { vendorArea } from '#lib/account/signed-in-user.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { vendorCall } from '#lib/server/vendor-api.ts';
import { formValues, placeProblem } from '#lib/vendor/pointer-form.ts';
import { profileOfValues, valuesOfProfile } from '#lib/vendor/profile-form.ts';
import { readProfile } from '#lib/vendor/vendor-reads.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, vendorArea);
  const saved = await readProfile(event);
  return {
    exists: saved !== null,
    version: saved?.version ?? null,
    values: valuesOfProfile(saved?.profile ?? null),
  };
};

export const actions = {
  save: async (event) => {
    const data = await event.request.formData();
    const values = formValues(data);
    const version = Number(data.get('version')) || undefined;
    const { profile, errors, rows } = profileOfValues(values);
    if (Object.keys(errors).length > 0) {
      return fail(400, { values, errors, form: { key: 'vendor_form_has_errors' } as const });
    }
    const saved = await vendorCall<VendorProfileResponse>(event, 'PUT', '/vendor-profile', {
      json: { profile, ...(version ? { version } : {}) },
    });
    if (!saved.ok) {
      leaveIfSessionEnded(saved, event.url);
      const placed = placeProblem(saved.problem, { strip: '/profile', rows });
      const conflict = saved.problem.slug === 'conflict';
      return fail(saved.problem.status, {
        values,
        errors: placed.errors,
        form: conflict
          ? ({ key: 'vendor_profile_conflict' } as const)
          : ({ key: 'vendor_form_has_errors' } as const),
      });
    }
    redirect(303, `${localizeHref('/vendor')}?notice=profile-saved`);
  },
} satisfies Actions;
