import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import { recordPlatformOutage } from '#lib/services/platform-outages.service.ts';
import { berlinLocalToIso } from '#lib/tenders/berlin-time.ts';
import type { Actions, PageServerLoad } from './$types';

// Before the opening the API tells only how many bids there are per lot (§ 55 VgV).
export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const params = { params: { path: { tenderId: tender.id } } };
  const api = apiFor(event);
  const [answer, outages] = await Promise.all([
    api.GET('/api/v1/tenders/{tenderId}/bids', params),
    api.GET('/api/v1/tenders/{tenderId}/platform-outages', params),
  ]);
  return {
    bids: answer.data ?? failedTenderRead(answer.response.status, event.url),
    outages: outages.data?.outages ?? [],
    recorded: event.url.searchParams.get('done') === 'outage',
  };
};

export const actions = {
  // Berlin wall-clock times from the form, sent to the API as instants.
  outage: async (event) => {
    const data = await event.request.formData();
    const values = {
      startedAt: textField(data, 'startedAt'),
      endedAt: textField(data, 'endedAt'),
      description: textField(data, 'description').trim(),
    };
    const startedAt = berlinLocalToIso(values.startedAt);
    const endedAt = berlinLocalToIso(values.endedAt);
    const missing: FormErrors = { form: null, fields: {} };
    if (startedAt === null) missing.fields.startedAt = [{ key: 'bid_opening_outage_time_invalid' }];
    if (endedAt === null) missing.fields.endedAt = [{ key: 'bid_opening_outage_time_invalid' }];
    if (values.description === '') {
      missing.fields.description = [{ key: 'bid_opening_outage_description_missing' }];
    }
    if (startedAt === null || endedAt === null || values.description === '') {
      return fail(400, { values, errors: missing });
    }
    const result = await recordPlatformOutage(apiFor(event), {
      tenderId: event.params.tenderId,
      startedAt,
      endedAt,
      description: values.description,
    });
    if (result.ok) {
      redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/bids`)}?done=outage`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      values,
      errors: formErrorsFromProblem(result.problem, {
        fields: { '/startedAt': 'startedAt', '/endedAt': 'endedAt', '/description': 'description' },
        problems: {
          conflict: 'bid_opening_outage_refused',
          forbidden: 'bid_opening_outage_refused',
        },
      }),
    });
  },
} satisfies Actions;
