import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import type { Refusal } from '#lib/services/result.ts';
import {
  computeOfficialResult,
  decideAward,
  verifyOfficialResult,
} from '#lib/services/evaluation-results.service.ts';
import { readLotResult } from './read-lot-result.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const notices = ['computed', 'decided'] as const;
type Notice = (typeof notices)[number];

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const done = event.url.searchParams.get('done');
  return {
    ...(await readLotResult(event, tender)),
    done: (notices as readonly (string | null)[]).includes(done) ? (done as Notice) : null,
    today: new Date().toISOString().slice(0, 10),
    locale: getLocale(),
  };
};

function lotOf(data: FormData): number {
  const lot = Number(textField(data, 'lot'));
  return Number.isInteger(lot) && lot >= 1 ? lot : 1;
}

function back(event: RequestEvent, lot: number, notice: Notice): never {
  const query = new URLSearchParams({ lot: String(lot), done: notice });
  redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/result`)}?${query}`);
}

function refused(event: RequestEvent, form: 'compute' | 'verify' | 'decide', result: Refusal) {
  leaveIfSessionEnded(result, event.url);
  const errors = formErrorsFromProblem(result.problem, {
    fields:
      form === 'decide'
        ? { '/suitabilityReconfirmedOn': 'suitabilityReconfirmedOn', '/reasons': 'reasons' }
        : { '/drawOrder': 'drawOrder', '/drawRecord': 'drawnBy' },
    problems: {
      conflict: form === 'decide' ? 'result_decide_conflict' : 'result_compute_conflict',
      forbidden: 'result_forbidden',
    },
  });
  return fail(result.problem.status, { form, errors });
}

export const actions = {
  compute: async (event) => {
    const data = await event.request.formData();
    const lot = lotOf(data);
    // The drawn order, one bid id per line, only where bids are tied (Losentscheid).
    const order = textField(data, 'drawOrder')
      .split(/\s+/)
      .filter((id) => id !== '');
    const result = await computeOfficialResult(apiFor(event), {
      tenderId: event.params.tenderId,
      lotNumber: lot,
      ...(order.length > 0 && {
        draw: { order, drawnBy: textField(data, 'drawnBy'), how: textField(data, 'how') },
      }),
    });
    if (result.ok) back(event, lot, 'computed');
    return refused(event, 'compute', result);
  },
  verify: async (event) => {
    const data = await event.request.formData();
    const result = await verifyOfficialResult(apiFor(event), {
      tenderId: event.params.tenderId,
      lotNumber: lotOf(data),
    });
    if (result.ok) {
      return {
        form: 'verify' as const,
        verification: { sameBytes: result.sameBytes, inputUnchanged: result.inputUnchanged },
      };
    }
    return refused(event, 'verify', result);
  },
  decide: async (event) => {
    const data = await event.request.formData();
    const result = await decideAward(apiFor(event), {
      tenderId: event.params.tenderId,
      suitabilityReconfirmedOn: textField(data, 'suitabilityReconfirmedOn'),
      reasons: textField(data, 'reasons'),
    });
    if (result.ok) back(event, lotOf(data), 'decided');
    return refused(event, 'decide', result);
  },
} satisfies Actions;
