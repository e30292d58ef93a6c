import { fail, redirect } from '@sveltejs/kit';
import { vendorBidsArea } from '#lib/account/signed-in-user.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { readOwnBid, withdrawBid } from '#lib/vendor-bids/bids.ts';
import { required } from '#lib/vendor/vendor-reads.ts';
import type { Actions, PageServerLoad } from './$types';

// One own bid with every receipt (printable); change and withdrawal until the opening.
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, vendorBidsArea);
  const bid = required(event, await readOwnBid(event, event.params.bidId), 'Bid');
  const notice = event.url.searchParams.get('notice');
  return {
    bid,
    notice:
      notice === 'submitted' || notice === 'changed' || notice === 'withdrawn' ? notice : null,
  };
};

export const actions = {
  withdraw: async (event) => {
    const data = await event.request.formData();
    if (data.get('confirm') !== 'yes') {
      const missing: FormErrors = {
        form: { key: 'vendor_bids_withdraw_confirm_missing' },
        fields: {},
      };
      return fail(422, { withdraw: missing });
    }
    const result = await withdrawBid(event, event.params.bidId);
    if (result.ok) {
      redirect(303, `${localizeHref(`/vendor/bids/${event.params.bidId}`)}?notice=withdrawn`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, { withdraw: formErrorsFromProblem(result.problem) });
  },
} satisfies Actions;
