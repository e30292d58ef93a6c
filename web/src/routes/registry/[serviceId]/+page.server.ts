import { error, fail } from '@sveltejs/kit';
import { verificationMethods, verificationResults } from '@tenderwise/schema';
import { registryArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { readRegistryCatalogue } from '#lib/registry/catalogue.ts';
import { addOptionFromRegistry, recordVerification } from '#lib/services/registry.service.ts';
import { apiFor } from '#lib/server/api.ts';
import {
  readComparison,
  readLegalExposure,
  readRegistryService,
  readRegistryVersion,
  readVerifications,
} from '#lib/server/registry-reads.ts';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A version number from the address or a form, if it names one of the published versions. */
function versionOf(value: string | null, published: readonly number[]): number | null {
  const number = Number(value);
  return Number.isInteger(number) && published.includes(number) ? number : null;
}

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const viewer = requireUser(user, event.url, registryArea);
  const api = apiFor(event);
  const { serviceId } = event.params;
  const query = event.url.searchParams;
  const service = await readRegistryService(api, serviceId, event.url);
  const numbers = service.versions.map((version) => version.number);
  const latest = numbers.at(-1);
  if (latest === undefined) error(404, 'Not found');
  const number = versionOf(query.get('version'), numbers) ?? latest;
  const chosenValidOn = query.get('validOn') ?? '';
  const validOn = datePattern.test(chosenValidOn) ? chosenValidOn : '';
  const from = versionOf(query.get('from'), numbers);
  const to = versionOf(query.get('to'), numbers);
  const [version, legalExposure, verifications, catalogue, comparison, reviews] = await Promise.all(
    [
      readRegistryVersion(api, { serviceId, number, validOn }, event.url),
      readLegalExposure(api, serviceId, number),
      readVerifications(api, serviceId, number, event.url),
      readRegistryCatalogue(api, getLocale()),
      from !== null && to !== null && from !== to
        ? readComparison(api, { serviceId, from, to })
        : Promise.resolve(null),
      viewer.role === 'officer' ? openReviews(api) : Promise.resolve([]),
    ],
  );
  return {
    service,
    version,
    validOn,
    legalExposure,
    verifications,
    catalogue,
    comparison,
    reviews,
    // As the API's policy: officers add options and record verifications; reviewers read.
    mayAdd: viewer.role === 'officer',
    mayVerify: viewer.role === 'officer',
    today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()),
  };
};

/** The open reviews the officer takes part in: the ones an option can be added to. */
async function openReviews(api: ReturnType<typeof apiFor>) {
  const answer = await api
    .GET('/api/v1/options-reviews', { params: { query: { limit: '100' } } })
    .catch(() => undefined);
  return (answer?.data?.reviews ?? [])
    .filter((review) => review.status !== 'concluded')
    .map((review) => ({ id: review.id, title: review.title }));
}

export const actions = {
  verify: async (event) => {
    const data = await event.request.formData();
    const values = {
      attestationId: textField(data, 'attestationId'),
      checkedOn: textField(data, 'checkedOn').trim(),
      method: textField(data, 'method'),
      result: textField(data, 'result'),
      note: textField(data, 'note').trim(),
    };
    const missing = requireFields(data, ['attestationId', 'checkedOn', 'method', 'result']);
    if (missing) return fail(400, { verify: { errors: missing, values } });
    const method = verificationMethods.find((known) => known === values.method);
    const result = verificationResults.find((known) => known === values.result);
    if (!method || !result) {
      return fail(400, {
        verify: {
          errors: {
            form: null,
            fields: {
              ...(!method && { method: [{ key: 'form_field_invalid' as const }] }),
              ...(!result && { result: [{ key: 'form_field_invalid' as const }] }),
            },
          },
          values,
        },
      });
    }
    const recorded = await recordVerification(apiFor(event), {
      serviceId: event.params.serviceId,
      number: Number(textField(data, 'number')),
      verification: {
        attestationId: values.attestationId,
        checkedOn: values.checkedOn,
        method,
        result,
        ...(values.note && { note: values.note }),
      },
    });
    if (!recorded.ok) {
      leaveIfSessionEnded(recorded, event.url);
      const errors = formErrorsFromProblem(recorded.problem, {
        fields: {
          '/attestationId': 'attestationId',
          '/checkedOn': { field: 'checkedOn', message: 'review_date_invalid' },
          '/method': 'method',
          '/result': 'result',
          '/note': 'note',
        },
      });
      return fail(recorded.problem.status, { verify: { errors, values } });
    }
    return { verified: true };
  },

  addToReview: async (event) => {
    const data = await event.request.formData();
    const values = { reviewId: textField(data, 'reviewId'), name: textField(data, 'name').trim() };
    const missing = requireFields(data, ['reviewId']);
    if (missing) return fail(400, { add: { errors: missing, values } });
    const added = await addOptionFromRegistry(apiFor(event), {
      reviewId: values.reviewId,
      serviceId: event.params.serviceId,
      versionNumber: Number(textField(data, 'number')),
      ...(values.name && { name: values.name }),
    });
    if (!added.ok) {
      leaveIfSessionEnded(added, event.url);
      const errors = formErrorsFromProblem(added.problem, {
        fields: { '/name': 'name' },
        problems: { forbidden: 'registry_add_forbidden' },
      });
      return fail(added.problem.status, { add: { errors, values } });
    }
    return {
      added: { reviewId: values.reviewId, optionId: added.option.id, name: added.option.name },
    };
  },
} satisfies Actions;
